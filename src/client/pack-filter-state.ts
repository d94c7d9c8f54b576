// The filters of the pack listing (/lespakketten/?niveau=lager&vak=geschiedenis) and what
// they show. Pure: no DOM, tested in tests/client.
//
// The count has its own words here rather than in messages.ts: pack-filter.js is a few
// hundred bytes, and the maps' catalogue would make it ten times that.

import type { MapLang } from "./lang.ts";

export interface PackFilter {
  level: string | null;
  subject: string | null;
}

export const PACK_FILTER_PARAMS = { level: "niveau", subject: "vak" } as const;

/** Reads the filters from a query string; a value the page does not offer is ignored. */
export function parsePackFilter(search: string, choices: { levels: readonly string[]; subjects: readonly string[] }): PackFilter {
  const params = new URLSearchParams(search);
  const pick = (name: string, allowed: readonly string[]) => {
    const value = params.get(name)?.trim().toLowerCase();
    return value && allowed.includes(value) ? value : null;
  };
  return { level: pick(PACK_FILTER_PARAMS.level, choices.levels), subject: pick(PACK_FILTER_PARAMS.subject, choices.subjects) };
}

/** "?niveau=lager&vak=geschiedenis", or "" for no filter. */
export function packFilterQuery(filter: PackFilter): string {
  const params = new URLSearchParams();
  if (filter.level) params.set(PACK_FILTER_PARAMS.level, filter.level);
  if (filter.subject) params.set(PACK_FILTER_PARAMS.subject, filter.subject);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function packMatches(pack: { level: string; subjects: readonly string[] }, filter: PackFilter): boolean {
  return (!filter.level || pack.level === filter.level) && (!filter.subject || pack.subjects.includes(filter.subject));
}

const PACK_COUNT: Record<MapLang, (count: number) => string> = {
  nl: (count) => `${count} ${count === 1 ? "lespakket" : "lespakketten"}`,
  en: (count) => `${count} ${count === 1 ? "teaching pack" : "teaching packs"}`,
  de: (count) => `${count} ${count === 1 ? "Unterrichtspaket" : "Unterrichtspakete"}`,
  // French counts 0 and 1 in the singular.
  fr: (count) => `${count} ${count <= 1 ? "dossier pédagogique" : "dossiers pédagogiques"}`,
};

/** "1 lespakket", "3 lespakketten"; "3 teaching packs" in English. */
export function packCount(count: number, lang: MapLang): string {
  return PACK_COUNT[lang](count);
}

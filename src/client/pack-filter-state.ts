// The filters of the pack listing (/lespakketten/?niveau=lager&vak=geschiedenis) and what
// they show. Pure: no DOM, tested in tests/client.

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

/** "1 lespakket", "3 lespakketten" */
export function packCount(count: number): string {
  return `${count} ${count === 1 ? "lespakket" : "lespakketten"}`;
}

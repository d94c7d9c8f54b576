import type { LICENCES, PRECISIONS } from "../content/schemas/common.ts";
import type { ACCESS_LEVELS, MonumentKind, PROTECTION_STATUSES } from "../content/schemas/monument.ts";
import type { RouteMode } from "../content/schemas/route.ts";
import type { StoryKind } from "../content/schemas/story.ts";
import { formatCoordinatesIn, formatDistanceIn, formatDurationIn, formatPartialDateIn } from "./format.ts";

// Dutch vocabulary of the site: labels for every enum in the content schemas
// and the formatting of dates, distances and durations. Pure data and
// functions, so templates, PDFs and tests share one wording.

export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];
export type AccessLevel = (typeof ACCESS_LEVELS)[number];
export type Licence = (typeof LICENCES)[number];
export type Precision = (typeof PRECISIONS)[number];

export const MONUMENT_KINDS_NL: Record<MonumentKind, { singular: string; plural: string }> = {
  "mine-site": { singular: "Mijnsite", plural: "Mijnsites" },
  headframe: { singular: "Schachtbok", plural: "Schachtbokken" },
  church: { singular: "Kerk", plural: "Kerken" },
  "garden-city": { singular: "Tuinwijk of cité", plural: "Tuinwijken en cités" },
  casino: { singular: "Casino", plural: "Casino's" },
  "slag-heap": { singular: "Terril", plural: "Terrils" },
  memorial: { singular: "Gedenkteken", plural: "Gedenktekens" },
  museum: { singular: "Museum", plural: "Musea" },
  military: { singular: "Militair erfgoed", plural: "Militair erfgoed" },
  other: { singular: "Ander erfgoed", plural: "Ander erfgoed" },
};

export const STORY_KINDS_NL: Record<StoryKind, { singular: string; plural: string }> = {
  testimony: { singular: "Getuigenis", plural: "Getuigenissen" },
  story: { singular: "Verhaal", plural: "Verhalen" },
  event: { singular: "Gebeurtenis", plural: "Gebeurtenissen" },
};

export const ROUTE_MODES_NL: Record<RouteMode, { label: string; adverb: string }> = {
  walk: { label: "Wandelroute", adverb: "te voet" },
  bike: { label: "Fietsroute", adverb: "met de fiets" },
  car: { label: "Autoroute", adverb: "met de auto" },
};

export const PROTECTION_STATUSES_NL: Record<ProtectionStatus, string> = {
  "protected-monument": "Beschermd monument",
  "protected-townscape": "Beschermd stads- of dorpsgezicht",
  "protected-landscape": "Beschermd cultuurhistorisch landschap",
  listed: "Vastgesteld bouwkundig erfgoed",
  inventoried: "Opgenomen in de inventaris",
  none: "Niet beschermd",
};

/** Read after "Rolstoel:" or "Kinderwagen:". */
export const ACCESS_LEVELS_NL: Record<AccessLevel, string> = {
  yes: "toegankelijk",
  partly: "gedeeltelijk toegankelijk",
  no: "niet toegankelijk",
  unknown: "niet bekend",
};

export const PRECISIONS_NL: Record<Precision, string> = {
  exact: "exacte locatie",
  approximate: "locatie bij benadering",
};

/** Licence names as the licensor writes them; `url` points at the Dutch deed where one exists. */
export const LICENCES_NL: Record<Licence, { label: string; url?: string }> = {
  "CC0-1.0": { label: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl" },
  "CC-BY-4.0": { label: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.nl" },
  "CC-BY-SA-4.0": { label: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/deed.nl" },
  "public-domain": { label: "Publiek domein" },
  "all-rights-reserved": { label: "Alle rechten voorbehouden" },
};

/**
 * A partial date as Dutch text: "1901-08-02" → "2 augustus 1901", "1988-03" → "maart 1988",
 * "1914" → "1914", a span "1939-1943" → "1939–1943". Anything else is returned unchanged.
 */
export function formatPartialDate(value: string | number): string {
  return formatPartialDateIn("nl", value);
}

/** A distance for people on foot or on a bike: "12,4 km"; below 1 km in metres rounded to 10 m: "850 m". */
export function formatDistance(km: number): string {
  return formatDistanceIn("nl", km);
}

/** A duration rounded to 5 minutes: "45 min", "2 u 15 min", "1 u". Never shows less than 5 min. */
export function formatDuration(minutes: number): string {
  return formatDurationIn("nl", minutes);
}

/** Coordinates the Dutch way: "51,01278° NB, 5,57972° OL" (north latitude, east longitude). */
export function formatCoordinates(location: { lat: number; lng: number }): string {
  return formatCoordinatesIn("nl", location);
}

/**
 * Dutch words staff may write instead of a field's value (`kind: kerk`), with the
 * value meant. Built from the labels above plus a few everyday words; used for
 * did-you-mean hints, never accepted silently.
 */
export function dutchWordsFor(): [word: string, value: string][] {
  const pairs: [string, string][] = [];
  const addLabel = (label: string, value: string) => {
    pairs.push([label.toLowerCase(), value]);
    for (const word of label.toLowerCase().split(/[\s,]+|'s$/)) if (word.length > 3) pairs.push([word, value]);
  };
  for (const [value, label] of Object.entries(MONUMENT_KINDS_NL)) {
    addLabel(label.singular, value);
    addLabel(label.plural, value);
  }
  for (const [value, label] of Object.entries(STORY_KINDS_NL)) {
    addLabel(label.singular, value);
    addLabel(label.plural, value);
  }
  for (const [value, label] of Object.entries(ROUTE_MODES_NL)) addLabel(label.label, value);
  for (const [value, label] of Object.entries(PROTECTION_STATUSES_NL)) addLabel(label, value);
  for (const [value, label] of Object.entries(PRECISIONS_NL)) addLabel(label, value);
  for (const [value, label] of Object.entries(ACCESS_LEVELS_NL)) addLabel(label, value);
  const everyday: [string, string][] = [
    ["mijn", "mine-site"],
    ["steenkoolmijn", "mine-site"],
    ["cité", "garden-city"],
    ["kapel", "church"],
    ["monument", "memorial"],
    ["wandelen", "walk"],
    ["te voet", "walk"],
    ["fiets", "bike"],
    ["fietsen", "bike"],
    ["auto", "car"],
    ["exact", "exact"],
    ["precies", "exact"],
    ["benadering", "approximate"],
    ["ongeveer", "approximate"],
    ["ja", "yes"],
    ["nee", "no"],
    ["deels", "partly"],
    ["onbekend", "unknown"],
  ];
  return [...pairs, ...everyday];
}

import type { MonumentKind } from "../content/schemas/monument.ts";
import { MAP_MESSAGES, type MapLang } from "./messages.ts";

// A letter or two per monument kind, shown in the marker and explained in the
// legend (the colour comes from the CSS class). Pure: the templates use it too.

export const KIND_CODES: Record<MonumentKind, string> = {
  "mine-site": "M",
  headframe: "S",
  church: "K",
  "garden-city": "T",
  casino: "C",
  "slag-heap": "Tr",
  memorial: "G",
  museum: "Mu",
  military: "Mi",
  other: "+",
};

/** The kind itself when the map knows it, else "other" (a kind added to the schema later still gets a marker). */
export function knownKind(kind: string): MonumentKind {
  return Object.prototype.hasOwnProperty.call(KIND_CODES, kind) ? (kind as MonumentKind) : "other";
}

export function kindCode(kind: string): string {
  return KIND_CODES[knownKind(kind)];
}

/** "Kerk", "Schachtbok", … as on the site's pages; "Church", "Headframe", … in English. Dutch unless told. */
export function kindLabel(kind: string, lang: MapLang = "nl"): string {
  return MAP_MESSAGES[lang].kinds[knownKind(kind)];
}

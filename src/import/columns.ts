import type { z } from "zod";
import { allowedKeys } from "../content/validate.ts";
import { didYouMean } from "../content/suggest.ts";
import type { ImportProblem } from "./record.ts";

// Header names a person may use, Dutch and English, for a monument's fields. A header
// can also be the field's dotted name from the authoring guide (`location.lat`).

export type ColumnTarget = { field: string[] } | { body: true } | { fileName: true };

export const HEADER_NAMES: { target: string; names: string[] }[] = [
  { target: "file", names: ["bestand", "bestandsnaam", "file", "file name", "slug"] },
  { target: "title", names: ["titel", "naam", "title", "name"] },
  { target: "municipality", names: ["gemeente", "municipality"] },
  { target: "location.lat", names: ["breedtegraad", "lat", "latitude", "breedte"] },
  { target: "location.lng", names: ["lengtegraad", "lng", "lon", "long", "longitude", "lengte"] },
  { target: "location.precision", names: ["precisie", "nauwkeurigheid", "precision"] },
  { target: "address", names: ["adres", "address"] },
  { target: "kind", names: ["soort", "type", "kind"] },
  { target: "dates.built", names: ["gebouwd", "bouwjaar", "built"] },
  { target: "dates.opened", names: ["geopend", "opened"] },
  { target: "dates.closed", names: ["gesloten", "closed"] },
  { target: "protection.status", names: ["beschermd", "bescherming", "beschermingsstatus", "protection", "protection status", "status"] },
  { target: "protection.year", names: ["beschermd sinds", "beschermingsjaar", "protection year", "protected since"] },
  { target: "protection.erfgoedobject", names: ["erfgoedobject", "erfgoedobject id", "inventaris", "inventory id", "heritage object"] },
  { target: "protection.aanduidingsobject", names: ["aanduidingsobject", "aanduidingsobject id", "designation id"] },
  { target: "summary", names: ["samenvatting", "korte beschrijving", "summary"] },
  { target: "visiting.openingHours", names: ["openingsuren", "openingstijden", "opening hours"] },
  { target: "visiting.website", names: ["website", "webadres", "site"] },
  { target: "visiting.wheelchair", names: ["rolstoel", "rolstoeltoegankelijk", "wheelchair"] },
  { target: "visiting.pram", names: ["kinderwagen", "pram", "buggy"] },
  { target: "visiting.notes", names: ["bezoekinfo", "praktisch", "visiting notes", "notes"] },
  { target: "postcard.title", names: ["postkaart titel", "weetje titel", "postcard title"] },
  { target: "postcard.text", names: ["postkaart tekst", "weetje", "postcard text", "fun fact"] },
  { target: "stories", names: ["verhalen", "stories"] },
  { target: "body", names: ["tekst", "beschrijving", "omschrijving", "text", "description", "body"] },
];

/** "Postkaart_Titel " → "postkaart titel"; accents kept apart so "Precisie" and "précisie" match. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/**
 * What each header cell names: a field, the text or the file name. Unknown headers are
 * reported (as a warning: the column is left out) with a did-you-mean.
 */
export function mapHeaders(
  headers: (string | undefined)[],
  schema: z.ZodType,
  whereHeader: (column: number) => string,
): { columns: (ColumnTarget | undefined)[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byName = new Map<string, string>();
  for (const { target, names } of HEADER_NAMES) for (const name of names) byName.set(name, target);
  const seen = new Map<string, number>();
  const columns = headers.map((header, column): ColumnTarget | undefined => {
    if (header === undefined || header.trim() === "") return undefined;
    const target = byName.get(normaliseHeader(header)) ?? (isSchemaLeaf(schema, header.trim()) ? header.trim() : undefined);
    if (!target) {
      const suggestion = didYouMean(normaliseHeader(header), [...byName.keys()]);
      problems.push({
        where: whereHeader(column),
        field: "",
        severity: "warning",
        message: `column "${header.trim()}" is not imported`,
        hint: suggestion ? `did you mean "${suggestion}"?` : "see the header names in the README (Importing a spreadsheet); images are added to the files afterwards",
      });
      return undefined;
    }
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      problems.push({
        where: whereHeader(column),
        field: "",
        severity: "error",
        message: `column "${header.trim()}" names the same field as column ${whereHeader(earlier)}`,
        hint: "keep one of the two columns",
      });
      return undefined;
    }
    seen.set(target, column);
    if (target === "body") return { body: true };
    if (target === "file") return { fileName: true };
    return { field: target.split(".") };
  });
  return { columns, problems };
}

/** True when `location.lat` (or `summary`) names a field that holds a value, not a group. */
function isSchemaLeaf(schema: z.ZodType, dotted: string): boolean {
  const path = dotted.split(".");
  if (path.some((segment) => segment === "")) return false;
  const parent = allowedKeys(schema, path.slice(0, -1));
  return parent.includes(path.at(-1)!) && allowedKeys(schema, path).length === 0 && path[0] !== "images";
}

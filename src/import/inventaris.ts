import path from "node:path";
import { didYouMean } from "../content/suggest.ts";
import { SUMMARY_MAX, type MonumentKind } from "../content/schemas/monument.ts";
import { polygonsCentre } from "../geo/centroid.ts";
import { readCsv } from "./read-csv.ts";
import { columnLetter, isEmptyCell } from "./sheet.ts";
import { normaliseHeader } from "./columns.ts";
import type { ImportedValue, ImportProblem, ImportRecord } from "./record.ts";

// Objects from the Flemish heritage inventory (inventaris.onroerenderfgoed.be,
// "erfgoedobjecten"), as GeoJSON or CSV. The field names are those of the inventory's
// JSON service, where search results can be downloaded as JSON or CSV: id, uri, self, naam,
// korte_beschrijving, locatie_samenvatting, locatie.gemeente and the typologie terms of its
// thesaurus. Positions must be in degrees (WGS84, as RFC 7946 GeoJSON is); the inventory's
// own outlines in Belgian Lambert 72 (EPSG:31370) are refused with a hint.

export const INVENTORY_URL = "https://inventaris.onroerenderfgoed.be/erfgoedobjecten/";

/** Typologie terms (plural, as in the inventory's thesaurus) → kind; the first that matches wins. */
const KIND_WORDS: [RegExp, MonumentKind][] = [
  [/schachtbok|schachttoren|ophaaltoren/, "headframe"],
  [/steenkoolmijn|koolmijn|mijnsite|mijngebouw|^mijnen$|mijnzetel/, "mine-site"],
  [/terril|mijnsteenberg|steenberg|sintelberg/, "slag-heap"],
  [/tuinwijk|tuinwijken|cite|mijnwerkerswijk|arbeiderswijk|mijncite|woonwijk/, "garden-city"],
  [/kerk|kapel|kathedra|basiliek/, "church"],
  [/casino/, "casino"],
  [/gedenkte|gedenkzuil|monument|standbeeld|obelisk|herdenking/, "memorial"],
  [/museum|musea/, "museum"],
  [/kazerne|militair|kamp|bunker|fort|schans/, "military"],
];

export function kindForTypology(terms: readonly string[]): MonumentKind | undefined {
  for (const term of terms) {
    const word = normaliseHeader(term);
    const found = KIND_WORDS.find(([pattern]) => pattern.test(word));
    if (found) return found[1];
  }
  return undefined;
}

interface InventoryObject {
  where: string;
  /** Where one property is (a CSV cell); the object's own place otherwise. */
  whereOf: (property: string) => string;
  id?: number;
  naam?: string;
  gemeente?: string;
  typologie: string[];
  beschrijving?: string;
  locatie?: string;
  url?: string;
  point?: { lat: number; lng: number; exact: boolean };
  geometryProblem?: { message: string; hint: string };
}

/** Reads an export into import records; objects outside the site's municipalities are left out with a warning. */
export function readInventory(file: string, content: Buffer, municipalities: readonly string[]): { records: ImportRecord[]; problems: ImportProblem[] } {
  const shown = file.split(path.sep).join("/");
  const extension = path.extname(file).toLowerCase();
  const objects = extension === ".csv" ? csvObjects(shown, content) : geojsonObjects(shown, content.toString("utf8").replace(/^\uFEFF/, ""));
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  for (const object of objects) {
    const municipality = object.gemeente && municipalities.find((name) => name.toLowerCase() === object.gemeente!.toLowerCase());
    if (object.gemeente && municipalities.length > 0 && !municipality) {
      const suggestion = didYouMean(object.gemeente, [...municipalities]);
      problems.push({
        where: object.whereOf("gemeente"),
        field: "municipality",
        severity: "warning",
        message: `"${object.gemeente}" is not a municipality of this region: ${object.naam ?? "the object"} is left out`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `add it to content/site.yaml to import its objects (now: ${municipalities.join(", ")})`,
      });
      continue;
    }
    records.push(toRecord(object, municipality || object.gemeente));
  }
  return { records, problems };
}

function toRecord(object: InventoryObject, municipality: string | undefined): ImportRecord {
  const record: ImportRecord = { where: object.where, values: [], problems: [], erfgoedobject: object.id };
  const add = (field: string, value: unknown, property: string, onlyIfMissing = false) => {
    if (value !== undefined && value !== "") record.values.push({ path: field.split("."), value, where: object.whereOf(property), onlyIfMissing } satisfies ImportedValue);
  };
  add("title", object.naam, "naam", true);
  add("municipality", municipality, "gemeente");
  if (object.point) {
    add("location.lat", round(object.point.lat), "geometry");
    add("location.lng", round(object.point.lng), "geometry");
    add("location.precision", object.point.exact ? "exact" : "approximate", "geometry");
  } else if (object.geometryProblem) {
    record.problems.push({ where: object.whereOf("geometry"), field: "location", severity: "error", ...object.geometryProblem });
  }
  add("address", addressFrom(object.locatie, municipality), "locatie_samenvatting");
  const kind = kindForTypology(object.typologie);
  add("kind", kind ?? "other", "typologie", kind === undefined);
  if (kind === undefined) {
    record.problems.push({
      where: object.whereOf("typologie"),
      field: "kind",
      severity: "warning",
      message: object.typologie.length > 0 ? `typologie ${object.typologie.map((term) => `"${term}"`).join(", ")} has no kind of its own: kind is "other"` : 'no typologie: kind is "other"',
      hint: "change kind: in the file if mine-site, headframe, church, garden-city, casino, slag-heap, memorial, museum or military fits",
    });
  }
  const summary = summaryFrom(object.beschrijving);
  if (summary.shortened) {
    record.problems.push({ where: object.whereOf("korte_beschrijving"), field: "summary", severity: "warning", message: `shortened from the inventory's ${object.beschrijving!.length} characters to ${summary.text.length}`, hint: `read it over: a summary has at most ${SUMMARY_MAX} characters` });
  }
  add("summary", summary.text || (object.naam && municipality ? `${object.naam} in ${municipality}, opgenomen in de Inventaris van het Onroerend Erfgoed.` : undefined), "korte_beschrijving", true);
  add("protection.status", "inventoried", "id", true);
  add("protection.erfgoedobject", object.id, "id");
  const url = object.url ?? (object.id === undefined ? undefined : `${INVENTORY_URL}${object.id}`);
  const body = [object.beschrijving?.trim(), url && `## Bronnen\n\n- [Inventaris Onroerend Erfgoed: ${object.naam ?? object.id}](${url})`].filter(Boolean).join("\n\n");
  if (body) record.body = { text: body, where: object.where, onlyIfNew: true };
  return record;
}

/** "Kastanjelaan 12 (Maasmechelen)" → "Kastanjelaan 12, Maasmechelen"; only a municipality's name → none. */
export function addressFrom(summary: string | undefined, municipality: string | undefined): string | undefined {
  if (!summary) return undefined;
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(summary.trim());
  const street = (match ? match[1]! : summary).trim();
  const place = match ? match[2]!.trim() : municipality;
  if (!street || street.toLowerCase() === municipality?.toLowerCase() || street.length < 3) return undefined;
  return place ? `${street}, ${place}` : street;
}

/** Whole sentences up to the summary's limit; cut at a word only when the first sentence is too long. */
export function summaryFrom(text: string | undefined): { text: string; shortened: boolean } {
  const clean = (text ?? "").replace(/\s+/g, " ").trim();
  if (clean.length <= SUMMARY_MAX) return { text: clean, shortened: false };
  let summary = "";
  for (const sentence of clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []) {
    if ((summary + sentence).trim().length > SUMMARY_MAX) break;
    summary += sentence;
  }
  if (!summary.trim()) summary = `${clean.slice(0, SUMMARY_MAX - 1).replace(/\s+\S*$/, "")}…`;
  return { text: summary.trim(), shortened: true };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

// --- GeoJSON ---------------------------------------------------------------------------

type Json = Record<string, unknown>;

function geojsonObjects(file: string, source: string): InventoryObject[] {
  let data: Json;
  try {
    data = JSON.parse(source) as Json;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const features = data.type === "FeatureCollection" ? ((data.features as Json[] | undefined) ?? []) : data.type === "Feature" ? [data] : undefined;
  if (!features) throw new Error(`${file}: not a GeoJSON FeatureCollection; export the objects as GeoJSON or CSV`);
  const collectionCrs = crsName(data);
  return features.map((feature, index) => {
    const properties = (feature.properties as Json | null) ?? {};
    const id = idOf(properties.id ?? feature.id ?? properties.uri ?? properties.self);
    const where = `${file}:feature ${index + 1}${id === undefined ? "" : ` (erfgoedobject ${id})`}`;
    const locatie = properties.locatie as Json | undefined;
    const object: InventoryObject = {
      where,
      whereOf: () => where,
      id,
      naam: text(properties.naam),
      gemeente: text(properties.gemeente) ?? text((properties.gemeente as Json | undefined)?.naam) ?? text(locatie?.gemeente) ?? municipalityFrom(text(properties.locatie_samenvatting)),
      typologie: typologyOf(properties),
      beschrijving: text(properties.korte_beschrijving),
      locatie: text(properties.locatie_samenvatting) ?? text(locatie?.omschrijving),
      url: text(properties.self),
    };
    readGeometry(object, feature.geometry as Json | null | undefined, crsName(feature.geometry as Json | undefined) ?? collectionCrs);
    return object;
  });
}

function readGeometry(object: InventoryObject, geometry: Json | null | undefined, crs: string | undefined): void {
  if (!geometry) {
    object.geometryProblem = { message: "the object has no geometry", hint: "add location: with lat, lng and precision to the file after importing, or export with geometry" };
    return;
  }
  const coordinates = geometry.coordinates as unknown;
  const flat = JSON.stringify(coordinates ?? []).match(/-?\d+(\.\d+)?(e-?\d+)?/gi)?.map(Number) ?? [];
  if ((crs && !/4326|CRS84/i.test(crs)) || flat.some((value) => Math.abs(value) > 180)) {
    object.geometryProblem = {
      message: `the coordinates are not in degrees${crs ? ` (${crs})` : ""}`,
      hint: "export as GeoJSON in WGS84 (EPSG:4326); the inventory's own geometry is in Belgian Lambert 72 (EPSG:31370)",
    };
    return;
  }
  if (geometry.type === "Point") {
    const [lng, lat] = coordinates as [number, number];
    object.point = { lat, lng, exact: true };
  } else if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
    const polygons = (geometry.type === "Polygon" ? [coordinates] : coordinates) as number[][][][];
    const centre = polygonsCentre(polygons);
    if (centre) object.point = { ...centre, exact: false };
  } else if (geometry.type === "MultiPoint" && (coordinates as number[][]).length === 1) {
    const [lng, lat] = (coordinates as [number, number][])[0]!;
    object.point = { lat, lng, exact: true };
  } else {
    object.geometryProblem = { message: `a ${String(geometry.type)} geometry cannot be placed as one point`, hint: "add location: with lat, lng and precision to the file after importing" };
  }
}

function crsName(value: Json | undefined): string | undefined {
  const crs = value?.crs as { properties?: { name?: unknown } } | undefined;
  return typeof crs?.properties?.name === "string" ? crs.properties.name : undefined;
}

function typologyOf(properties: Json): string[] {
  const direct = properties.typologie;
  if (typeof direct === "string") return direct.split(/[;,|]/).map((term) => term.trim()).filter(Boolean);
  if (Array.isArray(direct)) return direct.flatMap((term) => (typeof term === "string" ? [term] : typeof (term as Json)?.label === "string" ? [(term as Json).label as string] : []));
  // The detail record's form: kenmerkgroepen[].thesaurus[] with kenmerk.naam "typologie".
  const groups = Array.isArray(properties.kenmerkgroepen) ? (properties.kenmerkgroepen as Json[]) : [];
  return groups.flatMap((group) =>
    ((group.thesaurus as Json[] | undefined) ?? []).flatMap((term) => ((term.kenmerk as Json | undefined)?.naam === "typologie" && typeof term.label === "string" ? [term.label] : [])),
  );
}

function idOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  if (typeof value === "string") {
    const match = /(?:^|\/)(\d+)\/?$/.exec(value.trim());
    if (match) return Number(match[1]);
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** "Kastanjelaan 12 (Maasmechelen)" → "Maasmechelen". */
function municipalityFrom(summary: string | undefined): string | undefined {
  return summary ? /\(([^()]+)\)\s*$/.exec(summary)?.[1]?.trim() : undefined;
}

// --- CSV -------------------------------------------------------------------------------

const CSV_COLUMNS: Record<string, string[]> = {
  id: ["id", "erfgoedobject", "erfgoedobject id"],
  uri: ["uri"],
  self: ["self", "url"],
  naam: ["naam", "name"],
  gemeente: ["gemeente", "municipality"],
  typologie: ["typologie", "typology"],
  korte_beschrijving: ["korte beschrijving", "beschrijving"],
  locatie_samenvatting: ["locatie samenvatting", "locatie", "adres"],
  lat: ["lat", "latitude", "breedtegraad"],
  lng: ["lng", "lon", "longitude", "lengtegraad"],
};

function csvObjects(file: string, content: Buffer): InventoryObject[] {
  const sheet = readCsv(file, path.basename(file, path.extname(file)), content);
  const [header, ...rows] = sheet.rows;
  if (!header) return [];
  const columnOf = new Map<string, number>();
  header.cells.forEach((cell, column) => {
    const name = normaliseHeader(String(cell ?? ""));
    const property = Object.entries(CSV_COLUMNS).find(([, names]) => names.includes(name))?.[0];
    if (property && !columnOf.has(property)) columnOf.set(property, column);
  });
  return rows.map((row) => {
    const cell = (property: string) => {
      const column = columnOf.get(property);
      const value = column === undefined ? undefined : row.cells[column];
      return isEmptyCell(value) ? undefined : String(value).trim();
    };
    const at = (property: string) => {
      const column = columnOf.get(property === "geometry" ? "lat" : property);
      return `${file}:${sheet.name}!${column === undefined ? "" : columnLetter(column)}${row.number}`;
    };
    const locatie = cell("locatie_samenvatting");
    const object: InventoryObject = {
      where: `${file}:${sheet.name}!${row.number}`,
      whereOf: at,
      id: idOf(cell("id") ?? cell("uri") ?? cell("self")),
      naam: cell("naam"),
      gemeente: cell("gemeente") ?? municipalityFrom(locatie),
      typologie: (cell("typologie") ?? "").split(/[;,|]/).map((term) => term.trim()).filter(Boolean),
      beschrijving: cell("korte_beschrijving"),
      locatie,
      url: cell("self"),
    };
    const lat = Number(cell("lat")?.replace(",", "."));
    const lng = Number(cell("lng")?.replace(",", "."));
    // A CSV point may be the object's own or the centre of its outline: it is never called exact.
    if (cell("lat") && cell("lng") && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) object.point = { lat, lng, exact: false };
    else object.geometryProblem = { message: "the row has no position in degrees", hint: "add columns lat and lng (WGS84), or use the GeoJSON export" };
    return object;
  });
}

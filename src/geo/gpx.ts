import { gpx as gpxToGeoJson } from "@tmcw/togeojson";
import { createRequire } from "node:module";

// xmldom is loaded when the first GPX file is parsed, not with the program: a build whose routes
// come from the content cache never needs it (about 0.03 s of every build).
const require = createRequire(import.meta.url);
let xmldom: typeof import("@xmldom/xmldom") | undefined;

/** [longitude, latitude] or [longitude, latitude, elevation in m], as in GeoJSON. */
export type Position = [number, number] | [number, number, number];

export interface GpxTrack {
  /** One line per track segment or route; never joined, so gaps are not drawn as paths. */
  segments: Position[][];
  /** Name of the first track or route, when the file has one. */
  name?: string;
  /** True when every point has an elevation. */
  hasElevation: boolean;
}

export type GpxResult = { ok: true; track: GpxTrack } | { ok: false; line?: number; message: string; hint: string };

/**
 * Reads the tracks (`<trk>`, all segments) and routes (`<rte>`) of a GPX file,
 * with or without elevation, time and the extensions route planners and sport
 * watches add. Waypoints are ignored: the stops come from the route's Markdown.
 */
export function parseGpx(xml: string): GpxResult {
  let document: Document;
  xmldom ??= require("@xmldom/xmldom") as typeof import("@xmldom/xmldom");
  try {
    // xmldom's DOM is close enough to the browser's for togeojson.
    // onError: fatal errors still throw (with the line); the rest should not reach the console.
    document = new xmldom.DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (error) {
    const located = error as { message?: string; locator?: { lineNumber?: number } };
    return {
      ok: false,
      line: located.locator?.lineNumber,
      message: `is not valid GPX: ${String(located.message ?? error).split("\n")[0]}`,
      hint: "export the route again from the route planner; do not edit the file by hand",
    };
  }
  if (document.documentElement?.localName !== "gpx") {
    return { ok: false, message: "is not a GPX file (its root element is not <gpx>)", hint: "export the route as GPX from the route planner" };
  }
  const collection = gpxToGeoJson(document);
  const segments: Position[][] = [];
  let name: string | undefined;
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.type === "MultiLineString" ? geometry.coordinates : [];
    if (lines.length > 0 && name === undefined && typeof feature.properties?.name === "string") name = feature.properties.name;
    for (const line of lines) {
      const points = line.filter(isPosition).map(toPosition);
      if (points.length >= 2) segments.push(points);
    }
  }
  if (segments.length === 0) {
    return {
      ok: false,
      message: "has no track: no <trk> or <rte> with at least two points",
      hint: "export the route as a track (GPX track or route), not only as waypoints",
    };
  }
  const hasElevation = segments.every((segment) => segment.every((point) => point.length === 3));
  return { ok: true, track: { segments, name, hasElevation } };
}

function isPosition(value: unknown): value is number[] {
  return Array.isArray(value) && value.length >= 2 && value.every((coordinate) => typeof coordinate === "number" && Number.isFinite(coordinate));
}

function toPosition(value: number[]): Position {
  // Seven decimals (1 cm) is more than any GPS gives.
  const round = (degrees: number) => Math.round(degrees * 1e7) / 1e7;
  return value.length >= 3 ? [round(value[0]!), round(value[1]!), Math.round(value[2]! * 10) / 10] : [round(value[0]!), round(value[1]!)];
}

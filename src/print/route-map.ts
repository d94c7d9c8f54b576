import type { Location } from "../content/model.ts";
import type { Position } from "../geo/gpx.ts";
import { fitMap, scaleBar, type PlanePoint, type ScaleBar } from "../geo/projection.ts";
import { simplifyLines } from "../geo/simplify.ts";
import { LOCALES, type Lang } from "../i18n/locales.ts";

// A route's map for paper (a pack's booklet, a route's folded flyer): the route's own line (its GPX
// track, or straight lines between the stops) and numbered stops, projected into a box in
// millimetres, with a scale bar and a north arrow. No tiles, no network. Pure numbers; the
// booklet (src/outputs/packs/parts.ts) and the flyer (src/outputs/flyers/layout.ts) draw them.

export interface MapStop {
  number: number;
  name: string;
  /** Where the marker is drawn: at the place, or beside it when another stop shares it. */
  x: number;
  y: number;
  /** The place itself, when the marker had to move aside. */
  anchor?: { x: number; y: number };
  /** Placed only roughly (the content says so): drawn hollow, as on the web map. */
  approximate: boolean;
}

export interface PrintedMap {
  width: number;
  height: number;
  lines: PlanePoint[][];
  /** Straight lines "in vogelvlucht" when the route has no track. */
  straight: boolean;
  stops: MapStop[];
  scale: ScaleBar & { x: number; y: number };
  north: { x: number; y: number; size: number };
  /** The box's edges on the ground (for a background map under it). */
  bounds: { west: number; east: number; south: number; north: number };
}

/** What the map shows: numbered places, and the lines between them ([lng, lat(, ele)]). */
export interface MapInput {
  places: readonly { number: number; name: string; location: Location }[];
  path: readonly (readonly Position[])[];
  straight: boolean;
}

export interface MapOptions {
  /** The markers' diameter, in mm. */
  markerMm?: number;
  /** Room around the drawing, in mm. */
  paddingMm?: number;
  /** A track simplified to this many mm (a GPX file of thousands of points prints no better). */
  toleranceMm?: number;
  /** Lines no marker may straddle (a flyer's folds, in mm from the box's left edge). */
  avoidX?: readonly number[];
}

const PADDING = 12;

/** The scale bar's length with the numbers of the map's language: "500 m", "2 km"; "1.000 km" in Dutch, "1,000 km" in English. */
function scaleLabel(metres: number, lang: Lang): string {
  return metres >= 1000 ? `${(metres / 1000).toLocaleString(LOCALES[lang])} km` : `${metres.toLocaleString(LOCALES[lang])} m`;
}

/**
 * Markers closer than `diameter` to each other are fanned out side by side, centred on
 * their place, so every number stays readable (be-MINE and its museum share a point).
 */
export function spreadMarkers<T extends { x: number; y: number }>(points: readonly T[], diameter: number): (T & { anchor?: { x: number; y: number } })[] {
  const result: (T & { anchor?: { x: number; y: number } })[] = points.map((point) => ({ ...point }));
  const groups: number[][] = [];
  points.forEach((point, index) => {
    const group = groups.find((members) => members.some((member) => Math.hypot(points[member]!.x - point.x, points[member]!.y - point.y) < diameter));
    if (group) group.push(index);
    else groups.push([index]);
  });
  for (const group of groups) {
    if (group.length < 2) continue;
    const centre = { x: group.reduce((sum, index) => sum + points[index]!.x, 0) / group.length, y: group.reduce((sum, index) => sum + points[index]!.y, 0) / group.length };
    group.forEach((index, position) => {
      const point = points[index]!;
      result[index] = { ...point, x: centre.x + (position - (group.length - 1) / 2) * diameter * 1.1, y: centre.y, anchor: { x: point.x, y: point.y } };
    });
  }
  return result;
}

/** A marker on a fold moves beside it, to the side of its place, and points back at it. */
function offFolds(stops: MapStop[], folds: readonly number[], diameter: number): MapStop[] {
  const clearance = diameter / 2 + 0.75;
  return stops.map((stop) => {
    const fold = folds.find((x) => Math.abs(stop.x - x) < clearance);
    if (fold === undefined) return stop;
    const place = stop.anchor ?? { x: stop.x, y: stop.y };
    return { ...stop, x: fold + (place.x < fold ? -clearance : clearance), anchor: place };
  });
}

export function printedRouteMap(input: MapInput, box: { width: number; height: number }, lang: Lang, options: MapOptions = {}): PrintedMap {
  const markerMm = options.markerMm ?? 7;
  const path = input.path.map((segment) => segment.map(([lng, lat]) => ({ lat, lng })));
  const fit = fitMap([...input.places.map((place) => place.location), ...path.flat()], box, options.paddingMm ?? PADDING);
  const scale = scaleBar(fit.metresPerMm, box.width / 4);
  const projected = path.map((segment) => segment.map((point) => fit.project(point)));
  const stops = spreadMarkers(
    input.places.map((place) => ({ number: place.number, name: place.name, ...fit.project(place.location), approximate: place.location.precision === "approximate" })),
    markerMm,
  );
  return {
    width: box.width,
    height: box.height,
    lines: options.toleranceMm ? simplifyLines(projected, options.toleranceMm, 4000) : projected,
    straight: input.straight,
    stops: options.avoidX?.length ? offFolds(stops, options.avoidX, markerMm) : stops,
    scale: { ...scale, label: scaleLabel(scale.metres, lang), x: 6, y: box.height - 6 },
    north: { x: box.width - 10, y: 12, size: 10 },
    bounds: fit.bounds,
  };
}

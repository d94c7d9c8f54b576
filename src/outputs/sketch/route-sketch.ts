import type { Position } from "../../geo/gpx.ts";
import type { LatLng } from "../../geo/distance.ts";
import { fitMap, type PlanePoint } from "../../geo/projection.ts";
import { simplifyLines } from "../../geo/simplify.ts";
import { escapeHtml } from "../../client/html.ts";
import { SKETCH_COLOURS, formatNumber, pointsAttribute } from "./svg.ts";

// A drawing of a route's own shape for its card: the path (the GPX track, or dashed
// straight lines between the stops, labelled "in vogelvlucht") and the numbered stops,
// north up, as a small inline SVG made at build time. No tiles, no script.

/** The sketch's drawing units; 3:2 like the card pictures, about as wide as a card in CSS pixels. */
export const ROUTE_SKETCH_BOX = { width: 300, height: 200 } as const;
/** On paper the sketch is the route's map across the page: more room, the same dots and letters. */
export const PRINT_SKETCH_BOX = { width: 640, height: 400 } as const;
/** Room around the drawing: a stop's dot (radius 8) never touches the edge. */
const PADDING = 16;
/** Points closer than this to the simplified line are dropped; and never more than this many points in all. */
const TOLERANCE = 0.75;
const MAX_POINTS = 250;
/** A route whose stops are close together is drawn at least this many metres across. */
const MIN_SPAN_M = 400;

export interface SketchRoute {
  /** The lines of the route ([lng, lat(, ele)]): the track's segments, or one line through the stops. */
  path: readonly (readonly Position[])[];
  stops: readonly { location: LatLng }[];
  distanceMethod: "track" | "straight-lines";
}

export interface RouteSketchTexts {
  /** The accessible name: "Schets van de route Langs alle zeven mijnen". */
  label: string;
  /** Written on the drawing when the lines are straight: "in vogelvlucht". */
  straightLines: string;
}

/** The route's sketch as an SVG element (a string), a few KB even for a long track. */
export function routeSketchSvg(route: SketchRoute, texts: RouteSketchTexts, box: { width: number; height: number } = ROUTE_SKETCH_BOX): string {
  const { width, height } = box;
  const straight = route.distanceMethod === "straight-lines";
  const lines = route.path.map((line) => line.map(([lng, lat]) => ({ lat, lng })));
  const stops = route.stops.map((stop) => stop.location);
  const fit = fitMap([...lines.flat(), ...stops], box, PADDING, MIN_SPAN_M);
  const projected = simplifyLines(lines.map((line) => line.map(fit.project)), TOLERANCE, MAX_POINTS);

  const dash = straight ? ` stroke-dasharray="7 5"` : "";
  const paths = projected
    .filter((line) => line.length >= 2)
    .map((line) => `<polyline points="${pointsAttribute(line)}" fill="none" stroke="${SKETCH_COLOURS.route}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"${dash}/>`)
    .join("");
  // Later stops on top, as on the route map; the number in the dot as on the map and the list.
  const dots = stops
    .map((location, index) => stopDot(fit.project(location), index + 1))
    .reverse()
    .join("");
  const label = straight ? straightLinesLabel(texts.straightLines, [...projected, stops.map(fit.project)], box) : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="route-sketch" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"` +
    ` data-sketch="${straight ? "straight-lines" : "track"}"><title>${escapeHtml(texts.label)}</title>` +
    `<rect width="${width}" height="${height}" fill="${SKETCH_COLOURS.ground}"/>${paths}${dots}${label}</svg>`
  );
}

function stopDot(point: PlanePoint, number: number): string {
  const x = formatNumber(point.x);
  const y = formatNumber(point.y);
  return (
    `<g data-stop="${number}"><circle cx="${x}" cy="${y}" r="8" fill="${SKETCH_COLOURS.stop}" stroke="${SKETCH_COLOURS.ground}" stroke-width="1.5"/>` +
    `<text x="${x}" y="${y}" dy="0.35em" text-anchor="middle" font-size="10" font-weight="700" fill="${SKETCH_COLOURS.stopInk}">${number}</text></g>`
  );
}

const LABEL_FONT_SIZE = 12;

/**
 * "in vogelvlucht" in the corner of the drawing that the lines and stops cross least
 * (bottom left when they leave it free), with a halo so it reads over a line.
 */
function straightLinesLabel(text: string, lines: readonly (readonly PlanePoint[])[], box: { width: number; height: number }): string {
  const { width, height } = box;
  const labelWidth = text.length * LABEL_FONT_SIZE * 0.55 + 12;
  const labelHeight = LABEL_FONT_SIZE + 10;
  // Points along every line, a few pixels apart, to see which corner they cross.
  const samples = lines.flatMap((line) =>
    line.flatMap((point, index) => {
      const next = line[index + 1];
      if (!next) return [point];
      const steps = Math.max(1, Math.ceil(Math.hypot(next.x - point.x, next.y - point.y) / 4));
      return Array.from({ length: steps }, (_, step) => ({ x: point.x + ((next.x - point.x) * step) / steps, y: point.y + ((next.y - point.y) * step) / steps }));
    }),
  );
  const corners = [
    { left: true, bottom: true },
    { left: false, bottom: true },
    { left: true, bottom: false },
    { left: false, bottom: false },
  ].map((corner) => {
    const x0 = corner.left ? 0 : width - labelWidth;
    const y0 = corner.bottom ? height - labelHeight : 0;
    const crossed = samples.filter((point) => point.x >= x0 - 8 && point.x <= x0 + labelWidth + 8 && point.y >= y0 - 8 && point.y <= y0 + labelHeight + 8).length;
    return { ...corner, crossed };
  });
  const best = corners.reduce((a, b) => (b.crossed < a.crossed ? b : a));
  const x = best.left ? 6 : width - 6;
  const y = best.bottom ? height - 7 : LABEL_FONT_SIZE + 4;
  return (
    `<text x="${x}" y="${y}" text-anchor="${best.left ? "start" : "end"}" font-size="${LABEL_FONT_SIZE}" fill="${SKETCH_COLOURS.ink}"` +
    ` stroke="${SKETCH_COLOURS.ground}" stroke-width="4" paint-order="stroke" stroke-linejoin="round" data-label="straight-lines">${escapeHtml(text)}</text>`
  );
}

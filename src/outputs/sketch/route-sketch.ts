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
export function routeSketchSvg(route: SketchRoute, texts: RouteSketchTexts): string {
  const { width, height } = ROUTE_SKETCH_BOX;
  const straight = route.distanceMethod === "straight-lines";
  const lines = route.path.map((line) => line.map(([lng, lat]) => ({ lat, lng })));
  const stops = route.stops.map((stop) => stop.location);
  const fit = fitMap([...lines.flat(), ...stops], ROUTE_SKETCH_BOX, PADDING, MIN_SPAN_M);
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
  const label = straight ? straightLinesLabel(texts.straightLines, height) : "";
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

/** "in vogelvlucht" in the bottom-left corner, on a light band so it reads over the lines. */
function straightLinesLabel(text: string, height: number): string {
  return (
    `<text x="6" y="${height - 7}" font-size="12" fill="${SKETCH_COLOURS.ink}" stroke="${SKETCH_COLOURS.ground}" stroke-width="4" paint-order="stroke" stroke-linejoin="round" data-label="straight-lines">` +
    `${escapeHtml(text)}</text>`
  );
}

import type { LatLng } from "../../geo/distance.ts";
import { extent } from "../../geo/bounds.ts";
import { fitMap, type PlanePoint } from "../../geo/projection.ts";
import { SKETCH_COLOURS, formatNumber } from "./svg.ts";
import { escapeHtml } from "../../client/html.ts";

// The home page's small map: every monument as a dot in the region's bounds (Web Mercator,
// north up; from a thousand monuments on, dots that would cover each other drawn once) with
// the municipalities' names, drawn at build time. It is a picture inside a
// link to the real map, so the home page loads no map script and no tiles.

export interface RegionBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface MapMonument {
  location: LatLng;
  municipality: { name: string };
}

/** Drawing units across; the height follows the monuments' spread, between these shapes. */
const WIDTH = 400;
const FLATTEST = 2;
const TALLEST = 1.2;
const PADDING = 30;
const FONT_SIZE = 13;
/** From this many monuments on, dots that would cover each other are drawn once (see `mergedDots`). */
const MERGE_FROM = 1000;
/** Drawing units: two dots (radius 5) whose centres share a cell this size cover each other almost whole. */
const CELL = 4;

/**
 * The map as an SVG element (decorative: the link around it says where it leads). It is
 * fitted to the monuments rather than the whole region's bounds, so their dots spread out;
 * with no monuments, to the region's bounds.
 */
export function monumentsMapSvg(monuments: readonly MapMonument[], bounds: RegionBounds): string {
  const positions = monuments.length
    ? monuments.map((monument) => monument.location)
    : [
        { lat: bounds.south, lng: bounds.west },
        { lat: bounds.north, lng: bounds.east },
      ];
  // The spread's width over its height in Mercator, measured by fitting it in a square.
  const square = fitMap(positions, { width: 1000, height: 1000 }, 0, 2000).project;
  const xs = extent(positions.map((position) => square(position).x));
  const ys = extent(positions.map((position) => square(position).y));
  const spread = (xs.max - xs.min) / Math.max(ys.max - ys.min, 1);
  const width = WIDTH;
  const height = Math.round(Math.min(width / TALLEST, Math.max(width / FLATTEST, (width - 2 * PADDING) / spread + 2 * PADDING)));
  const box = { width, height };
  const fit = fitMap(positions, box, PADDING, 2000);
  const projected = monuments.map((monument) => fit.project(monument.location));
  const dots = monuments.length >= MERGE_FROM ? mergedDots(projected) : projected;
  const circles = dots
    .map((point) => `<circle cx="${formatNumber(point.x)}" cy="${formatNumber(point.y)}" r="5" fill="${SKETCH_COLOURS.monument}" stroke="${SKETCH_COLOURS.land}" stroke-width="1.5"/>`)
    .join("");
  const labels = municipalityLabels(monuments, fit.project, dots, box).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="monuments-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">` +
    `<rect width="${width}" height="${height}" fill="${SKETCH_COLOURS.land}"/>${circles}${labels}</svg>`
  );
}

/**
 * One dot per cell of CELL units, at the mean of the dots in it, in the order the cells were
 * first met: a region of tens of thousands of monuments is drawn in a few thousand dots that
 * look the same, and the home page stays small.
 */
export function mergedDots(dots: readonly PlanePoint[]): PlanePoint[] {
  const cells = new Map<string, { x: number; y: number; count: number }>();
  for (const dot of dots) {
    const key = `${Math.floor(dot.x / CELL)},${Math.floor(dot.y / CELL)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.x += dot.x;
      cell.y += dot.y;
      cell.count++;
    } else cells.set(key, { x: dot.x, y: dot.y, count: 1 });
  }
  return [...cells.values()].map((cell) => ({ x: cell.x / cell.count, y: cell.y / cell.count }));
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Each municipality's name next to its monuments: below them, else above, right or left,
 * whichever first clears the names already placed and every dot, inside the drawing.
 * The width of a name is estimated (system fonts differ): 0.62 em a letter, on the wide side.
 */
function municipalityLabels(monuments: readonly MapMonument[], project: (point: LatLng) => PlanePoint, dots: readonly PlanePoint[], size: { width: number; height: number }): string[] {
  const byName = new Map<string, PlanePoint[]>();
  for (const monument of monuments) {
    const points = byName.get(monument.municipality.name) ?? [];
    points.push(project(monument.location));
    byName.set(monument.municipality.name, points);
  }
  const placed: Box[] = [];
  const dotBoxes = dots.map((dot) => ({ left: dot.x - 6, top: dot.y - 6, right: dot.x + 6, bottom: dot.y + 6 }));
  return [...byName].map(([name, points]) => {
    const textWidth = name.length * FONT_SIZE * 0.62;
    const xs = extent(points.map((point) => point.x));
    const ys = extent(points.map((point) => point.y));
    const centreX = (xs.min + xs.max) / 2;
    const centreY = (ys.min + ys.max) / 2;
    // Candidate boxes: [left, top] of the text's box.
    const candidates: [number, number][] = [
      [centreX - textWidth / 2, ys.max + 7],
      [centreX - textWidth / 2, ys.min - 7 - FONT_SIZE],
      [xs.max + 9, centreY - FONT_SIZE / 2],
      [xs.min - 9 - textWidth, centreY - FONT_SIZE / 2],
    ];
    const boxes = candidates.map(([left, top]) => {
      const x = Math.min(Math.max(left, 4), size.width - 4 - textWidth);
      const y = Math.min(Math.max(top, 4), size.height - 4 - FONT_SIZE);
      return { left: x, top: y, right: x + textWidth, bottom: y + FONT_SIZE };
    });
    const box = boxes.find((candidate) => ![...placed, ...dotBoxes].some((other) => overlaps(candidate, other))) ?? boxes[0]!;
    placed.push(box);
    return (
      `<text x="${formatNumber(box.left)}" y="${formatNumber(box.bottom - 2)}" font-size="${FONT_SIZE}" fill="${SKETCH_COLOURS.ink}"` +
      ` stroke="${SKETCH_COLOURS.land}" stroke-width="4" paint-order="stroke" stroke-linejoin="round">${escapeHtml(name)}</text>`
    );
  });
}

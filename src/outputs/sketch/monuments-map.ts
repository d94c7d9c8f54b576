import type { LatLng } from "../../geo/distance.ts";
import { fitMap, type PlanePoint } from "../../geo/projection.ts";
import { SKETCH_COLOURS, formatNumber } from "./svg.ts";
import { escapeHtml } from "../../client/html.ts";

// The home page's small map: every monument as a dot in the region's bounds (Web Mercator,
// north up) with the municipalities' names, drawn at build time. It is a picture inside a
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
  const xs = positions.map((position) => square(position).x);
  const ys = positions.map((position) => square(position).y);
  const spread = (Math.max(...xs) - Math.min(...xs)) / Math.max(Math.max(...ys) - Math.min(...ys), 1);
  const width = WIDTH;
  const height = Math.round(Math.min(width / TALLEST, Math.max(width / FLATTEST, (width - 2 * PADDING) / spread + 2 * PADDING)));
  const box = { width, height };
  const fit = fitMap(positions, box, PADDING, 2000);
  const dots = monuments.map((monument) => fit.project(monument.location));
  const circles = dots
    .map((point) => `<circle cx="${formatNumber(point.x)}" cy="${formatNumber(point.y)}" r="5" fill="${SKETCH_COLOURS.monument}" stroke="${SKETCH_COLOURS.land}" stroke-width="1.5"/>`)
    .join("");
  const labels = municipalityLabels(monuments, fit.project, dots, box).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="monuments-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">` +
    `<rect width="${width}" height="${height}" fill="${SKETCH_COLOURS.land}"/>${circles}${labels}</svg>`
  );
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
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
    const centreY = (Math.min(...ys) + Math.max(...ys)) / 2;
    // Candidate boxes: [left, top] of the text's box.
    const candidates: [number, number][] = [
      [centreX - textWidth / 2, Math.max(...ys) + 7],
      [centreX - textWidth / 2, Math.min(...ys) - 7 - FONT_SIZE],
      [Math.max(...xs) + 9, centreY - FONT_SIZE / 2],
      [Math.min(...xs) - 9 - textWidth, centreY - FONT_SIZE / 2],
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

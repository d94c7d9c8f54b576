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

/** Drawing units across; the height follows the region's shape. */
const WIDTH = 400;
const PADDING = 12;

/** The map as an SVG element (decorative: the link around it says where it leads). */
export function monumentsMapSvg(monuments: readonly MapMonument[], bounds: RegionBounds): string {
  const corners = [
    { lat: bounds.south, lng: bounds.west },
    { lat: bounds.north, lng: bounds.east },
  ];
  // The region's width over its height in Mercator, measured by fitting it in a square.
  const square = fitMap(corners, { width: 1000, height: 1000 }, 0);
  const [southWest, northEast] = corners.map(square.project) as [PlanePoint, PlanePoint];
  const aspect = (northEast.x - southWest.x) / (southWest.y - northEast.y);
  const height = Math.round(WIDTH / aspect);
  const fit = fitMap(corners, { width: WIDTH, height }, PADDING);

  const dots = monuments
    .map((monument) => fit.project(monument.location))
    .map((point) => `<circle cx="${formatNumber(point.x)}" cy="${formatNumber(point.y)}" r="5" fill="${SKETCH_COLOURS.monument}" stroke="${SKETCH_COLOURS.ground}" stroke-width="1.5"/>`)
    .join("");
  const labels = municipalityLabels(monuments, fit.project, WIDTH).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="monuments-map" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-hidden="true" focusable="false">` +
    `<rect width="${WIDTH}" height="${height}" rx="8" fill="${SKETCH_COLOURS.land}"/>${dots}${labels}</svg>`
  );
}

/** Each municipality's name under the middle of its monuments, kept inside the drawing. */
function municipalityLabels(monuments: readonly MapMonument[], project: (point: LatLng) => PlanePoint, width: number): string[] {
  const byName = new Map<string, PlanePoint[]>();
  for (const monument of monuments) {
    const points = byName.get(monument.municipality.name) ?? [];
    points.push(project(monument.location));
    byName.set(monument.municipality.name, points);
  }
  return [...byName].map(([name, points]) => {
    const x = points.reduce((sum, point) => sum + point.x, 0) / points.length;
    const y = Math.max(...points.map((point) => point.y)) + 17;
    const anchor = x < width * 0.15 ? "start" : x > width * 0.85 ? "end" : "middle";
    return (
      `<text x="${formatNumber(x)}" y="${formatNumber(y)}" text-anchor="${anchor}" font-size="13" fill="${SKETCH_COLOURS.ink}"` +
      ` stroke="${SKETCH_COLOURS.land}" stroke-width="4" paint-order="stroke" stroke-linejoin="round">${escapeHtml(name)}</text>`
    );
  });
}

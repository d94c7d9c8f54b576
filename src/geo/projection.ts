import { extent } from "./bounds.ts";
import { EARTH_RADIUS_KM, type LatLng } from "./distance.ts";

// A printed map without tiles: positions projected with Web Mercator (north up, as on
// the web map) and scaled to fit a box in millimetres. Pure numbers, no drawing.

export interface PlanePoint {
  x: number;
  y: number;
}

export interface MapFit {
  /** Where a position lands in the box (mm from its top-left). */
  project(point: LatLng): PlanePoint;
  /** Metres on the ground for one millimetre on paper, at the map's centre. */
  metresPerMm: number;
  /** The box's edges on the ground: west and east longitude, south and north latitude. */
  bounds: { west: number; east: number; south: number; north: number };
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Web Mercator in units of the Earth's radius: x east, y north. */
function mercator(point: LatLng): PlanePoint {
  return { x: toRadians(point.lng), y: Math.log(Math.tan(Math.PI / 4 + toRadians(point.lat) / 2)) };
}

/**
 * Fits `points` into a box `width` x `height` mm with `paddingMm` on every side, keeping
 * the aspect ratio, centred. A single point (or points very close together) gets a map
 * about `minSpanM` metres across, so one monument is not drawn at an absurd scale.
 */
export function fitMap(points: readonly LatLng[], box: { width: number; height: number }, paddingMm: number, minSpanM = 500): MapFit {
  if (points.length === 0) throw new Error("fitMap needs at least one point");
  const projected = points.map(mercator);
  const xs = extent(projected.map((point) => point.x));
  const ys = extent(projected.map((point) => point.y));
  const centre = { x: (xs.min + xs.max) / 2, y: (ys.min + ys.max) / 2 };
  const centreLat = (Math.atan(Math.sinh(centre.y)) * 180) / Math.PI;
  // One Mercator unit is this many metres on the ground at the centre's latitude.
  const metresPerUnit = EARTH_RADIUS_KM * 1000 * Math.cos(toRadians(centreLat));
  const minSpan = minSpanM / metresPerUnit;
  const spanX = Math.max(xs.max - xs.min, minSpan);
  const spanY = Math.max(ys.max - ys.min, minSpan);
  const inner = { width: box.width - 2 * paddingMm, height: box.height - 2 * paddingMm };
  const mmPerUnit = Math.min(inner.width / spanX, inner.height / spanY);
  return {
    project(point) {
      const p = mercator(point);
      return { x: box.width / 2 + (p.x - centre.x) * mmPerUnit, y: box.height / 2 - (p.y - centre.y) * mmPerUnit };
    },
    metresPerMm: metresPerUnit / mmPerUnit,
    bounds: {
      west: toDegrees(centre.x - box.width / 2 / mmPerUnit),
      east: toDegrees(centre.x + box.width / 2 / mmPerUnit),
      south: toDegrees(Math.atan(Math.sinh(centre.y - box.height / 2 / mmPerUnit))),
      north: toDegrees(Math.atan(Math.sinh(centre.y + box.height / 2 / mmPerUnit))),
    },
  };
}

export interface ScaleBar {
  metres: number;
  lengthMm: number;
  /** "500 m", "2 km" */
  label: string;
}

/** The longest round distance (1, 2 or 5 times a power of ten) whose bar is at most `maxMm` long. */
export function scaleBar(metresPerMm: number, maxMm: number): ScaleBar {
  const most = metresPerMm * maxMm;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= most) ?? power;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString("nl-BE")} km` : `${metres.toLocaleString("nl-BE")} m`;
  return { metres, lengthMm: metres / metresPerMm, label };
}

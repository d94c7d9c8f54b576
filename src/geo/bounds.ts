import type { LatLng } from "./distance.ts";

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export function containsPoint(bounds: Bounds, point: LatLng): boolean {
  return point.lat >= bounds.south && point.lat <= bounds.north && point.lng >= bounds.west && point.lng <= bounds.east;
}

/** The smallest bounds around the points; undefined for none. */
export function boundsOf(points: readonly LatLng[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const lats = extent(points.map((point) => point.lat));
  const lngs = extent(points.map((point) => point.lng));
  return { south: lats.min, west: lngs.min, north: lats.max, east: lngs.max };
}

/**
 * The smallest and largest of the numbers (Infinity and -Infinity for none). Not
 * Math.min(...values): spreading a list of some 125,000 numbers or more overflows the stack,
 * and a region may have 200,000 monuments.
 */
export function extent(values: Iterable<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

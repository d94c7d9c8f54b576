import type { LineString, MultiLineString, Position } from "geojson";

// GeoJSON lines as Leaflet wants them ([lat, lng], segments kept apart), and
// bounds around points. Pure: tested in tests/client.

export type LatLngPair = [number, number];

/** Segments of a line as [lat, lng] pairs; an elevation, when there is one, is dropped. */
export function lineSegments(geometry: LineString | MultiLineString): LatLngPair[][] {
  const lines: Position[][] = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  return lines.map((line) => line.map((position) => [position[1]!, position[0]!] as LatLngPair)).filter((line) => line.length > 0);
}

export function pointCount(segments: readonly (readonly LatLngPair[])[]): number {
  return segments.reduce((sum, segment) => sum + segment.length, 0);
}

/** [[south, west], [north, east]] around the points, or null without points. */
export function boundsAround(points: Iterable<LatLngPair>): [LatLngPair, LatLngPair] | null {
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const [lat, lng] of points) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lng < west) west = lng;
    if (lng > east) east = lng;
  }
  return south === Infinity ? null : [[south, west], [north, east]];
}

/**
 * Sideways offsets, in pixels, for markers `size` px wide: markers at the same place get
 * offsets that set them side by side, centred on it; every other marker gets 0.
 */
export function sideBySideOffsets(points: readonly LatLngPair[], size: number): number[] {
  const key = ([lat, lng]: LatLngPair) => `${lat.toFixed(6)},${lng.toFixed(6)}`;
  const groups = new Map<string, number[]>();
  points.forEach((point, index) => groups.set(key(point), [...(groups.get(key(point)) ?? []), index]));
  const offsets = points.map(() => 0);
  for (const members of groups.values()) {
    members.forEach((index, position) => (offsets[index] = Math.round((position - (members.length - 1) / 2) * (size + 2))));
  }
  return offsets;
}

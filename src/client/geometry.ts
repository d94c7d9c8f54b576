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

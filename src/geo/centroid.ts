// The centre of an area given as GeoJSON polygon rings ([lng, lat] pairs), for placing one
// marker for an object the heritage inventory draws as an outline. Pure: no DOM.

type Position = readonly number[];

/** Area-weighted centre of the outer rings; the mean of the vertices when the area is zero. */
export function polygonsCentre(polygons: readonly (readonly (readonly Position[])[])[]): { lng: number; lat: number } | undefined {
  let area = 0;
  let x = 0;
  let y = 0;
  const vertices: Position[] = [];
  // Relative to one vertex: the products of whole degrees would drown the small differences.
  const origin = polygons[0]?.[0]?.[0] ?? [0, 0];
  const [ox, oy] = [origin[0]!, origin[1]!];
  for (const rings of polygons) {
    const ring = rings[0];
    if (!ring || ring.length === 0) continue;
    vertices.push(...ring);
    for (let index = 0; index < ring.length - 1; index++) {
      const x0 = ring[index]![0]! - ox;
      const y0 = ring[index]![1]! - oy;
      const x1 = ring[index + 1]![0]! - ox;
      const y1 = ring[index + 1]![1]! - oy;
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      x += (x0 + x1) * cross;
      y += (y0 + y1) * cross;
    }
  }
  if (vertices.length === 0) return undefined;
  if (Math.abs(area) < 1e-14) {
    return { lng: mean(vertices.map((vertex) => vertex[0]!)), lat: mean(vertices.map((vertex) => vertex[1]!)) };
  }
  return { lng: ox + x / (3 * area), lat: oy + y / (3 * area) };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

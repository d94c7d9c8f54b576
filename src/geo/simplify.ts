import type { PlanePoint } from "./projection.ts";

// Fewer points for a drawing: a GPS track has a point every few metres, a sketch a few
// hundred pixels wide needs only the ones that change its shape. Pure numbers.

/** Distance from `point` to the segment from `a` to `b`. */
function distanceToSegment(point: PlanePoint, a: PlanePoint, b: PlanePoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared));
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

/**
 * Douglas-Peucker: keeps the first and last point and every point that lies more than
 * `tolerance` (in the points' own units, e.g. pixels) from the line the kept points draw.
 * Iterative, so a track of 100,000 points does not exhaust the stack.
 */
export function simplifyLine(points: readonly PlanePoint[], tolerance: number): PlanePoint[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  while (spans.length > 0) {
    const [first, last] = spans.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let index = first + 1; index < last; index++) {
      const distance = distanceToSegment(points[index]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = index;
        farthestDistance = distance;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, index) => keep[index] === 1);
}

/**
 * Simplifies every line with `tolerance`, doubling it until all lines together have at
 * most `maxPoints` points (each line keeps at least its two ends), so a long track stays
 * a small drawing.
 */
export function simplifyLines(lines: readonly (readonly PlanePoint[])[], tolerance: number, maxPoints: number): PlanePoint[][] {
  let current = tolerance;
  for (;;) {
    const simplified = lines.map((line) => simplifyLine(line, current));
    const count = simplified.reduce((sum, line) => sum + line.length, 0);
    if (count <= maxPoints || count <= 2 * lines.length) return simplified;
    current *= 2;
  }
}

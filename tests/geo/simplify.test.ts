import { describe, expect, it } from "vitest";
import { simplifyLine, simplifyLines } from "../../src/geo/simplify.ts";

type Point = { x: number; y: number };
function distanceToSegment(point: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(point.x - a.x - t * dx, point.y - a.y - t * dy);
}

describe("simplifyLine", () => {
  it("drops points that lie on the line and keeps the corners", () => {
    const line = [
      { x: 0, y: 0 },
      { x: 5, y: 0.1 },
      { x: 10, y: 0 },
      { x: 10, y: 5 },
      { x: 10, y: 10 },
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]);
  });

  it("keeps both ends of a line of two points or a closed loop", () => {
    expect(simplifyLine([{ x: 1, y: 1 }, { x: 2, y: 2 }], 5)).toHaveLength(2);
    const loop = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 0 }];
    expect(simplifyLine(loop, 1)).toEqual(loop);
  });

  it("handles 100,000 points without running out of stack", () => {
    const line = Array.from({ length: 100_000 }, (_, index) => ({ x: index / 100, y: Math.sin(index / 500) * 10 }));
    const simplified = simplifyLine(line, 0.5);
    expect(simplified.length).toBeLessThan(1000);
    expect(simplified[0]).toEqual(line[0]);
    // Every point left out lies within the tolerance of the simplified line (a sample of them).
    for (let index = 0; index < line.length; index += 97) {
      const point = line[index]!;
      const nearest = Math.min(
        ...simplified.slice(1).map((end, at) => distanceToSegment(point, simplified[at]!, end)),
      );
      expect(nearest).toBeLessThanOrEqual(0.5 + 1e-9);
    }
    expect(simplified.at(-1)).toEqual(line.at(-1));
  });
});

describe("simplifyLines", () => {
  it("raises the tolerance until all lines together fit the budget", () => {
    const zigzag = Array.from({ length: 1000 }, (_, index) => ({ x: index, y: (index % 2) * 3 }));
    const lines = simplifyLines([zigzag, zigzag], 0.5, 100);
    expect(lines[0]!.length + lines[1]!.length).toBeLessThanOrEqual(100);
    expect(lines[0]!.length).toBeGreaterThanOrEqual(2);
  });
});

import { describe, expect, it } from "vitest";
import { spreadOffsets, type ScreenPoint } from "../../src/client/spread.ts";

const SIZE = 30;

/** Where each marker ends up. */
function placed(points: readonly ScreenPoint[], gap = 2) {
  return spreadOffsets(points, SIZE, gap).map((offset, index) => ({ x: points[index]!.x + offset.dx, y: points[index]!.y + offset.dy }));
}

/** True when some two markers (SIZE px squares) overlap or come closer than `gap`. */
function anyTouch(markers: readonly ScreenPoint[], gap = 2): boolean {
  return markers.some((one, a) => markers.some((other, b) => a < b && Math.abs(one.x - other.x) < SIZE + gap - 0.5 && Math.abs(one.y - other.y) < SIZE + gap - 0.5));
}

describe("spreadOffsets", () => {
  it("leaves markers that touch nothing where they are", () => {
    expect(spreadOffsets([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 0, y: 40 }], SIZE)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it("sets markers at one place side by side, in their order, centred on the place", () => {
    const markers = placed([{ x: 200, y: 100 }, { x: 200, y: 100 }]);
    expect(markers).toEqual([{ x: 184, y: 100 }, { x: 216, y: 100 }]);
  });

  it("keeps west-east order within a row", () => {
    const markers = placed([{ x: 210, y: 100 }, { x: 200, y: 105 }, { x: 205, y: 95 }]);
    // The westernmost point (index 1) is left, the easternmost (index 0) right.
    expect(markers[1]!.x).toBeLessThan(markers[2]!.x);
    expect(markers[2]!.x).toBeLessThan(markers[0]!.x);
    expect(anyTouch(markers)).toBe(false);
  });

  it("merges rows that would touch after spreading, until no two markers touch", () => {
    // A crowded corner of a route across the region, seen from far away (stops 4 to 9 of "Langs alle zeven mijnen").
    const points = [
      { x: 200, y: 780 },
      { x: 203, y: 760 },
      { x: 205, y: 767 },
      { x: 220, y: 790 },
      { x: 236, y: 770 },
      { x: 250, y: 775 },
    ];
    const markers = placed(points);
    expect(anyTouch(markers)).toBe(false);
    // Nobody is sent far away: every marker stays within the row's reach of its point.
    markers.forEach((marker, index) => expect(Math.hypot(marker.x - points[index]!.x, marker.y - points[index]!.y)).toBeLessThan(points.length * (SIZE + 2)));
  });

  it("gives the same offsets for the same points (deterministic)", () => {
    const points = Array.from({ length: 12 }, (_, index) => ({ x: (index * 37) % 90, y: (index * 53) % 70 }));
    expect(spreadOffsets(points, SIZE)).toEqual(spreadOffsets(points, SIZE));
    expect(anyTouch(placed(points))).toBe(false);
  });
});

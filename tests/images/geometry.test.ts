import { describe, expect, it } from "vitest";
import { cropAround, effectiveDpi, orientedSize, parseFocus, printPixels, responsiveWidths, withBleed } from "../../src/images/geometry.ts";

describe("parseFocus", () => {
  it("reads two percentages, from the left and from the top", () => {
    expect(parseFocus("40% 30%")).toEqual({ x: 0.4, y: 0.3 });
    expect(parseFocus(" 0% 100% ")).toEqual({ x: 0, y: 1 });
    expect(parseFocus("12.5% 50%")).toEqual({ x: 0.125, y: 0.5 });
  });

  it("refuses anything else", () => {
    for (const text of ["40 30", "40%", "140% 30%", "left top", "40%,30%", ""]) expect(parseFocus(text), text).toBeUndefined();
  });
});

describe("cropAround", () => {
  it("takes the largest box of the aspect ratio, centred when there is no focal point", () => {
    expect(cropAround({ width: 6000, height: 4000 }, 1200 / 630)).toEqual({ left: 0, top: 425, width: 6000, height: 3150 });
    expect(cropAround({ width: 1000, height: 1000 }, 3 / 2)).toEqual({ left: 0, top: 167, width: 1000, height: 667 });
  });

  it("moves the box towards the focal point, as far as the edges allow", () => {
    const source = { width: 3000, height: 1000 };
    expect(cropAround(source, 3 / 2, { x: 0, y: 0.5 })).toEqual({ left: 0, top: 0, width: 1500, height: 1000 });
    expect(cropAround(source, 3 / 2, { x: 1, y: 0.5 })).toEqual({ left: 1500, top: 0, width: 1500, height: 1000 });
    expect(cropAround(source, 3 / 2, { x: 0.5, y: 0.5 })).toEqual({ left: 750, top: 0, width: 1500, height: 1000 });
    expect(cropAround({ width: 1000, height: 3000 }, 3 / 2, { x: 0.5, y: 0.3 })).toEqual({ left: 0, top: 567, width: 1000, height: 667 });
  });

  it("never leaves the source", () => {
    for (const focus of [{ x: 0, y: 0 }, { x: 1, y: 1 }, { x: 0.99, y: 0.01 }]) {
      const box = cropAround({ width: 1819, height: 1311 }, 154 / 111, focus);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(1819);
      expect(box.top + box.height).toBeLessThanOrEqual(1311);
    }
  });
});

describe("print sizes", () => {
  it("makes an A6 card with 3 mm bleed 154 x 111 mm, 1819 x 1311 px at 300 dpi", () => {
    const mm = withBleed({ width: 148, height: 105 }, 3);
    expect(mm).toEqual({ width: 154, height: 111 });
    expect(printPixels(mm, 300)).toEqual({ width: 1819, height: 1311 });
  });

  it("computes the resolution a crop prints at: the lower of both directions", () => {
    expect(effectiveDpi({ width: 1819, height: 1311 }, { width: 154, height: 111 })).toBeCloseTo(300, 0);
    expect(effectiveDpi({ width: 1213, height: 874 }, { width: 154, height: 111 })).toBeCloseTo(200, 0);
    expect(effectiveDpi({ width: 6000, height: 874 }, { width: 154, height: 111 })).toBeCloseTo(200, 0);
  });
});

describe("responsiveWidths", () => {
  const candidates = [480, 800, 1200, 1600];

  it("keeps the widths the source can fill, never more than its own width", () => {
    expect(responsiveWidths(6000, candidates)).toEqual([480, 800, 1200, 1600]);
    expect(responsiveWidths(1200, candidates)).toEqual([480, 800, 1200]);
  });

  it("adds the source's own width between two candidates or below the smallest", () => {
    expect(responsiveWidths(1000, candidates)).toEqual([480, 800, 1000]);
    expect(responsiveWidths(300, candidates)).toEqual([300]);
  });
});

describe("orientedSize", () => {
  it("swaps width and height for EXIF orientations that turn the picture a quarter", () => {
    expect(orientedSize({ width: 4000, height: 3000 }, 6)).toEqual({ width: 3000, height: 4000 });
    expect(orientedSize({ width: 4000, height: 3000 }, 8)).toEqual({ width: 3000, height: 4000 });
    expect(orientedSize({ width: 4000, height: 3000 }, 3)).toEqual({ width: 4000, height: 3000 });
    expect(orientedSize({ width: 4000, height: 3000 }, undefined)).toEqual({ width: 4000, height: 3000 });
  });
});

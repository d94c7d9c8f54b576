import { describe, expect, it } from "vitest";
import { describePrint, printDpi, printMasterSize, trimSize } from "../../src/images/print.ts";

describe("printMasterSize", () => {
  it("gives each card format its size with bleed, in mm and in pixels at 300 dpi", () => {
    expect(printMasterSize({ card: "A6", orientation: "landscape", bleedMm: 3 })).toEqual({ mm: { width: 154, height: 111 }, px: { width: 1819, height: 1311 } });
    expect(printMasterSize({ card: "A6", orientation: "portrait", bleedMm: 3 })).toEqual({ mm: { width: 111, height: 154 }, px: { width: 1311, height: 1819 } });
    expect(printMasterSize({ card: "10x15", orientation: "landscape", bleedMm: 2 }).mm).toEqual({ width: 154, height: 104 });
    expect(printMasterSize({ card: "DL", orientation: "landscape", bleedMm: 3 }).px).toEqual({ width: 2551, height: 1240 });
    expect(printMasterSize({ card: "A6", orientation: "landscape", bleedMm: 0 }).mm).toEqual(trimSize("A6", "landscape"));
  });
});

describe("printDpi", () => {
  const a6 = { card: "A6", orientation: "landscape", bleedMm: 3 } as const;

  it("is the resolution of the crop on the card, in whole dpi", () => {
    expect(printDpi({ width: 1819, height: 1311 }, a6)).toBe(300);
    expect(printDpi({ width: 1810, height: 1305 }, a6)).toBe(299);
    expect(printDpi({ width: 910, height: 656 }, a6)).toBe(150);
  });

  it("is described in words for messages", () => {
    expect(describePrint(a6)).toBe("A6 landscape, 3 mm bleed: 154 x 111 mm");
  });
});

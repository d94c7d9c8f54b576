import { describe, expect, it } from "vitest";
import { plaqueLayout, PLAQUE_QR_MM } from "../../../src/outputs/postcards/plaque-layout.ts";
import { PLAQUE_FORMATS } from "../../../src/print/formats.ts";
import type { Box } from "../../../src/outputs/postcards/layout.ts";

const A6_MASTER = { width: 154, height: 111 }; // A6 landscape with 3 mm bleed, as cut at 300 dpi
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.width <= outer.x + outer.width + 1e-9 && inner.y + inner.height <= outer.y + outer.height + 1e-9;

describe("plaqueLayout", () => {
  for (const format of ["A5", "A4"] as const) {
    it(`keeps everything of an ${format} plaque inside its safe area, top to bottom, with a QR code of ${PLAQUE_QR_MM[format]} mm`, () => {
      const layout = plaqueLayout(format, 5, A6_MASTER);
      expect(layout.trim).toEqual(PLAQUE_FORMATS[format]);
      const order = [layout.picture, layout.name, layout.title, layout.qr, layout.scan, layout.address];
      for (const box of [...order, layout.logo]) expect(inside(box, layout.safe), JSON.stringify(box)).toBe(true);
      order.slice(1).forEach((box, index) => expect(box.y).toBeGreaterThanOrEqual(order[index]!.y + order[index]!.height - 1e-9));
      expect(layout.qr.width).toBe(PLAQUE_QR_MM[format]);
      expect(layout.qr.width).toBeGreaterThanOrEqual(100);
      // Centred, like the picture.
      expect(layout.qr.x + layout.qr.width / 2).toBeCloseTo(layout.trim.width / 2);
      expect(layout.picture.x + layout.picture.width / 2).toBeCloseTo(layout.trim.width / 2);
    });
  }

  it("never draws the picture larger than its print master, so it stays at 300 dpi: an A4 band is the master's width", () => {
    expect(plaqueLayout("A5", 5, A6_MASTER).picture.width).toBeLessThan(A6_MASTER.width);
    expect(plaqueLayout("A4", 5, A6_MASTER).picture.width).toBe(A6_MASTER.width);
    // A portrait card's master is narrow: so is the band.
    expect(plaqueLayout("A5", 5, { width: 111, height: 154 }).picture.width).toBe(111);
  });

  it("keeps at least the series' safe margin", () => {
    expect(plaqueLayout("A5", 12, A6_MASTER).safe.x).toBe(12);
  });
});

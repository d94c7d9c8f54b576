import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { QR_SIZE } from "../../src/outputs/postcards/layout.ts";
import { QUIET_ZONE_MODULES, qrDrawing, qrSvg } from "../../src/pdf/qr.ts";
import { readQr } from "../helpers/images.ts";

/** Renders the drawing `pixels` across and decodes it, as a phone reads the printed card. */
function decode(svg: string, pixels: number): Promise<string | undefined> {
  return readQr(sharp(Buffer.from(svg), { density: 600 }).resize(pixels, pixels));
}

describe("qrDrawing", () => {
  const url = "https://mijnerfgoed.example.be/monumenten/steenkoolmijn-waterschei/";
  const drawing = qrDrawing(url, QR_SIZE);

  it("decodes to the URL it was made from", async () => {
    expect(await decode(qrSvg(drawing), 400)).toBe(url);
  });

  it("keeps a quiet zone of four modules and modules large enough to scan from 30 cm", () => {
    expect(drawing.moduleMm * (drawing.modules + 2 * QUIET_ZONE_MODULES)).toBeCloseTo(QR_SIZE, 9);
    for (const rect of drawing.rects) {
      expect(rect.x).toBeGreaterThanOrEqual(QUIET_ZONE_MODULES * drawing.moduleMm - 1e-9);
      expect(rect.y).toBeGreaterThanOrEqual(QUIET_ZONE_MODULES * drawing.moduleMm - 1e-9);
      expect(rect.x + rect.width).toBeLessThanOrEqual(QR_SIZE - QUIET_ZONE_MODULES * drawing.moduleMm + 1e-9);
    }
    expect(drawing.moduleMm).toBeGreaterThanOrEqual(0.6);
  });

  it("merges runs of dark modules into fewer rectangles", () => {
    const darkModules = drawing.rects.reduce((sum, rect) => sum + Math.round(rect.width / drawing.moduleMm), 0);
    expect(drawing.rects.length).toBeLessThan(darkModules * 0.7);
  });
});

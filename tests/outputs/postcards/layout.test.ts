import { describe, expect, it } from "vitest";
import { CARD_FORMATS } from "../../../src/print/formats.ts";
import { backLayout, BARCODE_ZONE_HEIGHT, contains, frontLayout, LOGO_HEIGHT, logoPlacement, overlaps, QR_SIZE, type Box } from "../../../src/outputs/postcards/layout.ts";

const A6 = { trim: CARD_FORMATS.A6, bleedMm: 3, safeMm: 5 };

describe("backLayout", () => {
  const back = backLayout(A6);

  it("is the A6 card plus 3 mm bleed: 154 x 111 mm, trim at 3 mm", () => {
    expect(back.page).toEqual({ width: 154, height: 111 });
    expect(back.trim).toEqual({ x: 3, y: 3, width: 148, height: 105 });
    expect(back.safe).toEqual({ x: 8, y: 8, width: 138, height: 95 });
  });

  it("keeps the right half for postage and address, as bpost asks", () => {
    expect(back.divider).toEqual({ x1: 77, y1: 8, x2: 77, y2: 78 });
    expect(back.franking).toEqual({ x: 77, y: 3, width: 74, height: 40 });
    expect(contains(back.franking, back.stamp)).toBe(true);
    expect(back.stamp.x + back.stamp.width).toBe(151 - 5); // in the top-right corner, inside the safe zone
    expect(back.barcodeZone).toEqual({ x: 77, y: 78, width: 74, height: BARCODE_ZONE_HEIGHT });
    expect(back.addressLines).toHaveLength(4);
    for (const line of back.addressLines) {
      expect(line.y1).toBeGreaterThan(back.franking.y + back.franking.height);
      expect(line.y1).toBeLessThan(back.barcodeZone.y);
      expect(line.x1).toBeGreaterThan(back.divider.x1);
    }
  });

  for (const [name, trim] of Object.entries(CARD_FORMATS)) {
    it(`keeps the text of a ${name} card in the left half, inside the safe zone, out of each other's way`, () => {
      const layout = backLayout({ trim, bleedMm: 3, safeMm: 5 });
      const leftHalf: Box = { x: layout.safe.x, y: layout.safe.y, width: layout.divider.x1 - layout.safe.x, height: layout.safe.height };
      const boxes = { series: layout.series, title: layout.title, text: layout.text, qr: layout.qr, about: layout.about };
      for (const [label, box] of Object.entries(boxes)) {
        expect(contains(leftHalf, box), label).toBe(true);
        expect(box.width, label).toBeGreaterThan(0);
        expect(box.height, label).toBeGreaterThan(0);
        expect(overlaps(box, layout.barcodeZone), label).toBe(false);
        expect(overlaps(box, layout.franking), label).toBe(false);
      }
      const list = Object.entries(boxes);
      for (const [a, first] of list) for (const [b, second] of list) if (a < b) expect(overlaps(first, second), `${a} and ${b}`).toBe(false);
      expect(layout.qr.width).toBe(QR_SIZE);
      expect(layout.text.height).toBeGreaterThan(30);
    });
  }
});

describe("frontLayout", () => {
  it("lets the picture fill the page, bleed included, with the title band inside the safe zone", () => {
    const front = frontLayout(A6);
    expect(front.image).toEqual({ x: 0, y: 0, width: 154, height: 111 });
    expect(contains(front.safe, front.band)).toBe(true);
    expect(front.band.y + front.band.height).toBe(111 - 3 - 5);
  });
});

describe("logoPlacement", () => {
  const front = frontLayout(A6);

  it("puts the logo at the right end of the band, 8 mm high, inside the safe zone", () => {
    const { logo, plate } = logoPlacement(front, 2.5, true);
    expect(plate).toBeUndefined();
    expect(logo.height).toBeCloseTo(LOGO_HEIGHT, 6);
    expect(logo.width).toBeCloseTo(20, 6);
    expect(contains(front.band, logo)).toBe(true);
    expect(front.band.x + front.band.width - (logo.x + logo.width)).toBeCloseTo(2, 6);
  });

  it("makes a wide logo smaller so that it takes at most a third of the card", () => {
    const { logo } = logoPlacement(front, 12, true);
    expect(logo.width).toBeCloseTo(front.safe.width / 3, 6);
    expect(logo.width / logo.height).toBeCloseTo(12, 6);
    expect(contains(front.band, logo)).toBe(true);
  });

  it("without a band, puts it on a white plate in the safe zone's bottom-right corner", () => {
    for (const [name, trim] of Object.entries(CARD_FORMATS)) {
      for (const card of [{ ...A6, trim }, { ...A6, trim: { width: trim.height, height: trim.width } }]) {
        const layout = frontLayout(card);
        const { logo, plate } = logoPlacement(layout, 1, false);
        expect(contains(layout.safe, plate!), name).toBe(true);
        expect(contains(plate!, logo), name).toBe(true);
        expect(plate!.x + plate!.width).toBeCloseTo(layout.safe.x + layout.safe.width, 6);
        expect(plate!.y + plate!.height).toBeCloseTo(layout.safe.y + layout.safe.height, 6);
      }
    }
  });
});

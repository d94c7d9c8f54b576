import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { fitText, type MeasureText } from "../../src/pdf/fit-text.ts";
import { FONTS } from "../../src/pdf/fonts.ts";
import { mmToPt, ptToMm } from "../../src/pdf/units.ts";

/** Measures with pdfkit and the project's font, as the postcard renderer will. */
function pdfkitMeasure(): MeasureText {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(FONTS.regular);
  return (text, sizePt, widthMm) => ptToMm(doc.fontSize(sizePt).heightOfString(text, { width: mmToPt(widthMm), lineGap: 1 }));
}

const box = { width: 64, height: 40 };
const measure = pdfkitMeasure();
const SENTENCE = "Winterslag was de eerste Kempense mijn die steenkool bovenhaalde. ";

describe("fitText", () => {
  it("keeps a short text at the largest size", () => {
    expect(fitText(SENTENCE, box, measure, { maxSizePt: 10, minSizePt: 7 })).toEqual({ fits: true, sizePt: 10 });
  });

  it("shrinks a longer text in half-point steps until it fits", () => {
    const text = SENTENCE.repeat(5).trim();
    const result = fitText(text, box, measure, { maxSizePt: 10, minSizePt: 7 });
    expect(result.fits).toBe(true);
    expect(result.sizePt).toBeLessThan(10);
    expect(result.sizePt).toBeGreaterThanOrEqual(7);
    expect(measure(text, result.sizePt, box.width)).toBeLessThanOrEqual(box.height);
    expect(measure(text, result.sizePt + 0.5, box.width)).toBeGreaterThan(box.height);
  });

  it("says by how many characters a text is too long at the smallest size, never cutting it", () => {
    const text = SENTENCE.repeat(12).trim();
    const result = fitText(text, box, measure, { maxSizePt: 10, minSizePt: 7 });
    expect(result.fits).toBe(false);
    if (result.fits) return;
    expect(result.tooLongBy).toBeGreaterThan(0);
    // Shortened by that much (at a word boundary) it fits.
    const shortened = text.slice(0, text.length - result.tooLongBy).replace(/\s+\S*$/, "");
    expect(fitText(shortened, box, measure, { maxSizePt: 10, minSizePt: 7 }).fits).toBe(true);
  });
});

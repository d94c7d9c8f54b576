import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, cmyk } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { builtInCmykProfile } from "../../src/images/cmyk-profile.ts";
import { markPdfX4, pdfX4Bytes } from "../../src/pdf/pdfx.ts";
import { readIccProfile } from "../../src/print/icc.ts";
import { pdfSubtype, preflightPdfX4 } from "../helpers/preflight.ts";

const work = mkdtempSync(path.join(tmpdir(), "schachtbok-pdfx-"));
const date = new Date(Date.UTC(2026, 0, 1));

/** A one-page card in CMYK (A6 with 3 mm bleed), made PDF/X-4 with sharp's CMYK profile. */
async function card(title = "Kaart"): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const mm = 72 / 25.4;
  const page = doc.addPage([154 * mm, 111 * mm]);
  page.setTrimBox(3 * mm, 3 * mm, 148 * mm, 105 * mm);
  page.setBleedBox(0, 0, 154 * mm, 111 * mm);
  page.drawRectangle({ x: 0, y: 0, width: 154 * mm, height: 111 * mm, color: cmyk(0.1, 0.2, 0.6, 0) });
  markPdfX4(doc, { profile: await builtInCmykProfile(), conditionIdentifier: "Custom", condition: "Chemical proof", title, author: "Erfgoedcel", date });
  return pdfX4Bytes(await doc.save({ useObjectStreams: false }));
}

/** The 132-byte header of an ICC profile with this device class and colour space, and no tags. */
function iccHeader(deviceClass: string, colourSpace: string): Uint8Array {
  const bytes = new Uint8Array(132);
  new DataView(bytes.buffer).setUint32(0, 132);
  bytes.set(new TextEncoder().encode(deviceClass), 12);
  bytes.set(new TextEncoder().encode(colourSpace), 16);
  bytes.set(new TextEncoder().encode("acsp"), 36);
  return bytes;
}

describe("readIccProfile", () => {
  it("reads sharp's built-in CMYK profile: an output profile for CMYK, with its description", async () => {
    const profile = await builtInCmykProfile();
    expect(profile).toMatchObject({ colourSpace: "CMYK", deviceClass: "prtr", description: "Chemical proof" });
    expect(profile.bytes.byteLength).toBeGreaterThan(100_000);
  });

  it("refuses what is not an ICC profile, or is cut short", () => {
    expect(() => readIccProfile(new TextEncoder().encode("%PDF-1.6 not a profile at all, but long enough to have a header ".repeat(3)))).toThrow(/not an ICC colour profile/);
    const header = iccHeader("prtr", "CMYK");
    new DataView(header.buffer).setUint32(0, 10_000);
    expect(() => readIccProfile(header)).toThrow(/cut short/);
  });
});

describe("markPdfX4", () => {
  it("writes a file that passes the print-shop preflight: output intent, PDF/X keys, XMP, boxes, PDF 1.6", async () => {
    const file = path.join(work, "card.pdf");
    writeFileSync(file, await card());
    expect(pdfSubtype(file)).toBe("PDF/X-4");
    expect(preflightPdfX4(file, { trimMm: { width: 148, height: 105 }, bleedMm: 3 })).toEqual([]);
  });

  it("gives the same bytes for the same content, other bytes for another title", async () => {
    const first = Buffer.from(await card());
    expect(Buffer.from(await card()).equals(first)).toBe(true);
    expect(Buffer.from(await card("Andere kaart")).equals(first)).toBe(false);
  });

  it("refuses a profile that is not for CMYK printing", async () => {
    const doc = await PDFDocument.create();
    const options = { conditionIdentifier: "Custom", title: "x", date };
    expect(() => markPdfX4(doc, { ...options, profile: readIccProfile(iccHeader("mntr", "RGB ")) })).toThrow(/for RGB colours, not CMYK/);
    expect(() => markPdfX4(doc, { ...options, profile: readIccProfile(iccHeader("mntr", "CMYK")) })).toThrow(/not an output \(printer\) profile/);
  });

  it("is what the preflight checks: without it the same card fails on every PDF/X entry", async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([300, 200]).drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: cmyk(0, 0, 0, 1) });
    const file = path.join(work, "plain.pdf");
    writeFileSync(file, await doc.save());
    const problems = preflightPdfX4(file).join("\n");
    for (const expected of [/PDF 1\.6 at most/, /no output intent/, /GTS_PDFXVersion/, /Trapped/, /no XMP metadata/, /no file \/ID/, /page 1 has no TrimBox/]) expect(problems).toMatch(expected);
  });
});

describe("pdfX4Bytes", () => {
  it("declares the file PDF 1.6 without moving a byte, and refuses what is not a PDF", () => {
    const saved = new TextEncoder().encode("%PDF-1.7\n%...\n");
    expect(new TextDecoder().decode(pdfX4Bytes(saved))).toBe("%PDF-1.6\n%...\n");
    expect(() => pdfX4Bytes(new TextEncoder().encode("GIF89a.."))).toThrow(/not a PDF/);
  });
});

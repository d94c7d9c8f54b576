import { mmToPt } from "./units.ts";

// Shared by every PDF the project writes.

/** The whole document as bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/**
 * A new page for print: the trim (`width` x `height` mm) with `bleedMm` on every side, and the
 * TrimBox and BleedBox that tell the print shop where to cut.
 */
export function addBleedPage(doc: PDFKit.PDFDocument, trim: { width: number; height: number }, bleedMm: number): void {
  const page = { width: trim.width + 2 * bleedMm, height: trim.height + 2 * bleedMm };
  doc.addPage({ size: [mmToPt(page.width), mmToPt(page.height)], margin: 0 });
  // PDF boxes are [left, bottom, right, top] in points from the bottom-left corner.
  const data = (doc.page.dictionary as unknown as { data: Record<string, unknown> }).data;
  data.TrimBox = [bleedMm, bleedMm, bleedMm + trim.width, bleedMm + trim.height].map(mmToPt);
  data.BleedBox = [0, 0, mmToPt(page.width), mmToPt(page.height)];
}

import { addBleedPage } from "../pdf/document.ts";
import { FONTS } from "../pdf/fonts.ts";
import { mmToPt } from "../pdf/units.ts";
import type { Drawing, Ink } from "./drawing.ts";

// A drawing (drawing.ts) as a page of a pdfkit document: every colour in DeviceCMYK (inks in
// percent, as pdfkit takes them), text in the embedded and subset TrueType fonts, placed on its
// baseline where the layout broke it. The page is the trim with `bleedMm` around it; TrimBox and
// BleedBox say where to cut.

const cmyk = (ink: Ink) => [...ink] as unknown as PDFKit.Mixins.ColorValue;

export function addDrawingPage(doc: PDFKit.PDFDocument, drawing: Drawing, bleedMm: number): void {
  addBleedPage(doc, drawing, bleedMm);
  const x = (mm: number) => mmToPt(bleedMm + mm);

  for (const item of drawing.items) {
    doc.save();
    switch (item.kind) {
      case "rect":
        doc.rect(x(item.x), x(item.y), mmToPt(item.width), mmToPt(item.height));
        paint(doc, item);
        break;
      case "circle":
        if (item.dash) doc.dash(mmToPt(item.dash[0]), { space: mmToPt(item.dash[1]) });
        doc.circle(x(item.x), x(item.y), mmToPt(item.r));
        paint(doc, item);
        break;
      case "path": {
        const [first, ...rest] = item.points;
        if (!first) break;
        if (item.dash) doc.dash(mmToPt(item.dash[0]), { space: mmToPt(item.dash[1]) });
        doc.lineJoin("round").lineCap("round").moveTo(x(first.x), x(first.y));
        for (const point of rest) doc.lineTo(x(point.x), x(point.y));
        if (item.closed) doc.closePath();
        paint(doc, item);
        break;
      }
      case "text":
        doc.font(FONTS[item.font]).fontSize(item.sizePt).fillColor(cmyk(item.ink)).text(item.text, x(item.x), x(item.y), { lineBreak: false, baseline: "alphabetic" });
        break;
      case "qr":
        doc.fillColor(cmyk(item.ink));
        for (const rect of item.rects) doc.rect(x(item.x + rect.x), x(item.y + rect.y), mmToPt(rect.width), mmToPt(rect.height));
        doc.fill();
        break;
    }
    doc.restore();
  }
}

function paint(doc: PDFKit.PDFDocument, item: { fill?: Ink; stroke?: Ink; lineWidth?: number }): void {
  if (item.stroke) doc.lineWidth(mmToPt(item.lineWidth ?? 0.25));
  if (item.fill && item.stroke) doc.fillAndStroke(cmyk(item.fill), cmyk(item.stroke));
  else if (item.fill) doc.fill(cmyk(item.fill));
  else if (item.stroke) doc.stroke(cmyk(item.stroke));
}

import { pdfBytes } from "../../pdf/document.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { markPdfX4, pdfX4Bytes } from "../../pdf/pdfx.ts";
import { addDrawingPage } from "../../print/pdf-drawing.ts";
import { drawingSvg } from "../../print/svg-drawing.ts";
import { pdfkitDocument, pdfLibrary } from "../pdf-libraries.ts";
import type { PressIntent } from "../press-intent.ts";
import type { FlyerContent } from "./content.ts";
import { flyerLayout, type FlyerLayout } from "./layout.ts";

// A flyer's files from its content: the PDF/X-4 file and its two pictures. No files, no cache: the
// build (write.ts) calls it on its own thread or on worker threads (worker.ts).

export const FLYER_BLEED_MM = 3;
/** The previews' width in CSS pixels (the whole sheet); being SVG, they stay sharp larger. */
export const FLYER_PREVIEW_WIDTH = 600;
/** Flyers carry this date (the same content gives the same bytes). */
const FLYER_DATE = new Date(Date.UTC(2000, 0, 1));

/** A flyer's three files, and what its layout had to leave off. */
export interface FlyerMade {
  pdf: Buffer;
  outside: Buffer;
  inside: Buffer;
  omitted: FlyerLayout["omitted"];
}

export interface FlyerDocuments extends FlyerMade {
  layout: FlyerLayout;
}

/** The flyer's PDF/X-4 file and its two preview pictures. */
export async function flyerDocuments(content: FlyerContent, intent: PressIntent): Promise<FlyerDocuments> {
  const layout = flyerLayout(content, FLYER_BLEED_MM);
  const PDFDocument = pdfkitDocument();
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: FONTS.regular,
    pdfVersion: "1.6",
    lang: content.lang,
    info: { Title: content.documentTitle, Author: content.organisation, Creator: "schachtbok", Producer: "schachtbok (pdfkit)", CreationDate: FLYER_DATE, ModDate: FLYER_DATE },
  });
  addDrawingPage(doc, layout.outside, FLYER_BLEED_MM);
  addDrawingPage(doc, layout.inside, FLYER_BLEED_MM);
  const loaded = await pdfLibrary().PDFDocument.load(await pdfBytes(doc), { updateMetadata: false });
  markPdfX4(loaded, { ...intent, title: content.documentTitle, author: content.organisation, date: FLYER_DATE });
  const saved = pdfX4Bytes(await loaded.save({ useObjectStreams: false, objectsPerTick: Infinity }));
  const outside = Buffer.from(drawingSvg(layout.outside, FLYER_PREVIEW_WIDTH));
  const inside = Buffer.from(drawingSvg(layout.inside, FLYER_PREVIEW_WIDTH));
  return { pdf: Buffer.from(saved.buffer, saved.byteOffset, saved.byteLength), outside, inside, omitted: layout.omitted, layout };
}


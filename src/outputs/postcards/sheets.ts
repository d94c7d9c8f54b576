import type { PDFDocument } from "pdf-lib";
import { pdfLibrary } from "../pdf-libraries.ts";
import type { PostcardSeries } from "../../content/model.ts";
import { mmToPt } from "../../pdf/units.ts";
import { backRotation, backSlot, cropMarks, drawOrigin, impose, type Imposition, type Rotation } from "./imposition.ts";
import { SHEET_SIZES } from "../../print/formats.ts";
import { pageSize } from "./layout.ts";
import { cardGeometry } from "./render.ts";
import { markPdfX4, pdfX4Bytes } from "../../pdf/pdfx.ts";
import type { PressIntent } from "../press-intent.ts";

// Sheets for printing in-house or at a small print shop: as many cards as fit
// (imposition.ts computes it; cards are never scaled), fronts on one side and
// backs on the other, placed so that after the printer turns the sheet each back
// lands behind its own front. Crop marks sit outside the bleed, never on a card.
// The cards are the pages of the print-shop PDF, placed with pdf-lib: a picture
// used on several cards is still in the file once.

const MARK_WIDTH_PT = 0.25;
/** Plain cross-reference tables, and no pause every 50 objects (pdf-lib's default yields to the event loop). */
const SAVE = { useObjectStreams: false, objectsPerTick: Infinity } as const;

/** The saved bytes as a Buffer, without copying tens of megabytes. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class SheetProblem extends Error {}

export function sheetImposition(series: PostcardSeries): Imposition {
  const page = pageSize(cardGeometry(series, "front"));
  return impose(page, { sheet: SHEET_SIZES[series.sheet.size], marginMm: series.sheet.marginMm, gutterMm: series.sheet.gutterMm });
}

export type { PressIntent } from "../press-intent.ts";

/**
 * The sheets PDF from the print-shop PDF (front, back, front, back, ...), as bytes or already loaded.
 * With `intent` (a CMYK series) it is PDF/X-4, each sheet trimmed at its edges.
 */
export async function sheetsPdf(series: PostcardSeries, printPdf: Uint8Array | PDFDocument, intent?: PressIntent, author?: string): Promise<Buffer> {
  const imposition = sheetImposition(series);
  const perSheet = imposition.slots.length;
  const sheet = SHEET_SIZES[series.sheet.size];
  if (perSheet === 0) {
    throw new SheetProblem(`a ${series.print.card} card with its bleed does not fit on ${series.sheet.size} with a ${series.sheet.marginMm} mm margin`);
  }
  const { cmyk, degrees, rgb } = pdfLibrary();
  const source = printPdf instanceof Uint8Array ? await pdfLibrary().PDFDocument.load(printPdf, { updateMetadata: false }) : printPdf;
  const title = `${series.title} (${series.year}): vellen ${series.sheet.size}`;
  const output = await newDocument(series, title);
  const embedded = await output.embedPages(source.getPages());
  const pages = { front: pageSize(cardGeometry(series, "front")), back: pageSize(cardGeometry(series, "back")) };
  // A portrait card's back is landscape: it goes into the same place on the sheet, a quarter turned.
  const quarter = series.print.orientation === "portrait";
  const black = series.colour === "cmyk" ? cmyk(0, 0, 0, 1) : rgb(0, 0, 0);
  const frontRotation: Rotation = imposition.rotated ? 90 : 0;

  for (let first = 0; first < series.cards.length; first += perSheet) {
    const cards = series.cards.slice(first, first + perSheet);
    for (const side of ["front", "back"] as const) {
      const sheetPage = output.addPage([mmToPt(sheet.width), mmToPt(sheet.height)]);
      // The sheet is what the press prints and the cutter cuts: trimmed at its own edges.
      sheetPage.setTrimBox(0, 0, mmToPt(sheet.width), mmToPt(sheet.height));
      sheetPage.setBleedBox(0, 0, mmToPt(sheet.width), mmToPt(sheet.height));
      cards.forEach((card, index) => {
        const frontSlot = imposition.slots[index]!;
        let slot = frontSlot;
        let rotation: Rotation = frontRotation;
        if (side === "back") {
          const target = backSlot(frontSlot, imposition, series.sheet.duplex);
          slot = imposition.slots.find((candidate) => candidate.column === target.column && candidate.row === target.row)!;
          rotation = backRotation(frontRotation, series.sheet.duplex, quarter);
        }
        const origin = drawOrigin({ x: slot.x, y: slot.y, ...imposition.cell }, sheet.height, rotation);
        sheetPage.drawPage(embedded[(card.number - 1) * 2 + (side === "back" ? 1 : 0)]!, {
          x: mmToPt(origin.x),
          y: mmToPt(origin.y),
          width: mmToPt(pages[side].width),
          height: mmToPt(pages[side].height),
          rotate: degrees(rotation),
        });
        for (const mark of cropMarks(slot, imposition, series.print.bleedMm)) {
          sheetPage.drawLine({
            start: { x: mmToPt(mark.x1), y: mmToPt(sheet.height - mark.y1) },
            end: { x: mmToPt(mark.x2), y: mmToPt(sheet.height - mark.y2) },
            thickness: MARK_WIDTH_PT,
            color: black,
          });
        }
      });
    }
  }
  if (!intent) return asBuffer(await output.save(SAVE));
  markPdfX4(output, { ...intent, title, author, date: seriesDate(series) });
  return asBuffer(pdfX4Bytes(await output.save(SAVE)));
}

/** A series' PDF (pdfkit's, loaded) as PDF/X-4 for `intent`, with this title (default: the print-shop PDF's): its bytes. */
export async function printPdfX(series: PostcardSeries, printPdf: PDFDocument, intent: PressIntent, author?: string, title = `${series.title} (${series.year})`): Promise<Buffer> {
  markPdfX4(printPdf, { ...intent, title, author, date: seriesDate(series) });
  return asBuffer(pdfX4Bytes(await printPdf.save(SAVE)));
}

/** A series' documents are dated 1 January of its year: the same content gives the same bytes. */
function seriesDate(series: PostcardSeries): Date {
  return new Date(Date.UTC(series.year, 0, 1));
}

/** An empty pdf-lib document with fixed metadata: the same content gives the same bytes. */
async function newDocument(series: PostcardSeries, title: string): Promise<PDFDocument> {
  const output = await pdfLibrary().PDFDocument.create({ updateMetadata: false });
  const fixed = seriesDate(series);
  output.setTitle(title);
  output.setCreator("schachtbok");
  output.setProducer("schachtbok (pdf-lib)");
  output.setCreationDate(fixed);
  output.setModificationDate(fixed);
  return output;
}

/**
 * One PDF per card (front and back), copied out of the print-shop PDF rather than drawn
 * again: the same pages, boxes and fonts, at a fraction of the time.
 */
export async function cardPdfs(series: PostcardSeries, printPdf: PDFDocument): Promise<Buffer[]> {
  const documents: Buffer[] = [];
  for (const card of series.cards) {
    const output = await newDocument(series, `${series.title} ${card.number}/${series.cards.length}: ${card.about.title}`);
    const pages = await output.copyPages(printPdf, [(card.number - 1) * 2, (card.number - 1) * 2 + 1]);
    for (const page of pages) output.addPage(page);
    documents.push(asBuffer(await output.save(SAVE)));
  }
  return documents;
}

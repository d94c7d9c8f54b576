import type { PostcardCard, PostcardSeries, SiteConfig } from "../../content/model.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { pdfBytes } from "../../pdf/document.ts";
import { fitText } from "../../pdf/fit-text.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { qrDrawing } from "../../pdf/qr.ts";
import { mmToPt } from "../../pdf/units.ts";
import { PLAQUE_FORMATS } from "../../print/formats.ts";
import { absoluteUrl, displayUrl } from "../../urls.ts";
import { pdfkitDocument } from "../pdf-libraries.ts";
import { plaqueLayout, type PlaqueLayout } from "./plaque-layout.ts";
import { addCardPage, measureWith, palette, PostcardProblem, textIn } from "./render.ts";

// QR info plaques (a series' `plaques: A5` or `A4`): one sign per card, to hang at its monument,
// drawn with pdfkit from plaque-layout.ts. The picture is the card's print master, the texts are
// the card's (in the series' language), the QR code opens the monument's page in that language.
// Like the print-shop PDF, a CMYK series' plaques are PDF/X-4 (write.ts).

/** The plaques of a series, one page each, as a PDF. */
export async function plaquesPdf(series: PostcardSeries, config: Pick<SiteConfig, "baseUrl" | "organisation">): Promise<Buffer> {
  if (!series.plaques) throw new Error(`the series ${series.slug} has no plaques`);
  const fixed = new Date(Date.UTC(series.year, 0, 1));
  const PDFDocument = pdfkitDocument();
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: FONTS.regular,
    pdfVersion: "1.6",
    info: { Title: plaquesTitle(series), Author: config.organisation, Creator: "schachtbok", Producer: "schachtbok (pdfkit)", CreationDate: fixed, ModDate: fixed },
  });
  for (const card of series.cards) drawPlaque(doc, series, card, config);
  return pdfBytes(doc);
}

export function plaquesTitle(series: PostcardSeries): string {
  return `${series.title} (${series.year}): QR ${series.plaques}`;
}

/** The picture's largest size on a plaque: its print master's own, so it prints at 300 dpi or more. */
function masterSize(card: PostcardCard): { width: number; height: number } {
  if (!card.master) throw new Error(`no print master for ${card.monument.slug}: run the image pipeline first`);
  const mm = (px: number) => (px / 300) * 25.4;
  return { width: mm(card.master.px.width), height: mm(card.master.px.height) };
}

function drawPlaque(doc: PDFKit.PDFDocument, series: PostcardSeries, card: PostcardCard, config: Pick<SiteConfig, "baseUrl">): void {
  const layout = plaqueLayout(series.plaques!, series.safeMm, masterSize(card));
  const colours = palette(series.colour);
  const black = series.colour === "cmyk" ? [0, 0, 0, 100] : "#000000";
  const name = fitOrFail(series, card, card.about.title, layout.name, layout.sizes.nameMin, layout.sizes.nameMax, measureWith(doc, FONTS.bold));
  const title = fitOrFail(series, card, card.title, layout.title, layout.sizes.titleMin, layout.sizes.titleMax, measureWith(doc, FONTS.regular));
  addCardPage(doc, { trim: PLAQUE_FORMATS[series.plaques!], bleedMm: series.print.bleedMm });
  const at = (mm: number) => mmToPt(series.print.bleedMm + mm);

  // The picture: the print master scaled to cover the band (never enlarged past the master) and cropped to it.
  const picture = layout.picture;
  const master = masterSize(card);
  const scale = Math.max(picture.width / master.width, picture.height / master.height);
  const drawn = { width: master.width * scale, height: master.height * scale };
  doc.save().rect(at(picture.x), at(picture.y), mmToPt(picture.width), mmToPt(picture.height)).clip();
  doc.image(card.master!.file, at(picture.x - (drawn.width - picture.width) / 2), at(picture.y - (drawn.height - picture.height) / 2), {
    width: mmToPt(drawn.width),
    height: mmToPt(drawn.height),
  });
  doc.restore();

  const shifted = (box: PlaqueLayout["name"]) => ({ ...box, x: box.x + series.print.bleedMm, y: box.y + series.print.bleedMm });
  textIn(doc, card.about.title, shifted(layout.name), FONTS.bold, name, colours.text, { align: "center" });
  textIn(doc, card.title, shifted(layout.title), FONTS.regular, title, colours.text, { align: "center" });

  // The QR code to the monument's page, as vector squares in 100% black (CMYK) or black.
  const url = absoluteUrl(card.about.url, config.baseUrl);
  const qr = qrDrawing(url, layout.qr.width);
  doc.save().fillColor(black as never);
  for (const rect of qr.rects) doc.rect(at(layout.qr.x + rect.x), at(layout.qr.y + rect.y), mmToPt(rect.width), mmToPt(rect.height));
  doc.fill().restore();

  textIn(doc, messagesFor(series.language).plaque.scan, shifted(layout.scan), FONTS.bold, layout.sizes.scan, colours.text, { lineBreak: false, ellipsis: true });
  textIn(doc, displayUrl(url), shifted(layout.address), FONTS.regular, layout.sizes.address, colours.muted);
  if (series.logo?.print) {
    // Scaled into its box, kept to its proportions, against the box's right edge.
    const box = layout.logo;
    const width = Math.min(box.width, box.height * series.logo.print.aspect);
    const height = width / series.logo.print.aspect;
    doc.image(series.logo.print.file, at(box.x + box.width - width), at(box.y + box.height - height), { width: mmToPt(width), height: mmToPt(height) });
  }
}

/**
 * The type size that fits `text` in `box`; a text too long even at the smallest size stops the build,
 * on the line it is written (the monument's name, or the card's title where its fun fact is written).
 */
function fitOrFail(series: PostcardSeries, card: PostcardCard, text: string, box: { width: number; height: number }, min: number, max: number, measure: (text: string, sizePt: number, widthMm: number) => number): number {
  const fitted = fitText(text, box, measure, { maxSizePt: max, minSizePt: min });
  if (fitted.fits) return fitted.sizePt;
  const isName = text === card.about.title;
  const titlePath = card.textSource.path[0] === "cards" ? ["cards", card.number - 1, "title"] : ["postcard", "title"];
  throw new PostcardProblem({
    file: isName ? card.monument.source.path : card.textSource.file,
    path: isName ? ["title"] : titlePath,
    severity: "error",
    message: `"${text}" is too long for the QR plaque of card ${card.number} of "${series.title}" (${series.plaques}), even at ${Math.round(min)} pt`,
    hint: `shorten it by about ${fitted.tooLongBy} characters`,
  });
}

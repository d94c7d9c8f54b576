import { pdfkitDocument } from "../pdf-libraries.ts";
import type { PostcardCard, PostcardSeries, SiteConfig } from "../../content/model.ts";
import type { ContentProblem } from "../../content/problems.ts";
import { imageCreditText } from "../../i18n/credits.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { trimSize } from "../../images/print.ts";
import { fitText, type MeasureText } from "../../pdf/fit-text.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { qrDrawing } from "../../pdf/qr.ts";
import { mmToPt, ptToMm } from "../../pdf/units.ts";
import { addBleedPage, pdfBytes } from "../../pdf/document.ts";
import { absoluteUrl } from "../../urls.ts";
import { backLayout, frontLayout, logoPlacement, type BackLayout, type Box, type CardGeometry, type FrontLayout, type LogoPlacement } from "./layout.ts";

// Postcards as PDF pages with pdfkit: the layout (layout.ts) in millimetres,
// drawn in points. Each page is the card plus bleed, with TrimBox and BleedBox
// set on the page (pdfkit has no API for them). Same content, same bytes: the
// document's dates are fixed, so its file ID is too.

/** Sizes of the back's text, in points. The fun fact shrinks from the first to the second. */
export const TEXT_SIZES = { series: 7, title: 11.5, textMax: 10, textMin: 7.5, about: 7, credit: 6 } as const;
const LINE_GAP = 1.2;

export type Colour = string | [number, number, number, number];

/** Colours for screen (RGB) or press (CMYK, small text in 100% black). */
export function palette(colour: PostcardSeries["colour"]) {
  return colour === "cmyk"
    ? { text: [0, 0, 0, 100] as Colour, muted: [0, 0, 0, 70] as Colour, rule: [0, 0, 0, 50] as Colour, band: [0, 0, 0, 0] as Colour }
    : { text: "#1d1b18" as Colour, muted: "#555049" as Colour, rule: "#8c857b" as Colour, band: "#ffffff" as Colour };
}

/** A problem with a card that stops the build: the text does not fit. */
export class PostcardProblem extends Error {
  constructor(readonly problem: Omit<ContentProblem, "line" | "field"> & { path: PropertyKey[] }) {
    super(problem.message);
  }
}

/** The back is always laid out landscape; the front follows the series' orientation. */
export function cardGeometry(series: PostcardSeries, side: "front" | "back" = "back"): CardGeometry {
  const orientation = side === "front" ? series.print.orientation : "landscape";
  return { trim: trimSize(series.print.card, orientation), bleedMm: series.print.bleedMm, safeMm: series.safeMm };
}

/** A pdfkit document for a series, with fixed dates (so identical bytes for identical content). */
export function createDocument(series: PostcardSeries, config: Pick<SiteConfig, "organisation">, title: string): PDFKit.PDFDocument {
  const fixed = new Date(Date.UTC(series.year, 0, 1));
  const PDFDocument = pdfkitDocument();
  return new PDFDocument({
    autoFirstPage: false,
    font: FONTS.regular,
    pdfVersion: "1.6",
    info: { Title: title, Author: config.organisation, Creator: "schachtbok", Producer: "schachtbok (pdfkit)", CreationDate: fixed, ModDate: fixed },
  });
}

/** A page of the trim plus bleed on every side, with TrimBox and BleedBox (pdfkit has no API for them). */
export function addCardPage(doc: PDFKit.PDFDocument, card: Pick<CardGeometry, "trim" | "bleedMm">): void {
  addBleedPage(doc, card.trim, card.bleedMm);
}

export function measureWith(doc: PDFKit.PDFDocument, font: string): MeasureText {
  return (text, sizePt, widthMm) => ptToMm(doc.font(font).fontSize(sizePt).heightOfString(text, { width: mmToPt(widthMm), lineGap: LINE_GAP }));
}

/** A piece of text on a card: what, in which font and size, where. The PDF and the preview draw the same list. */
export interface TextBlock {
  text: string;
  font: string;
  sizePt: number;
  box: Box;
  tone: "text" | "muted";
  align?: "center";
  /** One line, cut with an ellipsis if it is longer (never for content that must be read whole). */
  oneLine?: boolean;
}

/** Measures text in a font (pdfkit's metrics), for fitting and stacking. */
export type MeasureIn = (font: string) => MeasureText;

/** Where the series' logo goes on the front, if it has one (prepared by logo.ts). */
export function frontLogo(series: PostcardSeries, layout: FrontLayout): LogoPlacement | undefined {
  if (!series.logo) return undefined;
  if (!series.logo.print) throw new Error(`the logo of ${series.slug} is not prepared: call prepareLogo first`);
  return logoPlacement(layout, series.logo.print.aspect, series.band);
}

/**
 * The monument's name in the front's band, as large as fits (one line with an ellipsis if
 * even 8 pt is too large), left of the logo if there is one.
 */
export function frontTitle(card: PostcardCard, layout: FrontLayout, measure: MeasureIn, logo?: Box): TextBlock {
  const band = layout.band;
  const right = logo ? logo.x - 3 : band.x + band.width - 3;
  const box: Box = { x: band.x + 3, y: band.y + 2.5, width: right - (band.x + 3), height: band.height - 4 };
  const fitted = fitText(card.about.title, box, measure(FONTS.bold), { maxSizePt: 13, minSizePt: 8 });
  return { text: card.about.title, font: FONTS.bold, sizePt: fitted.sizePt, box, tone: "text", ...(fitted.fits ? {} : { oneLine: true }) };
}

/**
 * The words on a card's back and where they go. Throws a PostcardProblem when the fun
 * fact does not fit at the smallest size: text is never cut.
 */
export function backTexts(series: PostcardSeries, card: PostcardCard, layout: BackLayout, measure: MeasureIn): TextBlock[] {
  const fitted = fitText(card.text, layout.text, measure(FONTS.regular), { maxSizePt: TEXT_SIZES.textMax, minSizePt: TEXT_SIZES.textMin });
  if (!fitted.fits) {
    throw new PostcardProblem({
      file: card.textSource.file,
      path: card.textSource.path,
      severity: "error",
      message: `the fun fact is too long for card ${card.number} of "${series.title}", even at ${TEXT_SIZES.textMin} pt`,
      hint: `shorten it by about ${fitted.tooLongBy} characters`,
    });
  }
  const titleSize = fitText(card.title, layout.title, measure(FONTS.bold), { maxSizePt: TEXT_SIZES.title, minSizePt: 8 }).sizePt;
  const { about, stamp } = layout;
  const nameHeight = measure(FONTS.bold)(card.about.title, TEXT_SIZES.about, about.width);
  const labels = messagesFor(series.language).postcard;
  const credit = `${labels.image}: ${imageCreditText(card.image, series.language)}`;
  const creditHeight = measure(FONTS.regular)(credit, TEXT_SIZES.credit, about.width);
  return [
    { text: labels.stamp, font: FONTS.regular, sizePt: 6, box: { x: stamp.x, y: stamp.y + stamp.height / 2 - 1.5, width: stamp.width, height: 4 }, tone: "muted", align: "center" },
    { text: `${series.title} · ${card.number}/${series.cards.length}`, font: FONTS.regular, sizePt: TEXT_SIZES.series, box: layout.series, tone: "muted", oneLine: true },
    { text: card.title, font: FONTS.bold, sizePt: titleSize, box: layout.title, tone: "text" },
    { text: card.text, font: FONTS.regular, sizePt: fitted.sizePt, box: layout.text, tone: "text" },
    { text: card.about.title, font: FONTS.bold, sizePt: TEXT_SIZES.about, box: { ...about, height: 12 }, tone: "text" },
    { text: card.about.municipality, font: FONTS.regular, sizePt: TEXT_SIZES.about, box: { x: about.x, y: about.y + nameHeight + 0.5, width: about.width, height: 4 }, tone: "text" },
    { text: credit, font: FONTS.regular, sizePt: TEXT_SIZES.credit, box: { x: about.x, y: about.y + about.height - creditHeight, width: about.width, height: creditHeight + 1 }, tone: "muted" },
  ];
}

function drawText(doc: PDFKit.PDFDocument, block: TextBlock, colours: ReturnType<typeof palette>): void {
  const options: PDFKit.Mixins.TextOptions = block.oneLine ? { lineBreak: false, ellipsis: true } : {};
  if (block.align) options.align = block.align;
  textIn(doc, block.text, block.box, block.font, block.sizePt, block.tone === "muted" ? colours.muted : colours.text, options);
}

export function textIn(doc: PDFKit.PDFDocument, text: string, box: Box, font: string, sizePt: number, colour: Colour, options: PDFKit.Mixins.TextOptions = {}): void {
  doc
    .font(font)
    .fontSize(sizePt)
    .fillColor(colour as never)
    .text(text, mmToPt(box.x), mmToPt(box.y), { width: mmToPt(box.width), height: mmToPt(box.height), lineGap: LINE_GAP, ...options });
}

/**
 * The front: the print master over the whole page, the monument's name in a band inside the
 * safe zone, and the series' logo. Nothing is transparent: print shops' preflight flags it.
 */
export function drawFront(doc: PDFKit.PDFDocument, series: PostcardSeries, card: PostcardCard): void {
  const geometry = cardGeometry(series, "front");
  const layout = frontLayout(geometry);
  const colours = palette(series.colour);
  addCardPage(doc, geometry);
  if (!card.master) throw new Error(`no print master for ${card.monument.slug}: run the image pipeline first`);
  // A path, not a Buffer: pdfkit keeps images by path, so a picture on several pages is embedded once.
  doc.image(card.master.file, 0, 0, { width: mmToPt(layout.image.width), height: mmToPt(layout.image.height) });
  const logo = frontLogo(series, layout);
  const ground = series.band ? layout.band : logo?.plate;
  if (ground) doc.save().rect(mmToPt(ground.x), mmToPt(ground.y), mmToPt(ground.width), mmToPt(ground.height)).fill(colours.band as never).restore();
  if (series.band) drawText(doc, frontTitle(card, layout, (font) => measureWith(doc, font), logo?.logo), colours);
  if (logo) {
    const box = logo.logo;
    doc.image(series.logo!.print!.file, mmToPt(box.x), mmToPt(box.y), { width: mmToPt(box.width), height: mmToPt(box.height) });
  }
}

/**
 * The back: the fun fact, the monument, credit and licence, series and number and the
 * QR code on the left; divider, stamp box and address lines on the right.
 */
export function drawBack(doc: PDFKit.PDFDocument, series: PostcardSeries, card: PostcardCard, config: Pick<SiteConfig, "baseUrl">): void {
  const geometry = cardGeometry(series);
  const layout = backLayout(geometry);
  const colours = palette(series.colour);
  // Before the page is added: a fun fact that does not fit stops here.
  const texts = backTexts(series, card, layout, (font) => measureWith(doc, font));
  addCardPage(doc, geometry);

  // Right half: postage and address, as bpost asks.
  doc.save().lineWidth(0.5).strokeColor(colours.rule as never);
  doc.moveTo(mmToPt(layout.divider.x1), mmToPt(layout.divider.y1)).lineTo(mmToPt(layout.divider.x2), mmToPt(layout.divider.y2)).stroke();
  doc.lineWidth(0.25);
  for (const line of layout.addressLines) doc.moveTo(mmToPt(line.x1), mmToPt(line.y1)).lineTo(mmToPt(line.x2), mmToPt(line.y2)).stroke();
  const stamp = layout.stamp;
  doc.dash(2, { space: 1.5 }).rect(mmToPt(stamp.x), mmToPt(stamp.y), mmToPt(stamp.width), mmToPt(stamp.height)).stroke().undash();
  doc.restore();
  for (const block of texts) drawText(doc, block, colours);

  // The QR code to the monument's page, as vector squares in 100% black (CMYK) or black.
  const qr = qrDrawing(absoluteUrl(card.about.url, config.baseUrl), layout.qr.width);
  doc.save().fillColor((series.colour === "cmyk" ? [0, 0, 0, 100] : "#000000") as never);
  for (const rect of qr.rects) doc.rect(mmToPt(layout.qr.x + rect.x), mmToPt(layout.qr.y + rect.y), mmToPt(rect.width), mmToPt(rect.height));
  doc.fill().restore();
}

/** The print-shop file: every card, front then back, in order. */
export async function seriesPdf(series: PostcardSeries, config: Pick<SiteConfig, "baseUrl" | "organisation">): Promise<Buffer> {
  const doc = createDocument(series, config, `${series.title} (${series.year})`);
  for (const card of series.cards) {
    drawFront(doc, series, card);
    drawBack(doc, series, card, config);
  }
  return pdfBytes(doc);
}

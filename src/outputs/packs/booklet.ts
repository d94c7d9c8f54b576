import { pdfkitDocument } from "../pdf-libraries.ts";
import type { Pack, PackStop, Question, SiteConfig } from "../../content/model.ts";
import { formatPartialDateIn } from "../../i18n/format.ts";
import { LOCALES, type Lang } from "../../i18n/locales.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { pdfBytes } from "../../pdf/document.ts";
import { Flow } from "../../pdf/flow.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { drawMarkdown, markdownBlocks } from "../../pdf/markdown.ts";
import { mmToPt } from "../../pdf/units.ts";
import { credits, glossary, heading, headingHeight, mapSection, picture, pictureHeight, sectionGap, startSection, stopHeading, stopHeadingHeight, type PackConfig } from "./parts.ts";
import type { BasemapSource } from "./basemap.ts";
import { COLOURS, STYLES, type BookletStyle, type BookletVariant } from "./style.ts";

// The pupils' booklet (A4): cover, introduction, the route map, a worksheet per stop
// with its picture, a short text and the questions with room to write, tick or draw,
// then what there is to read, the glossary and the credits. Never an answer: those
// are in the teacher's key (key.ts). Large print is the same booklet in larger type.
// Every label is in the pack's language (messagesFor(pack.language).booklet).

/** A pack's PDFs carry fixed dates, so the same content gives the same bytes. */
export const PACK_PDF_DATE = new Date(Date.UTC(2000, 0, 1));

/** A pack's PDF document; with `password`, one that opens only with it (AES-256: PDF 1.7, extension level 3). */
export function createPackDocument(title: string, config: Pick<SiteConfig, "organisation">, lang: Lang, password?: string): PDFKit.PDFDocument {
  const PDFDocument = pdfkitDocument();
  return new PDFDocument({
    ...(password ? { userPassword: password, ownerPassword: password, permissions: { printing: "highResolution", copying: true, contentAccessibility: true } } : {}),
    autoFirstPage: false,
    bufferPages: true,
    font: FONTS.regular,
    lang: LOCALES[lang],
    displayTitle: true,
    // A tagged PDF: screen readers get the text in reading order and the pictures' alt texts.
    tagged: true,
    pdfVersion: password ? "1.7ext3" : "1.7",
    info: { Title: title, Author: config.organisation, Creator: "schachtbok", Producer: "schachtbok (pdfkit)", CreationDate: PACK_PDF_DATE, ModDate: PACK_PDF_DATE },
  });
}

/** The pupils' booklet; its map on the site's background map when `basemap` gives one. */
export async function bookletPdf(pack: Pack, config: PackConfig, variant: BookletVariant = "regular", basemap?: BasemapSource): Promise<Buffer> {
  const style = STYLES[variant];
  const t = messagesFor(pack.language).booklet;
  const doc = createPackDocument(variant === "large" ? t.largePrintTitle(pack.title) : t.bookletTitle(pack.title), config, pack.language);
  const flow = new Flow(doc, style.margins);
  flow.startStructure();
  cover(flow, pack, config, style, variant);

  flow.newPage();
  heading(flow, t.intro, style);
  drawMarkdown(flow, markdownBlocks(pack.body, config.baseUrl), markdownStyle(style));

  const background = await mapSection(flow, pack, style, basemap);

  // Worksheets follow each other; one starts a new page only when it would otherwise be split (or
  // the pack asks for a page per stop). What comes after a question decides how tall a drawing box is.
  const heights = pack.stops.map((stop) => worksheetHeights(flow, stop, style, pack.language));
  pack.stops.forEach((stop, index) => {
    const { full, opening } = heights[index]!;
    const page = flow.bottom - flow.margins.top;
    const atTop = flow.y <= flow.margins.top + 0.01;
    if (!atTop) {
      if (pack.newPagePerStop) flow.newPage();
      else if (full + sectionGap(style) <= flow.room) startSection(flow, full, style);
      else if (full <= page || opening + sectionGap(style) > flow.room) flow.newPage();
      else startSection(flow, opening, style);
    }
    const next = heights[index + 1];
    // What must fit after this worksheet for the next one to follow on this page.
    const after = !next || pack.newPagePerStop ? Infinity : sectionGap(style) + (next.full <= page ? next.full : next.opening);
    worksheet(flow, stop, style, pack.language, after);
  });

  for (const { story, image, classroom } of pack.stories) {
    startSection(flow, headingHeight(flow, story.title, style) + 50, style);
    flow.text(t.toRead, { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted });
    heading(flow, story.title, style);
    flow.text(formatPartialDateIn(pack.language, story.date), { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted });
    flow.space(3);
    if (image && classroom) picture(flow, image, classroom, style, pack.language, style.imageMaxMm * 0.7);
    drawMarkdown(flow, markdownBlocks(story.body, config.baseUrl), markdownStyle(style));
  }

  glossary(flow, pack, style);
  credits(flow, pack, config, style, background?.attribution);
  flow.footers((page, pages) => t.footer(pack.title, page, pages), { font: FONTS.regular, sizePt: style.smallPt }, 1);
  flow.endStructure();
  return pdfBytes(doc);
}

function markdownStyle(style: BookletStyle) {
  return { bodyPt: style.bodyPt, headingPt: style.headingPt * 0.8, lineGapPt: style.lineGapPt, paragraphMm: style.paragraphMm, colour: COLOURS.text, linkColour: COLOURS.link };
}

function cover(flow: Flow, pack: Pack, config: Pick<SiteConfig, "organisation">, style: BookletStyle, variant: BookletVariant): void {
  const messages = messagesFor(pack.language);
  const t = messages.booklet;
  flow.newPage();
  flow.text(config.organisation, { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted });
  flow.space(30);
  flow.text(variant === "large" ? t.coverLargePrint : t.coverBooklet, { font: FONTS.bold, sizePt: style.bodyPt, colour: COLOURS.accent });
  flow.space(2);
  flow.text(pack.title, { font: FONTS.bold, sizePt: style.titlePt, lineGapPt: 2 }, { tag: "H1" });
  flow.space(4);
  flow.text(messages.packs.level(pack.level, pack.grades), { font: FONTS.regular, sizePt: style.bodyPt, colour: COLOURS.muted });
  flow.space(12);
  // The first worksheet's picture, so the booklet is recognised on a pile.
  const first = pack.stops.find((stop) => stop.image && stop.classroom);
  if (first) picture(flow, first.image!, first.classroom!, style, pack.language, variant === "large" ? 70 : 85);
  flow.space(8);
  for (const label of [t.name, t.class, t.date]) {
    const y = flow.y + style.writingLineMm;
    flow.text(t.field(label), { font: FONTS.regular, sizePt: style.bodyPt }, { y: y - flow.measure("N", { font: FONTS.regular, sizePt: style.bodyPt }) });
    flow.decoration(() => flow.doc.save().lineWidth(0.6).moveTo(mmToPt(flow.left + 25), mmToPt(y)).lineTo(mmToPt(flow.left + flow.width), mmToPt(y)).stroke(COLOURS.rule).restore());
    flow.y = y + 4;
  }
}

/**
 * A worksheet's height: `full` all of it, `opening` its heading, picture, text and first question
 * (what stays together when a worksheet is longer than a page). Drawing boxes at their smallest.
 */
function worksheetHeights(flow: Flow, stop: PackStop, style: BookletStyle, lang: Lang): { full: number; opening: number } {
  const top =
    stopHeadingHeight(flow, stop, style, lang) +
    (stop.image && stop.classroom ? pictureHeight(flow, stop.image, stop.classroom, style, lang) : 0) +
    flow.measure(stop.text, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt }) +
    style.paragraphMm +
    2;
  const questions = stop.questions.map((question) => questionHeight(flow, question, style, lang));
  return { full: top + questions.reduce((sum, height) => sum + height, 0), opening: top + questions[0]! };
}

/**
 * A stop's worksheet: heading, picture, text and the questions, each kept whole on a page. `after`
 * is what must still fit on the page after it for the next worksheet to follow (Infinity: it won't).
 */
function worksheet(flow: Flow, stop: PackStop, style: BookletStyle, lang: Lang, after: number): void {
  const t = messagesFor(lang).booklet;
  stopHeading(flow, stop, style, lang);
  if (stop.image && stop.classroom) picture(flow, stop.image, stop.classroom, style, lang);
  flow.text(stop.text, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt });
  flow.space(style.paragraphMm + 2);
  const heights = stop.questions.map((question) => questionHeight(flow, question, style, lang));
  stop.questions.forEach((question, index) => {
    if (flow.ensure(heights[index]!)) {
      flow.text(t.continued(stop.number, stop.monument.title), { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted });
      flow.space(3);
    }
    const following = index + 1 < heights.length ? heights[index + 1]! : after;
    drawQuestion(flow, question, index + 1, style, lang, following);
  });
}

const NUMBER_WIDTH = 8;

/** What a pupil is told to do with the options, below the question; none for open and drawing questions. */
function hintOf(question: Question, lang: Lang): string {
  const t = messagesFor(lang).booklet;
  return { choice: t.choiceHint, find: t.findHint, open: "", draw: "" }[question.kind];
}

function questionText(flow: Flow, question: Question, number: number, style: BookletStyle, lang: Lang): void {
  const x = flow.left + NUMBER_WIDTH;
  flow.decoration(() => flow.doc.font(FONTS.bold).fontSize(style.bodyPt).fillColor(COLOURS.accent).text(`${number}`, mmToPt(flow.left), mmToPt(flow.y), { lineBreak: false }));
  flow.text(question.question, { font: FONTS.bold, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, { x, width: flow.width - NUMBER_WIDTH, actual: messagesFor(lang).booklet.question(number, question.question) });
  const hint = hintOf(question, lang);
  if (hint) flow.text(hint, { font: FONTS.italic, sizePt: style.smallPt + 1, colour: COLOURS.muted }, { x, width: flow.width - NUMBER_WIDTH });
  flow.space(2);
}

function optionHeight(flow: Flow, option: string, style: BookletStyle): number {
  return Math.max(style.checkboxMm, flow.measure(option, { font: FONTS.regular, sizePt: style.bodyPt }, flow.width - NUMBER_WIDTH - style.checkboxMm - 3)) + 2.5;
}

function questionHeight(flow: Flow, question: Question, style: BookletStyle, lang: Lang): number {
  const width = flow.width - NUMBER_WIDTH;
  let height = flow.measure(question.question, { font: FONTS.bold, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, width) + 2 + style.paragraphMm + 3;
  if (question.kind === "choice" || question.kind === "find") {
    height += flow.measure(hintOf(question, lang), { font: FONTS.italic, sizePt: style.smallPt + 1 }, width);
    height += question.options.reduce((sum, option) => sum + optionHeight(flow, option, style), 0);
  }
  if (question.kind === "open") height += question.lines * style.writingLineMm;
  if (question.kind === "draw") height += drawBoxMinMm(style);
  return height;
}

/** A drawing box is never smaller than this: it grows into the room the page has left (drawQuestion). */
function drawBoxMinMm(style: BookletStyle): number {
  return style.drawBoxMm * 0.6;
}

/**
 * How tall a drawing box is, with `room` left on the page below the question and `following` the
 * height of what comes next: its usual height when the next thing fits after it; smaller (not below
 * the minimum) when that lets the next thing fit; else all the room left, since the next thing goes
 * to the next page anyway.
 */
export function drawBoxHeight(style: BookletStyle, room: number, following: number): number {
  const usual = style.drawBoxMm;
  const least = drawBoxMinMm(style);
  const gap = style.paragraphMm + 3;
  if (room >= usual + gap + following) return usual;
  if (room >= least + gap + following) return room - gap - following;
  return Math.max(least, room - gap);
}

/** Draws a square to tick, `ticked` for the key. */
export function checkbox(flow: Flow, x: number, y: number, size: number, ticked = false): void {
  const doc = flow.doc;
  flow.decoration(() => {
    doc.save().lineWidth(0.9).rect(mmToPt(x), mmToPt(y), mmToPt(size), mmToPt(size)).stroke(COLOURS.text);
    if (ticked) {
      doc.lineWidth(1.6).moveTo(mmToPt(x + size * 0.2), mmToPt(y + size * 0.55)).lineTo(mmToPt(x + size * 0.42), mmToPt(y + size * 0.78)).lineTo(mmToPt(x + size * 0.82), mmToPt(y + size * 0.22)).stroke(COLOURS.accent);
    }
    doc.restore();
  });
}

/** The options of a choice or find question, with boxes to tick (ticked ones for the key, read out as correct in `lang`). */
export function options(flow: Flow, list: readonly string[], style: BookletStyle, lang: Lang, ticked: (option: string) => boolean = () => false): void {
  const x = flow.left + NUMBER_WIDTH;
  for (const option of list) {
    const top = flow.y;
    const mark = ticked(option);
    checkbox(flow, x, top + 0.3, style.checkboxMm, mark);
    flow.text(option, { font: mark ? FONTS.bold : FONTS.regular, sizePt: style.bodyPt }, { x: x + style.checkboxMm + 3, width: flow.width - NUMBER_WIDTH - style.checkboxMm - 3, ...(mark ? { actual: messagesFor(lang).booklet.correct(option) } : {}) });
    flow.y = top + optionHeight(flow, option, style);
  }
}

function drawQuestion(flow: Flow, question: Question, number: number, style: BookletStyle, lang: Lang, following: number): void {
  questionText(flow, question, number, style, lang);
  const x = flow.left + NUMBER_WIDTH;
  const right = flow.left + flow.width;
  const doc = flow.doc;
  switch (question.kind) {
    case "open":
      flow.decoration(() => {
        doc.save().lineWidth(0.5).strokeColor(COLOURS.rule);
        for (let line = 1; line <= question.lines; line++) {
          const y = flow.y + line * style.writingLineMm;
          doc.moveTo(mmToPt(x), mmToPt(y)).lineTo(mmToPt(right), mmToPt(y)).stroke();
        }
        doc.restore();
      });
      flow.y += question.lines * style.writingLineMm;
      break;
    case "choice":
    case "find":
      options(flow, question.options, style, lang);
      break;
    case "draw": {
      const height = drawBoxHeight(style, flow.room, following);
      flow.decoration(() => doc.save().lineWidth(0.8).roundedRect(mmToPt(x), mmToPt(flow.y), mmToPt(right - x), mmToPt(height), mmToPt(2)).stroke(COLOURS.rule).restore());
      flow.y += height;
      break;
    }
  }
  flow.space(style.paragraphMm + 3);
}

import { createHash } from "node:crypto";
import type { Pack, PackStop, Question } from "../../content/model.ts";
import { withSeededRandom } from "../../pdf/encryption.ts";
import { formatDistanceIn, formatDurationIn } from "../../i18n/format.ts";
import type { Lang } from "../../i18n/locales.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { pdfBytes } from "../../pdf/document.ts";
import { Flow } from "../../pdf/flow.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { mmToPt } from "../../pdf/units.ts";
import { createPackDocument, options } from "./booklet.ts";
import { credits, glossary, heading, mapSection, startSection, stopHeading, stopHeadingHeight, type PackConfig } from "./parts.ts";
import type { BasemapSource } from "./basemap.ts";
import { COLOURS, KEY_STYLE as style } from "./style.ts";

// The teacher's answer key (A4): what the pack is for and what to prepare, the route,
// and per stop the same questions as the booklet with their answers and teaching notes.
// Every label is in the pack's language (messagesFor(pack.language).booklet).

/**
 * The key as a PDF; with `password`, one that opens only with it (AES-256), the same bytes for the
 * same content and password (src/pdf/encryption.ts).
 */
export async function keyPdf(pack: Pack, config: PackConfig, password?: string, basemap?: BasemapSource): Promise<Buffer> {
  const plain = await drawKey(pack, config, undefined, basemap);
  if (!password) return plain;
  return withSeededRandom(password, createHash("sha256").update(plain).digest("hex"), () => drawKey(pack, config, password, basemap));
}

async function drawKey(pack: Pack, config: PackConfig, password?: string, basemap?: BasemapSource): Promise<Buffer> {
  const lang = pack.language;
  const messages = messagesFor(lang);
  const t = messages.booklet;
  const doc = createPackDocument(t.keyTitle(pack.title), config, lang, password);
  const flow = new Flow(doc, style.margins);
  flow.startStructure();
  flow.newPage();
  flow.text(config.organisation, { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted });
  flow.space(12);
  flow.text(t.coverKey, { font: FONTS.bold, sizePt: style.bodyPt, colour: COLOURS.accent });
  flow.space(2);
  flow.text(pack.title, { font: FONTS.bold, sizePt: style.titlePt * 0.8, lineGapPt: 2 }, { tag: "H1" });
  flow.space(3);
  flow.text(pack.summary, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt });
  flow.space(6);

  const route = pack.route;
  const facts: [string, string][] = [
    [t.for, messages.packs.level(pack.level, pack.grades)],
    [t.subjects, pack.subjects.map((subject) => messages.packs.subjects[subject]).join(", ")],
    [t.duration, messages.packs.duration(pack.durationMinutes)],
    ...(route
      ? ([[t.route, t.routeFacts(route.title, formatDistanceIn(lang, route.distanceKm), route.distanceMethod === "straight-lines", formatDurationIn(lang, route.durationMinutes))]] as [string, string][])
      : []),
  ];
  for (const [label, value] of facts) {
    const top = flow.y;
    flow.text(label, { font: FONTS.bold, sizePt: style.bodyPt }, { width: 30 });
    flow.y = top;
    flow.text(value, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: 1 }, { x: flow.left + 32, width: flow.width - 32 });
    flow.space(2);
  }
  list(flow, t.goals, pack.goals);
  list(flow, t.prepare, pack.prepare);

  const background = await mapSection(flow, pack, style, basemap);

  for (const stop of pack.stops) answers(flow, stop, lang);
  glossary(flow, pack, style);
  credits(flow, pack, config, style, background?.attribution);
  flow.footers((page, pages) => t.keyFooter(pack.title, page, pages), { font: FONTS.regular, sizePt: style.smallPt }, 1);
  flow.endStructure();
  return pdfBytes(doc);
}

function list(flow: Flow, title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  flow.space(4);
  heading(flow, title, style, style.headingPt * 0.8);
  for (const item of items) {
    const height = flow.measure(item, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, flow.width - 6);
    flow.ensure(height + 2);
    flow.decoration(() => flow.doc.font(FONTS.regular).fontSize(style.bodyPt).fillColor(COLOURS.accent).text("•", mmToPt(flow.left), mmToPt(flow.y), { lineBreak: false }));
    flow.text(item, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, { x: flow.left + 6, width: flow.width - 6 });
    flow.space(2);
  }
}

const INDENT = 8;

function answers(flow: Flow, stop: PackStop, lang: Lang): void {
  const t = messagesFor(lang).booklet;
  // Each stop's answers follow on, with at least the heading, the note and the first answer together.
  const first = stop.questions[0];
  startSection(flow, stopHeadingHeight(flow, stop, style, lang) + (stop.note ? flow.measure(t.tip(stop.note), { font: FONTS.italic, sizePt: style.bodyPt - 1, lineGapPt: 1.5 }) + 4 : 0) + (first ? answerHeight(flow, first, lang) : 0), style);
  stopHeading(flow, stop, style, lang);
  if (stop.note) note(flow, stop.note, 0, lang);
  stop.questions.forEach((question, index) => {
    flow.ensure(answerHeight(flow, question, lang));
    flow.decoration(() => flow.doc.font(FONTS.bold).fontSize(style.bodyPt).fillColor(COLOURS.accent).text(`${index + 1}`, mmToPt(flow.left), mmToPt(flow.y), { lineBreak: false }));
    flow.text(question.question, { font: FONTS.bold, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, { x: flow.left + INDENT, width: flow.width - INDENT, actual: t.question(index + 1, question.question) });
    flow.space(2);
    if (question.kind === "choice") options(flow, question.options, style, lang, (option) => option === question.answer);
    else if (question.kind === "find") options(flow, question.options, style, lang, (option) => question.answers.includes(option));
    else answerText(flow, t.field(question.kind === "draw" ? t.drawingAnswer : t.answer), question.answer);
    if (question.note) note(flow, question.note, INDENT, lang);
    flow.space(style.paragraphMm + 2);
  });
}

function answerText(flow: Flow, label: string, answer: string): void {
  const x = flow.left + INDENT;
  const width = flow.width - INDENT;
  flow.text(label, { font: FONTS.bold, sizePt: style.smallPt + 1, colour: COLOURS.accent }, { x, width });
  flow.text(answer, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, { x, width });
}

function note(flow: Flow, text: string, indent: number, lang: Lang): void {
  const x = flow.left + indent;
  const width = flow.width - indent;
  flow.space(1.5);
  flow.text(messagesFor(lang).booklet.tip(text), { font: FONTS.italic, sizePt: style.bodyPt - 1, colour: COLOURS.muted, lineGapPt: 1.5 }, { x, width });
  flow.space(2);
}

function answerHeight(flow: Flow, question: Question, lang: Lang): number {
  const width = flow.width - INDENT;
  const body = { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 };
  let height = flow.measure(question.question, { ...body, font: FONTS.bold }, width) + 4;
  if (question.kind === "choice" || question.kind === "find") height += question.options.length * (style.checkboxMm + 2.5);
  else height += flow.measure(question.answer, body, width) + 6;
  if (question.note) height += flow.measure(messagesFor(lang).booklet.tip(question.note), body, width) + 4;
  return height;
}

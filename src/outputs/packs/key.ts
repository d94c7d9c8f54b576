import type { Pack, PackStop, Question, SiteConfig } from "../../content/model.ts";
import { formatDistance, formatDuration } from "../../i18n/nl.ts";
import { formatLevel, formatPackDuration, subjectLabel } from "../../i18n/packs.ts";
import { pdfBytes } from "../../pdf/document.ts";
import { Flow } from "../../pdf/flow.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { mmToPt } from "../../pdf/units.ts";
import { createPackDocument, options } from "./booklet.ts";
import { credits, glossary, heading, routeMap, stopHeading } from "./parts.ts";
import { COLOURS, KEY_STYLE as style } from "./style.ts";

// The teacher's answer key (A4): what the pack is for and what to prepare, the route,
// and per stop the same questions as the booklet with their answers and teaching notes.

export async function keyPdf(pack: Pack, config: Pick<SiteConfig, "baseUrl" | "organisation">): Promise<Buffer> {
  const doc = createPackDocument(`${pack.title}: antwoordsleutel`, config);
  const flow = new Flow(doc, style.margins);
  flow.startStructure();
  flow.newPage();
  flow.text(config.organisation, { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted });
  flow.space(12);
  flow.text("Antwoordsleutel voor de leraar", { font: FONTS.bold, sizePt: style.bodyPt, colour: COLOURS.accent });
  flow.space(2);
  flow.text(pack.title, { font: FONTS.bold, sizePt: style.titlePt * 0.8, lineGapPt: 2 }, { tag: "H1" });
  flow.space(3);
  flow.text(pack.summary, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt });
  flow.space(6);

  const facts: [string, string][] = [
    ["Voor", formatLevel(pack.level, pack.grades)],
    ["Vakken", pack.subjects.map(subjectLabel).join(", ")],
    ["Duur", formatPackDuration(pack.durationMinutes)],
    ...(pack.route ? ([["Route", `${pack.route.title}: ${formatDistance(pack.route.distanceKm)}${pack.route.distanceMethod === "straight-lines" ? " in vogelvlucht" : ""}, ongeveer ${formatDuration(pack.route.durationMinutes)} onderweg`]] as [string, string][]) : []),
  ];
  for (const [label, value] of facts) {
    const top = flow.y;
    flow.text(label, { font: FONTS.bold, sizePt: style.bodyPt }, { width: 30 });
    flow.y = top;
    flow.text(value, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: 1 }, { x: flow.left + 32, width: flow.width - 32 });
    flow.space(2);
  }
  list(flow, "Leerdoelen", pack.goals);
  list(flow, "Voorbereiden", pack.prepare);

  flow.newPage();
  heading(flow, pack.route ? `De route: ${pack.route.title}` : "De plaatsen", style);
  routeMap(flow, pack, style);

  for (const stop of pack.stops) answers(flow, stop);
  glossary(flow, pack, style);
  credits(flow, pack, config, style);
  flow.footers((page, pages) => `${pack.title} · antwoordsleutel · ${page}/${pages}`, { font: FONTS.regular, sizePt: style.smallPt }, 1);
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

function answers(flow: Flow, stop: PackStop): void {
  stopHeading(flow, stop, style);
  if (stop.note) note(flow, stop.note, 0);
  stop.questions.forEach((question, index) => {
    flow.ensure(answerHeight(flow, question));
    flow.decoration(() => flow.doc.font(FONTS.bold).fontSize(style.bodyPt).fillColor(COLOURS.accent).text(`${index + 1}`, mmToPt(flow.left), mmToPt(flow.y), { lineBreak: false }));
    flow.text(question.question, { font: FONTS.bold, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, { x: flow.left + INDENT, width: flow.width - INDENT, actual: `Vraag ${index + 1}: ${question.question}` });
    flow.space(2);
    if (question.kind === "choice") options(flow, question.options, style, (option) => option === question.answer);
    else if (question.kind === "find") options(flow, question.options, style, (option) => question.answers.includes(option));
    else answerText(flow, question.kind === "draw" ? "Wat een goede tekening toont" : "Antwoord", question.answer);
    if (question.note) note(flow, question.note, INDENT);
    flow.space(style.paragraphMm + 2);
  });
}

function answerText(flow: Flow, label: string, answer: string): void {
  const x = flow.left + INDENT;
  const width = flow.width - INDENT;
  flow.text(`${label}:`, { font: FONTS.bold, sizePt: style.smallPt + 1, colour: COLOURS.accent }, { x, width });
  flow.text(answer, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 }, { x, width });
}

function note(flow: Flow, text: string, indent: number): void {
  const x = flow.left + indent;
  const width = flow.width - indent;
  flow.space(1.5);
  flow.text(`Tip: ${text}`, { font: FONTS.italic, sizePt: style.bodyPt - 1, colour: COLOURS.muted, lineGapPt: 1.5 }, { x, width });
  flow.space(2);
}

function answerHeight(flow: Flow, question: Question): number {
  const width = flow.width - INDENT;
  const body = { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 };
  let height = flow.measure(question.question, { ...body, font: FONTS.bold }, width) + 4;
  if (question.kind === "choice" || question.kind === "find") height += question.options.length * (style.checkboxMm + 2.5);
  else height += flow.measure(question.answer, body, width) + 6;
  if (question.note) height += flow.measure(`Tip: ${question.note}`, body, width) + 4;
  return height;
}

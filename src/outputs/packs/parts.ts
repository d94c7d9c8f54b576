import type { ClassroomImage, Image, Pack, PackStop, SiteConfig } from "../../content/model.ts";
import { absoluteUrl } from "../../urls.ts";
import { imageCreditText } from "../../i18n/credits.ts";
import { entryUrl, type EntryKind, type Lang } from "../../i18n/locales.ts";
import { messagesFor } from "../../i18n/messages.ts";
import type { Flow } from "../../pdf/flow.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { mmToPt, ptToMm } from "../../pdf/units.ts";
import { packMap, type PrintedMap } from "./map.ts";
import type { Basemap, BasemapSource } from "./basemap.ts";
import { COLOURS, type BookletStyle } from "./style.ts";

// Pieces that the pupil booklets and the teacher's key share: the stop's heading, its
// picture, the printed route map, the glossary and the credits. Their labels are in the
// pack's language (messagesFor(pack.language).booklet).

/** What the pack's PDFs and ZIP need of the site's settings. */
export type PackConfig = Pick<SiteConfig, "baseUrl" | "organisation" | "language" | "translations">;

/**
 * The page of the pack or its route that the PDFs and LICENTIES.txt print, as an absolute
 * address: in the pack's language when the site has pages in it (its own language or one of
 * its translations), else the site's own page.
 */
export function pageUrl(kind: Extract<EntryKind, "pack" | "route">, entry: { slug: string; url: string }, lang: Lang, config: PackConfig): string {
  const url = lang === config.language || config.translations.includes(lang) ? entryUrl(kind, entry.slug, lang, config.language) : entry.url;
  return absoluteUrl(url, config.baseUrl);
}

/** The height heading() takes. */
export function headingHeight(flow: Flow, text: string, style: BookletStyle, sizePt = style.headingPt): number {
  return flow.measure(text, { font: FONTS.bold, sizePt }) + 3;
}

export function heading(flow: Flow, text: string, style: BookletStyle, sizePt = style.headingPt, tag = "H2"): void {
  const height = flow.measure(text, { font: FONTS.bold, sizePt });
  flow.ensure(height + 20);
  flow.text(text, { font: FONTS.bold, sizePt, colour: COLOURS.text }, { tag });
  flow.space(3);
}

/** A number in a filled circle, as on the map. */
export function badge(flow: Flow, number: number, x: number, y: number, diameter: number, hollow = false): void {
  flow.decoration(() => drawBadge(flow.doc, number, x, y, diameter, hollow));
}

function drawBadge(doc: PDFKit.PDFDocument, number: number, x: number, y: number, diameter: number, hollow: boolean): void {
  const r = mmToPt(diameter / 2);
  doc.save().lineWidth(1.2).circle(mmToPt(x) + r, mmToPt(y) + r, r - 0.6);
  if (hollow) doc.dash(2, { space: 1.5 }).fillAndStroke("#ffffff", COLOURS.accent).undash();
  else doc.fillAndStroke(COLOURS.accent, COLOURS.accent);
  doc.restore();
  const sizePt = diameter * 1.35;
  const label = String(number);
  doc.font(FONTS.bold).fontSize(sizePt).fillColor(hollow ? COLOURS.accent : "#ffffff");
  const textHeight = doc.currentLineHeight();
  doc.text(label, mmToPt(x), mmToPt(y) + r - textHeight / 2 + sizePt * 0.06, { width: 2 * r, align: "center", lineBreak: false });
}

/**
 * Starts a part of a booklet (a worksheet, a story, the glossary): on this page, after a gap with a
 * thin rule, when `neededMm` of it fits; else at the top of a new page. Nothing at the top of a page.
 */
export function startSection(flow: Flow, neededMm: number, style: BookletStyle): void {
  if (flow.y <= flow.margins.top + 0.01) return;
  const gap = sectionGap(style);
  if (flow.room < gap + neededMm) {
    flow.newPage();
    return;
  }
  const y = flow.y + gap / 2;
  flow.decoration(() => flow.doc.save().lineWidth(0.5).moveTo(mmToPt(flow.left), mmToPt(y)).lineTo(mmToPt(flow.left + flow.width), mmToPt(y)).stroke(COLOURS.rule).restore());
  flow.space(gap);
}

/** What the gap and rule before a section take (startSection). */
export function sectionGap(style: BookletStyle): number {
  return style.paragraphMm * 3;
}

/** The height stopHeading takes. */
export function stopHeadingHeight(flow: Flow, stop: PackStop, style: BookletStyle, lang: Lang, suffix = ""): number {
  const diameter = style.headingPt * 0.6;
  const width = flow.width - diameter - 4;
  const small = { font: FONTS.regular, sizePt: style.smallPt + 1 };
  const text = flow.measure(`${messagesFor(lang).booklet.stop(stop.number)}${suffix}`, small, width) + flow.measure(stop.monument.title, { font: FONTS.bold, sizePt: style.headingPt }, width) + flow.measure(stop.monument.municipality.name, small, width);
  return Math.max(text, diameter) + 4;
}

/** "Stop 2" with its number badge, the monument's name and municipality (where it starts is the caller's: startSection). */
export function stopHeading(flow: Flow, stop: PackStop, style: BookletStyle, lang: Lang, suffix = ""): void {
  const diameter = style.headingPt * 0.6;
  badge(flow, stop.number, flow.left, flow.y, diameter, stop.monument.location.precision === "approximate");
  const x = flow.left + diameter + 4;
  const width = flow.width - diameter - 4;
  const top = flow.y;
  flow.text(`${messagesFor(lang).booklet.stop(stop.number)}${suffix}`, { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted }, { x, width });
  flow.text(stop.monument.title, { font: FONTS.bold, sizePt: style.headingPt, colour: COLOURS.text }, { x, width, tag: "H2" });
  flow.text(stop.monument.municipality.name, { font: FONTS.regular, sizePt: style.smallPt + 1, colour: COLOURS.muted }, { x, width });
  flow.y = Math.max(flow.y, top + diameter) + 4;
}

/** The height picture() takes: the picture, its credit and the space after. */
export function pictureHeight(flow: Flow, image: Image, classroom: ClassroomImage, style: BookletStyle, lang: Lang, maxHeight = style.imageMaxMm): number {
  const scale = Math.min(flow.width / classroom.width, maxHeight / classroom.height);
  return classroom.height * scale + 1.5 + flow.measure(messagesFor(lang).booklet.credit(imageCreditText(image, lang)), { font: FONTS.regular, sizePt: style.smallPt }) + 4;
}

/** A picture at its classroom size, as large as fits the width and `maxHeight`, with its credit below. */
export function picture(flow: Flow, image: Image, classroom: ClassroomImage, style: BookletStyle, lang: Lang, maxHeight = style.imageMaxMm): void {
  const scale = Math.min(flow.width / classroom.width, maxHeight / classroom.height);
  const width = classroom.width * scale;
  const height = classroom.height * scale;
  const credit = messagesFor(lang).booklet.credit(imageCreditText(image, lang));
  flow.ensure(height + flow.measure(credit, { font: FONTS.regular, sizePt: style.smallPt }) + 2);
  // A path: pdfkit keeps pictures read from a path, so one used twice is embedded once.
  flow.tag("Figure", () => flow.doc.image(classroom.file, mmToPt(flow.left), mmToPt(flow.y), { width: mmToPt(width), height: mmToPt(height) }), { alt: image.alt });
  flow.y += height + 1.5;
  flow.text(credit, { font: FONTS.regular, sizePt: style.smallPt, colour: COLOURS.muted });
  flow.space(4);
}

/** The route map, drawn from the route's own geometry, with the legend of numbered stops below. */
/** The notes below the printed map: how it is drawn (and on which background map), straight lines, approximate places. */
function mapNotes(pack: Pack, map: PrintedMap, attribution: string | undefined): string {
  const t = messagesFor(pack.language).booklet;
  return [
    attribution ? t.mapNoteBasemap(attribution) : t.mapNote,
    ...(map.straight ? [t.straightLinesNote] : []),
    ...(map.stops.some((stop) => stop.approximate) ? [t.approximateNote] : []),
  ].join(" ");
}

/** The legend and notes below the printed map: one line per stop, then the notes. */
function mapLegendHeight(flow: Flow, pack: Pack, style: BookletStyle, attribution?: string): number {
  const t = messagesFor(pack.language).booklet;
  const map = packMap(pack, { width: flow.width, height: style.mapMm }, style.mapMarkerMm);
  const body = { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 };
  const lines = map.stops.reduce((sum, stop) => sum + flow.measure(`${stop.number}  ${stop.name}${stop.approximate ? ` (${t.approximatePlace})` : ""}`, body), 0);
  return 4 + lines + 2 + flow.measure(mapNotes(pack, map, attribution), { font: FONTS.regular, sizePt: style.smallPt, lineGapPt: 1 });
}

/** Where the printed map goes on the page (its box, from the room left), and what it shows of the ground. */
function routeMapBox(flow: Flow, pack: Pack, style: BookletStyle, attribution?: string): PrintedMap {
  const box = { width: flow.width, height: Math.max(mapMinHeight(style), Math.min(style.mapMm, flow.room - mapLegendHeight(flow, pack, style, attribution))) };
  return packMap(pack, box, style.mapMarkerMm);
}

/** The printed map at least this tall, or it goes to the next page. */
function mapMinHeight(style: BookletStyle): number {
  return style.mapMm * 0.7;
}

/**
 * The map's part of a booklet or key: its heading and the map, after what came before when it fits
 * there at 70% of its height or more, on the site's background map when `basemap` gives one.
 * Returns that background, whose attribution the credits name.
 */
export async function mapSection(flow: Flow, pack: Pack, style: BookletStyle, basemap?: BasemapSource): Promise<Basemap | undefined> {
  const t = messagesFor(pack.language).booklet;
  const title = pack.route ? t.routeHeading(pack.route.title) : t.places;
  const attribution = basemap && !basemap.failure ? basemap.attribution : undefined;
  startSection(flow, headingHeight(flow, title, style) + mapMinHeight(style) + mapLegendHeight(flow, pack, style, attribution), style);
  heading(flow, title, style);
  const map = routeMapBox(flow, pack, style, attribution);
  const background = basemap ? await basemap.background(map.bounds, map) : undefined;
  routeMap(flow, pack, style, map, background);
  return background;
}

/**
 * The route map (`map`, from routeMapBox), drawn from the route's own geometry, on `background` when
 * the site has a background map, with the legend of numbered stops below.
 */
function routeMap(flow: Flow, pack: Pack, style: BookletStyle, map: PrintedMap, background?: Basemap): void {
  const t = messagesFor(pack.language).booklet;
  const box = { width: map.width, height: map.height };
  const diameter = style.mapMarkerMm;
  const doc = flow.doc;
  const origin = { x: flow.left, y: flow.y };
  const at = (x: number, y: number): [number, number] => [mmToPt(origin.x + x), mmToPt(origin.y + y)];
  flow.tag(
    "Figure",
    () => {
      doc.save().rect(...at(0, 0), mmToPt(box.width), mmToPt(box.height)).fillAndStroke(COLOURS.fill, COLOURS.rule).restore();
      if (background) {
        doc.image(background.image, ...at(0, 0), { width: mmToPt(box.width), height: mmToPt(box.height) });
        doc.save().lineWidth(0.8).rect(...at(0, 0), mmToPt(box.width), mmToPt(box.height)).stroke(COLOURS.rule).restore();
      }

      doc.save().lineWidth(2.2).strokeColor(COLOURS.text).lineJoin("round").lineCap("round");
      if (map.straight) doc.dash(5, { space: 4 });
      for (const line of map.lines) {
        line.forEach((point, index) => (index === 0 ? doc.moveTo(...at(point.x, point.y)) : doc.lineTo(...at(point.x, point.y))));
        doc.stroke();
      }
      doc.undash().restore();
      // A marker moved aside points at its place with a thin line and a dot.
      for (const stop of map.stops) {
        if (!stop.anchor) continue;
        doc.save().lineWidth(0.6).moveTo(...at(stop.anchor.x, stop.anchor.y)).lineTo(...at(stop.x, stop.y)).stroke(COLOURS.text);
        doc.circle(...at(stop.anchor.x, stop.anchor.y), 1.6).fill(COLOURS.text).restore();
      }
      for (const stop of map.stops) drawBadge(doc, stop.number, origin.x + stop.x - diameter / 2, origin.y + stop.y - diameter / 2, diameter, stop.approximate);

      // North arrow and scale bar.
      const { north, scale } = map;
      doc.save().moveTo(...at(north.x, north.y - north.size / 2)).lineTo(...at(north.x + north.size / 3, north.y + north.size / 2)).lineTo(...at(north.x, north.y + north.size / 4)).lineTo(...at(north.x - north.size / 3, north.y + north.size / 2)).closePath().fill(COLOURS.text).restore();
      doc.font(FONTS.bold).fontSize(style.smallPt + 1).fillColor(COLOURS.text).text(t.north, ...at(north.x - 5, north.y - north.size / 2 - 5.5), { width: mmToPt(10), align: "center", lineBreak: false });
      const barHeight = 1.8;
      const half = scale.lengthMm / 2;
      doc.save().rect(...at(scale.x, scale.y - barHeight), mmToPt(half), mmToPt(barHeight)).fill(COLOURS.text).restore();
      doc.save().lineWidth(0.6).rect(...at(scale.x, scale.y - barHeight), mmToPt(scale.lengthMm), mmToPt(barHeight)).stroke(COLOURS.text).restore();
      doc.font(FONTS.regular).fontSize(style.smallPt).fillColor(COLOURS.text).text(scale.label, ...at(scale.x + scale.lengthMm + 2, scale.y - barHeight - 1), { lineBreak: false });
      // The background map's attribution on the map itself, bottom right on a white label, when it
      // fits beside the scale bar (it is under the map in any case).
      if (background) {
        const label = background.attribution;
        const labelWidth = ptToMm(doc.font(FONTS.regular).fontSize(style.smallPt).widthOfString(label));
        const labelHeight = ptToMm(doc.currentLineHeight());
        const scaleEnd = scale.x + scale.lengthMm + 4 + ptToMm(doc.widthOfString(scale.label));
        const x = box.width - labelWidth - 3;
        if (x > scaleEnd + 4) {
          doc.save().rect(...at(x - 1.5, box.height - labelHeight - 2.5), mmToPt(labelWidth + 3), mmToPt(labelHeight + 1.5)).fill("#ffffff").restore();
          doc.font(FONTS.regular).fontSize(style.smallPt).fillColor(COLOURS.text).text(label, ...at(x, box.height - labelHeight - 1.8), { lineBreak: false });
        }
      }
    },
    { alt: t.mapAlt(pack.route?.title, map.stops.length, map.scale.label) },
  );
  flow.y += box.height + 4;

  // Legend: what the numbers are.
  for (const stop of map.stops) {
    const text = `${stop.number}  ${stop.name}${stop.approximate ? ` (${t.approximatePlace})` : ""}`;
    flow.ensure(flow.measure(text, { font: FONTS.regular, sizePt: style.bodyPt }));
    flow.text(text, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt / 2 });
  }
  flow.space(2);
  flow.text(mapNotes(pack, map, background?.attribution), { font: FONTS.regular, sizePt: style.smallPt, colour: COLOURS.muted, lineGapPt: 1 });
}

export function glossary(flow: Flow, pack: Pack, style: BookletStyle): void {
  if (pack.glossary.length === 0) return;
  const first = pack.glossary[0]!;
  startSection(flow, headingHeight(flow, messagesFor(pack.language).booklet.glossary, style) + flow.measure(first.term, { font: FONTS.bold, sizePt: style.bodyPt }) + flow.measure(first.definition, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt }), style);
  heading(flow, messagesFor(pack.language).booklet.glossary, style);
  for (const entry of pack.glossary) {
    const height = flow.measure(entry.term, { font: FONTS.bold, sizePt: style.bodyPt }) + flow.measure(entry.definition, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt });
    flow.ensure(height + style.paragraphMm);
    flow.text(entry.term, { font: FONTS.bold, sizePt: style.bodyPt });
    flow.text(entry.definition, { font: FONTS.regular, sizePt: style.bodyPt, lineGapPt: style.lineGapPt });
    flow.space(style.paragraphMm);
  }
}

/** Every picture of the pack with its credit, the sources, the map and the font. */
export function credits(flow: Flow, pack: Pack, config: PackConfig, style: BookletStyle, basemapAttribution?: string): void {
  const t = messagesFor(pack.language).booklet;
  startSection(flow, headingHeight(flow, t.credits, style) + 40, style);
  heading(flow, t.credits, style);
  const small = { font: FONTS.regular, sizePt: style.smallPt + 1, lineGapPt: 1.5 };
  const line = (text: string, link?: string) => {
    flow.ensure(flow.measure(text, small) + 1.5);
    flow.text(text, { ...small, ...(link ? { colour: COLOURS.link } : {}) }, link ? { link } : {});
    flow.space(1.5);
  };
  const subheading = (text: string) => {
    flow.space(2);
    flow.ensure(20);
    flow.text(text, { font: FONTS.bold, sizePt: style.bodyPt });
    flow.space(1.5);
  };
  subheading(t.images);
  for (const entry of packPictures(pack)) line(`${t.field(entry.caption)} ${imageCreditText(entry.image, pack.language)}${entry.image.source ? ` (${entry.image.source})` : ""}`);
  if (pack.sources.length > 0) {
    subheading(t.sources);
    for (const source of pack.sources) line(source.url ? `${t.field(source.title)} ${source.url}` : source.title, source.url);
  }
  subheading(t.about);
  if (pack.route) {
    const routeUrl = pageUrl("route", pack.route, pack.language, config);
    line(t.mapFrom(pack.route.title, routeUrl), routeUrl);
  }
  if (basemapAttribution) line(t.basemapCredit(basemapAttribution));
  const packUrl = pageUrl("pack", pack, pack.language, config);
  line(t.online(packUrl), packUrl);
  line(t.publisher(config.organisation));
}

/** The pictures a pack prints, each once, with what they show. */
export function packPictures(pack: Pack): { image: Image; classroom: ClassroomImage; caption: string }[] {
  const seen = new Set<string>();
  const pictures: { image: Image; classroom: ClassroomImage; caption: string }[] = [];
  const add = (image: Image | undefined, classroom: ClassroomImage | undefined, caption: string) => {
    if (!image || !classroom || seen.has(classroom.file)) return;
    seen.add(classroom.file);
    pictures.push({ image, classroom, caption });
  };
  const t = messagesFor(pack.language).booklet;
  for (const stop of pack.stops) add(stop.image, stop.classroom, t.pictureCaption(stop.number, stop.monument.title));
  for (const entry of pack.stories) add(entry.image, entry.classroom, entry.story.title);
  return pictures;
}

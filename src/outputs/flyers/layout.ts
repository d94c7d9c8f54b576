import { INKS, setText, type DrawItem, type Drawing, type Ink, type TextStyle } from "../../print/drawing.ts";
import { printedRouteMap, type PrintedMap } from "../../print/route-map.ts";
import { textWidth } from "../../print/type.ts";
import { qrDrawing } from "../../pdf/qr.ts";
import { messagesFor } from "../../i18n/messages.ts";
import type { FlyerContent, FlyerStop } from "./content.ts";

// A route's flyer: an A4 sheet, landscape, printed on both sides and folded in three as a letter
// (a roll fold). Pure geometry, in mm from the trim's top-left corner of each side.
//
//   outside (page 1):  | inner flap 97 | back 100 | cover 100 |
//   inside  (page 2):  | 100           | 100      | 97        |
//
// Printed double-sided and turned over on the short edge, each panel has its other side behind it:
// the cover backs the inside's left panel, the inner flap (97 mm, the one folded in first) backs the
// inside's right panel, which is why that panel is 3 mm narrower: it folds in without buckling.
// Inside, the map takes the left and middle panels (the spread a reader sees once the cover is
// open) and the stops the right one; when the stops need more room, the map keeps the left panel
// and the stops run over two (flyerLayout says what it does when even that is too little). Text
// keeps EDGE_MM from the trim and GUTTER_MM from a fold; no marker on the map sits on a fold.

export const FLYER_SHEET = { width: 297, height: 210 } as const;
/** Panel widths, left to right, as each side is seen printed. */
export const PANELS = { outside: [97, 100, 100], inside: [100, 100, 97] } as const;
/** Where the sheet is folded, in mm from the left edge of each side. */
export const FOLDS = { outside: [97, 197], inside: [100, 200] } as const;
export const EDGE_MM = 8;
export const GUTTER_MM = 6;
/** How far the text may shrink to fit (a long accessibility note, many stops). */
const MIN_SCALE = 0.8;
const MM_PER_POINT = 25.4 / 72;

export type Side = "outside" | "inside";

/** The area of panel `index` of `side` that text may use. */
export function panelArea(side: Side, index: 0 | 1 | 2): { x: number; y: number; width: number; height: number } {
  const widths = PANELS[side];
  const start = widths.slice(0, index).reduce((sum: number, width: number) => sum + width, 0);
  const left = start + (index === 0 ? EDGE_MM : GUTTER_MM);
  const right = start + widths[index] - (index === 2 ? EDGE_MM : GUTTER_MM);
  return { x: left, y: EDGE_MM, width: right - left, height: FLYER_SHEET.height - 2 * EDGE_MM };
}

export interface FlyerLayout {
  outside: Drawing;
  inside: Drawing;
  /** The type's scale (1 at full size). */
  scale: number;
  /** The map over two panels and the stops in one, or the map in one and the stops over two. */
  arrangement: "wide-map" | "narrow-map";
  /** What did not fit, even in the smallest type, and was left off (the build warns). */
  omitted: {
    /** The stops' notes. */
    notes: boolean;
    /** How many stops at the end of the list (the map still has them). */
    stops: number;
    /** The accessibility text was cut short. */
    accessibility: boolean;
  };
}

interface Sizes {
  heading: number;
  body: number;
  small: number;
  stopName: number;
}

function sizes(scale: number): Sizes {
  return { heading: 12 * scale, body: 9.5 * scale, small: 7.5 * scale, stopName: 10 * scale };
}

const style = (font: TextStyle["font"], sizePt: number, ink: Ink = INKS.text, leading?: number): TextStyle => ({ font, sizePt, ink, ...(leading ? { leading } : {}) });

type Column = { x: number; y: number; width: number; height: number };
interface StopsOptions {
  notes: boolean;
  /** Only the first `shown` stops, then a line saying how many more. */
  shown?: number;
}

/**
 * The flyer laid out. What is too long for its panel gets smaller type first (down to MIN_SCALE),
 * then the stops take two panels and the map one, then the stops' notes are left off, then the
 * last stops (with a line saying how many more there are); `omitted` says what was left off.
 */
export function flyerLayout(content: FlyerContent, bleedMm: number): FlyerLayout {
  const flap = panelArea("outside", 0).height;
  let practical = content;
  let practicalScale = largestFitting((scale) => practicalPanel(undefined, content, sizes(scale)) <= flap);
  if (practicalScale === undefined && content.accessibility) {
    practical = { ...content, accessibility: { ...content.accessibility, text: longestFitting(content.accessibility.text, (text) => practicalPanel(undefined, { ...content, accessibility: { ...content.accessibility!, text } }, sizes(MIN_SCALE)) <= flap) } };
    practicalScale = MIN_SCALE;
  }
  practicalScale ??= MIN_SCALE;

  const wideColumns = [panelArea("inside", 2)];
  const narrowColumns = [panelArea("inside", 1), panelArea("inside", 2)];
  const fits = (columns: Column[], options: StopsOptions) => (scale: number) => stopsColumns(undefined, content, sizes(scale), columns, options) === undefined;
  let arrangement: FlyerLayout["arrangement"] = "wide-map";
  let options: StopsOptions = { notes: true };
  let stopsScale = largestFitting(fits(wideColumns, options));
  if (stopsScale === undefined) {
    arrangement = "narrow-map";
    stopsScale = largestFitting(fits(narrowColumns, options));
  }
  if (stopsScale === undefined) {
    options = { notes: false };
    stopsScale = largestFitting(fits(narrowColumns, options));
  }
  if (stopsScale === undefined) {
    stopsScale = MIN_SCALE;
    let shown = content.stops.length - 1;
    while (shown > 1 && !fits(narrowColumns, { notes: false, shown })(MIN_SCALE)) shown--;
    options = { notes: false, shown };
  }
  const scale = Math.min(practicalScale, stopsScale);

  const outside: DrawItem[] = [];
  practicalPanel(outside, practical, sizes(scale));
  backPanel(outside, content, sizes(scale));
  cover(outside, content, bleedMm);

  const inside: DrawItem[] = [];
  mapPanel(inside, content, sizes(scale), arrangement);
  stopsColumns(inside, content, sizes(scale), arrangement === "wide-map" ? wideColumns : narrowColumns, options);
  const page = { width: FLYER_SHEET.width, height: FLYER_SHEET.height };
  return {
    outside: { ...page, items: outside },
    inside: { ...page, items: inside },
    scale,
    arrangement,
    omitted: { notes: !options.notes && content.stops.some((stop) => stop.note), stops: content.stops.length - (options.shown ?? content.stops.length), accessibility: practical !== content },
  };
}

/** The largest scale between 1 and MIN_SCALE (in steps of 0.04) for which `fits`. */
function largestFitting(fits: (scale: number) => boolean): number | undefined {
  for (let scale = 1; scale >= MIN_SCALE - 1e-9; scale -= 0.04) if (fits(scale)) return Math.round(scale * 100) / 100;
  return undefined;
}

/** The longest start of `text`, cut between words and ended with "…", for which `fits`. */
function longestFitting(text: string, fits: (text: string) => boolean): string {
  const words = text.split(/\s+/);
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(`${words.slice(0, middle).join(" ")} …`)) low = middle;
    else high = middle - 1;
  }
  return `${words.slice(0, low).join(" ")} …`;
}

/** Outside, left: start, finish, figures and municipalities, accessibility. Returns the height used. */
function practicalPanel(items: DrawItem[] | undefined, content: FlyerContent, size: Sizes): number {
  const area = panelArea("outside", 0);
  let y = area.y;
  y += setText(items, content.practical, { ...area, y }, style("bold", size.heading, INKS.accent)) + 3;
  const facts = [content.distance, content.duration, ...content.facts];
  for (const fact of facts) {
    y += setText(items, fact.label, { ...area, y }, style("bold", size.small, INKS.muted));
    y += setText(items, fact.value, { ...area, y }, style("regular", size.body)) + 2.2;
  }
  if (content.accessibility) {
    y += 2;
    y += setText(items, content.accessibility.label, { ...area, y }, style("bold", size.heading * 0.85, INKS.accent)) + 1.5;
    y += setText(items, content.accessibility.text, { ...area, y }, style("regular", size.body, INKS.text, 1.3));
  }
  return y - area.y;
}

/** Outside, middle (the back once folded): the two QR codes with what they open, the publisher. */
function backPanel(items: DrawItem[], content: FlyerContent, size: Sizes): void {
  const area = panelArea("outside", 1);
  let y = area.y;
  for (const [link, qrMm] of [
    [content.online, 42],
    [content.gpx, 30],
  ] as const) {
    y += setText(items, link.heading, { ...area, y }, style("bold", size.heading, INKS.accent)) + 1;
    y += setText(items, link.text, { ...area, y }, style("regular", size.body)) + 2;
    // The quiet zone is part of the drawing: the dark modules start four modules in.
    const qr = qrDrawing(link.url, qrMm);
    const inset = qr.moduleMm * 4;
    items.push({ kind: "qr", x: area.x - inset, y, rects: qr.rects, ink: INKS.black });
    y += qrMm - inset;
    y += setText(items, link.shown, { ...area, y }, style("regular", size.small, INKS.muted)) + 9;
  }
  const publisher = style("regular", size.small, INKS.muted);
  const height = setText(undefined, content.publisher, area, publisher);
  setText(items, content.publisher, { ...area, y: area.y + area.height - height }, publisher);
}

/** Outside, right (the front once folded): a coloured band into the bleed with the title, then the summary, the figures and the route's shape. */
function cover(items: DrawItem[], content: FlyerContent, bleedMm: number): void {
  const area = panelArea("outside", 2);
  const left = FLYER_SHEET.width - PANELS.outside[2];
  let titleSize = 26;
  while (titleSize > 15 && setText(undefined, content.title, area, style("bold", titleSize, INKS.white, 1.1)) > 48) titleSize -= 1;
  const band: DrawItem[] = [];
  let y = area.y + 2;
  y += setText(band, content.organisation, { ...area, y }, style("regular", 8, INKS.white)) + 6;
  y += setText(band, content.mode.toUpperCase(), { ...area, y }, style("bold", 9, INKS.white)) + 1.5;
  y += setText(band, content.title, { ...area, y }, style("bold", titleSize, INKS.white, 1.1));
  const bandBottom = Math.max(y + 6, 70);
  items.push({ kind: "rect", x: left, y: -bleedMm, width: PANELS.outside[2] + bleedMm, height: bandBottom + bleedMm, fill: INKS.accent }, ...band);

  y = bandBottom + 6;
  y += setText(items, content.summary, { ...area, y }, style("regular", 10.5, INKS.text, 1.3)) + 5;
  const half = { width: (area.width - 4) / 2 };
  const figures = [content.distance, content.duration];
  let tallest = 0;
  figures.forEach((figure, index) => {
    const box = { x: area.x + index * (half.width + 4), y, width: half.width };
    let used = setText(items, figure.label, box, style("bold", 7.5, INKS.muted));
    used += setText(items, figure.value, { ...box, y: y + used }, style("bold", 11, INKS.text, 1.15));
    tallest = Math.max(tallest, used);
  });
  y += tallest + 6;

  // The route's shape, as a picture: its line and dots, no numbers (the map inside has them).
  const bottom = area.y + area.height;
  if (bottom - y < 30) return;
  const box = { width: area.width, height: bottom - y };
  const shape = printedRouteMap(content.map, box, content.lang, { markerMm: 2.6, paddingMm: 4, toleranceMm: 0.2 });
  for (const line of shape.lines) {
    if (line.length > 1) items.push({ kind: "path", points: line.map((point) => ({ x: area.x + point.x, y: y + point.y })), stroke: INKS.accent, lineWidth: 1.1, ...(shape.straight ? { dash: [2.2, 1.6] as [number, number] } : {}) });
  }
  for (const stop of shape.stops) items.push({ kind: "circle", x: area.x + stop.x, y: y + stop.y, r: 1.3, fill: INKS.white, stroke: INKS.text, lineWidth: 0.5 });
}

/** A number in a circle, as on the web map: filled, or hollow and dashed for a place known only roughly. */
function badge(items: DrawItem[], number: number, centre: { x: number; y: number }, diameter: number, approximate: boolean): void {
  items.push({ kind: "circle", x: centre.x, y: centre.y, r: diameter / 2 - 0.2, fill: approximate ? INKS.white : INKS.accent, stroke: INKS.accent, lineWidth: 0.4, ...(approximate ? { dash: [0.7, 0.5] as [number, number] } : {}) });
  const sizePt = (diameter / MM_PER_POINT) * 0.55;
  const label = String(number);
  const width = textWidth(label, "bold", sizePt);
  items.push({ kind: "text", x: centre.x - width / 2, y: centre.y + sizePt * MM_PER_POINT * 0.35, text: label, font: "bold", sizePt, ink: approximate ? INKS.accent : INKS.white });
}

/** Inside: the map, over the left and middle panels or in the left one, with its notes below. */
function mapPanel(items: DrawItem[], content: FlyerContent, size: Sizes, arrangement: FlyerLayout["arrangement"]): void {
  const first = panelArea("inside", 0);
  const right = arrangement === "wide-map" ? panelArea("inside", 1) : first;
  const area = { x: first.x, y: first.y, width: right.x + right.width - first.x, height: first.height };
  // The notes under the map in the left panel only: a line of text never runs over a fold.
  const notes = content.mapNotes.join(" ");
  const noteStyle = style("regular", size.small, INKS.muted, 1.2);
  const notesArea = { ...first, width: first.width };
  const notesHeight = setText(undefined, notes, notesArea, noteStyle);
  const box = { width: area.width, height: area.height - notesHeight - 2 };
  const diameter = 5.2;
  const folds = FOLDS.inside.map((fold) => fold - area.x).filter((fold) => fold > 0 && fold < box.width);
  const map = printedRouteMap(content.map, box, content.lang, { markerMm: diameter, paddingMm: 9, toleranceMm: 0.15, avoidX: folds });
  setText(items, notes, { ...notesArea, y: area.y + box.height + 2 }, noteStyle);
  drawMap(items, map, { x: area.x, y: area.y }, diameter, content.north, size);
}

function drawMap(items: DrawItem[], map: PrintedMap, origin: { x: number; y: number }, diameter: number, north: string, size: Sizes): void {
  const at = (point: { x: number; y: number }) => ({ x: origin.x + point.x, y: origin.y + point.y });
  items.push({ kind: "rect", x: origin.x, y: origin.y, width: map.width, height: map.height, fill: INKS.tint, stroke: INKS.rule, lineWidth: 0.3 });
  for (const line of map.lines) {
    if (line.length > 1) items.push({ kind: "path", points: line.map(at), stroke: INKS.text, lineWidth: 0.8, ...(map.straight ? { dash: [1.8, 1.4] as [number, number] } : {}) });
  }
  for (const stop of map.stops) {
    if (!stop.anchor) continue;
    items.push({ kind: "path", points: [at(stop.anchor), at(stop)], stroke: INKS.text, lineWidth: 0.2 }, { kind: "circle", ...at(stop.anchor), r: 0.55, fill: INKS.text });
  }
  // Later stops under earlier ones: stop 1 stays readable where a loop comes back to its start.
  for (const stop of [...map.stops].reverse()) badge(items, stop.number, at(stop), diameter, stop.approximate);

  const arrow = at(map.north);
  const s = map.north.size;
  items.push({
    kind: "path",
    points: [
      { x: arrow.x, y: arrow.y - s / 2 },
      { x: arrow.x + s / 3, y: arrow.y + s / 2 },
      { x: arrow.x, y: arrow.y + s / 4 },
      { x: arrow.x - s / 3, y: arrow.y + s / 2 },
    ],
    fill: INKS.text,
    closed: true,
  });
  const northWidth = textWidth(north, "bold", size.small + 1);
  items.push({ kind: "text", x: arrow.x - northWidth / 2, y: arrow.y - s / 2 - 1.5, text: north, font: "bold", sizePt: size.small + 1, ink: INKS.text });
  const bar = at({ x: map.scale.x, y: map.scale.y });
  const barHeight = 1.4;
  items.push(
    { kind: "rect", x: bar.x, y: bar.y - barHeight, width: map.scale.lengthMm / 2, height: barHeight, fill: INKS.text },
    { kind: "rect", x: bar.x, y: bar.y - barHeight, width: map.scale.lengthMm, height: barHeight, stroke: INKS.text, lineWidth: 0.3 },
    { kind: "text", x: bar.x + map.scale.lengthMm + 2, y: bar.y, text: map.scale.label, font: "regular", sizePt: size.small, ink: INKS.text },
  );
}

/**
 * Inside: the heading and the stops, each whole in one column, over `columns` (panels). Returns
 * undefined when they fit, else how many mm the last column runs over.
 */
function stopsColumns(items: DrawItem[] | undefined, content: FlyerContent, size: Sizes, columns: Column[], options: StopsOptions): number | undefined {
  let column = 0;
  let area = columns[0]!;
  let y = area.y;
  y += setText(items, content.stopsHeading, area, style("bold", size.heading, INKS.accent)) + 2.5;
  const diameter = size.stopName * MM_PER_POINT * 1.35;
  const shown = content.stops.slice(0, options.shown ?? content.stops.length).map((stop) => (options.notes ? stop : { ...stop, note: undefined }));
  const blocks: ((items: DrawItem[] | undefined, area: Column, top: number) => number)[] = shown.map((stop) => (into, box, top) => stopBlock(into, stop, box, top, size, diameter));
  const more = content.stops.length - shown.length;
  if (more > 0) blocks.push((into, box, top) => setText(into, messagesFor(content.lang).flyer.moreStops(more), { x: box.x, y: top, width: box.width }, style("bold", size.body, INKS.accent)));
  for (const block of blocks) {
    const height = block(undefined, area, y);
    if (y + height > area.y + area.height && column < columns.length - 1 && y > area.y) {
      column++;
      area = columns[column]!;
      y = area.y;
    }
    y += block(items, area, y) + 2.6;
  }
  const over = y - 2.6 - (area.y + area.height);
  return over > 0 ? over : undefined;
}

function stopBlock(items: DrawItem[] | undefined, stop: Omit<FlyerStop, "note"> & { note?: string | undefined }, area: { x: number; width: number }, top: number, size: Sizes, diameter: number): number {
  const text = { x: area.x + diameter + 2, width: area.width - diameter - 2 };
  if (items) badge(items, stop.number, { x: area.x + diameter / 2, y: top + diameter / 2 }, diameter, stop.approximate);
  let y = top;
  y += setText(items, stop.name, { ...text, y }, style("bold", size.stopName, INKS.text, 1.15));
  if (stop.place) y += setText(items, stop.place, { ...text, y }, style("regular", size.small, INKS.muted));
  if (stop.note) y += setText(items, stop.note, { ...text, y: y + 0.6 }, style("regular", size.body, INKS.text, 1.25)) + 0.6;
  if (stop.leg) y += setText(items, stop.leg, { ...text, y: y + 0.6 }, style("regular", size.small, INKS.muted)) + 0.6;
  return Math.max(y - top, diameter);
}

import { createRequire } from "node:module";
import type * as Fontkit from "fontkit";

// Atkinson Hyperlegible's zero has a slash through it: "19Ø1" on a worksheet, which pupils read as
// a strange letter. The font has no plain zero to switch to (no `zero` feature, no alternate), so
// this makes one, as the SIL Open Font License allows: the zero's outer contour stays, and its two
// counters (the slash is the gap between them) become one counter, the outer contour scaled to the
// counters' extent and turned the other way. Everything else in the file is as it was. TrueType
// only: the glyph is rewritten in `glyf`, `loca` follows, and the table checksums are made again.

const require = createRequire(import.meta.url);

interface Point {
  x: number;
  y: number;
  onCurve: boolean;
}

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

/** The font `ttf` with a plain zero (the digit and its tabular form). */
export function withPlainZero(ttf: Buffer): Buffer {
  const fontkit = require("fontkit") as typeof Fontkit & { create(buffer: Buffer): Fontkit.Font & { glyphForCodePoint(code: number): { id: number } } };
  const font = fontkit.create(ttf);
  const ids = new Set([font.glyphForCodePoint(0x30).id, font.layout("0", ["tnum"]).glyphs[0]!.id]);
  const tables = readTables(ttf);
  const table = (tag: string) => {
    const record = tables.find((candidate) => candidate.tag === tag);
    if (!record) throw new Error(`the font has no ${tag} table`);
    return record;
  };
  const head = table("head");
  const longOffsets = ttf.readInt16BE(head.offset + 50) === 1;
  const glyphCount = ttf.readUInt16BE(table("maxp").offset + 4);
  const loca = table("loca");
  const offsets = Array.from({ length: glyphCount + 1 }, (_, index) => (longOffsets ? ttf.readUInt32BE(loca.offset + index * 4) : ttf.readUInt16BE(loca.offset + index * 2) * 2));
  const glyf = table("glyf");
  const glyphs = Array.from({ length: glyphCount }, (_, index) => ttf.subarray(glyf.offset + offsets[index]!, glyf.offset + offsets[index + 1]!));
  for (const id of ids) glyphs[id] = plainZero(glyphs[id]!);

  // glyf and loca again; the offsets stay even (short loca stores half of them).
  const padded = glyphs.map((glyph) => (glyph.length % 4 === 0 ? glyph : Buffer.concat([glyph, Buffer.alloc(4 - (glyph.length % 4))])));
  const newGlyf = Buffer.concat(padded);
  const newOffsets = [0];
  for (const glyph of padded) newOffsets.push(newOffsets.at(-1)! + glyph.length);
  const useLong = longOffsets || newOffsets.at(-1)! > 0x1fffe;
  const newLoca = Buffer.alloc((glyphCount + 1) * (useLong ? 4 : 2));
  newOffsets.forEach((offset, index) => (useLong ? newLoca.writeUInt32BE(offset, index * 4) : newLoca.writeUInt16BE(offset / 2, index * 2)));

  const contents = new Map(tables.map((record) => [record.tag, Buffer.from(ttf.subarray(record.offset, record.offset + record.length))]));
  contents.set("glyf", newGlyf);
  contents.set("loca", newLoca);
  const newHead = contents.get("head")!;
  newHead.writeInt16BE(useLong ? 1 : 0, 50);
  newHead.writeUInt32BE(0, 8); // checkSumAdjustment, computed below
  return writeFont(ttf.readUInt32BE(0), tables.map((record) => record.tag), contents);
}

function readTables(ttf: Buffer): TableRecord[] {
  const count = ttf.readUInt16BE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 12 + index * 16;
    return { tag: ttf.toString("latin1", at, at + 4), offset: ttf.readUInt32BE(at + 8), length: ttf.readUInt32BE(at + 12) };
  });
}

function checksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

/** An sfnt file with these tables, in this order, 4-byte aligned, with their checksums and head's adjustment. */
function writeFont(version: number, tags: string[], contents: Map<string, Buffer>): Buffer {
  const count = tags.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  // The directory is sorted by tag, as the format asks; the tables keep the order they had.
  const sorted = [...tags].sort();
  const placed = new Map<string, { offset: number; length: number }>();
  for (const tag of tags) {
    const data = contents.get(tag)!;
    placed.set(tag, { offset, length: data.length });
    const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
    bodies.push(padded);
    offset += padded.length;
  }
  sorted.forEach((tag, index) => {
    const at = 12 + index * 16;
    header.write(tag, at, 4, "latin1");
    header.writeUInt32BE(checksum(contents.get(tag)!), at + 4);
    header.writeUInt32BE(placed.get(tag)!.offset, at + 8);
    header.writeUInt32BE(placed.get(tag)!.length, at + 12);
  });
  const file = Buffer.concat([header, ...bodies]);
  const head = placed.get("head")!;
  file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, head.offset + 8);
  return file;
}

/** A simple glyph's contours from its glyf record. */
function readGlyph(data: Buffer): Point[][] {
  const contourCount = data.readInt16BE(0);
  if (contourCount < 1) throw new Error("the zero is not a simple glyph");
  const ends = Array.from({ length: contourCount }, (_, index) => data.readUInt16BE(10 + index * 2));
  const pointCount = ends.at(-1)! + 1;
  let at = 10 + contourCount * 2;
  at += 2 + data.readUInt16BE(at);
  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = data[at++]!;
    flags.push(flag);
    if (flag & 8) for (let repeat = data[at++]!; repeat > 0; repeat--) flags.push(flag);
  }
  const coordinates = (short: number, same: number) => {
    let value = 0;
    return flags.map((flag) => {
      if (flag & short) {
        const delta = data[at++]!;
        value += flag & same ? delta : -delta;
      } else if (!(flag & same)) {
        value += data.readInt16BE(at);
        at += 2;
      }
      return value;
    });
  };
  const xs = coordinates(2, 16);
  const ys = coordinates(4, 32);
  const points = flags.map((flag, index) => ({ x: xs[index]!, y: ys[index]!, onCurve: Boolean(flag & 1) }));
  return ends.map((end, index) => points.slice(index === 0 ? 0 : ends[index - 1]! + 1, end + 1));
}

function bounds(points: readonly Point[]): { xMin: number; yMin: number; xMax: number; yMax: number } {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) };
}

/** The zero's glyph record made plain: its outer contour, and one counter where its two were. */
function plainZero(data: Buffer): Buffer {
  // A composite glyph (the tabular zero is the zero, moved) follows the zero it is made of.
  if (data.length === 0 || data.readInt16BE(0) < 0) return data;
  const contours = readGlyph(data);
  if (contours.length === 2) return data; // already plain
  const area = (points: readonly Point[]) => {
    const box = bounds(points);
    return (box.xMax - box.xMin) * (box.yMax - box.yMin);
  };
  const outer = contours.reduce((largest, contour) => (area(contour) > area(largest) ? contour : largest));
  const counters = bounds(contours.filter((contour) => contour !== outer).flat());
  const box = bounds(outer);
  const scale = { x: (counters.xMax - counters.xMin) / (box.xMax - box.xMin), y: (counters.yMax - counters.yMin) / (box.yMax - box.yMin) };
  const inner = outer
    .map((point) => ({
      x: Math.round(counters.xMin + (point.x - box.xMin) * scale.x),
      y: Math.round(counters.yMin + (point.y - box.yMin) * scale.y),
      onCurve: point.onCurve,
    }))
    .reverse();
  return writeGlyph([outer, inner], box);
}

/** A simple glyph record, coordinates as 16-bit deltas, no instructions. */
function writeGlyph(contours: Point[][], box: ReturnType<typeof bounds>): Buffer {
  const points = contours.flat();
  const parts: Buffer[] = [];
  const header = Buffer.alloc(10 + contours.length * 2 + 2);
  header.writeInt16BE(contours.length, 0);
  header.writeInt16BE(box.xMin, 2);
  header.writeInt16BE(box.yMin, 4);
  header.writeInt16BE(box.xMax, 6);
  header.writeInt16BE(box.yMax, 8);
  let end = -1;
  contours.forEach((contour, index) => header.writeUInt16BE((end += contour.length), 10 + index * 2));
  header.writeUInt16BE(0, 10 + contours.length * 2);
  parts.push(header, Buffer.from(points.map((point) => (point.onCurve ? 1 : 0))));
  for (const axis of ["x", "y"] as const) {
    const deltas = Buffer.alloc(points.length * 2);
    let previous = 0;
    points.forEach((point, index) => {
      deltas.writeInt16BE(point[axis] - previous, index * 2);
      previous = point[axis];
    });
    parts.push(deltas);
  }
  return Buffer.concat(parts);
}

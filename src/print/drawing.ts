import type { FontName } from "../pdf/fonts.ts";
import type { QrRect } from "../pdf/qr.ts";
import { ascent, lineHeight, textWidth, wrapText } from "./type.ts";

// A page as a list of things to draw, in millimetres from the trim's top-left corner (what
// reaches into the bleed has coordinates below 0 or past the trim). A layout makes it once, with
// its lines already broken (type.ts); the PDF (pdfkit) and the preview picture (SVG) draw the
// same list, so what the page shows is what the file prints.

/** An ink in percentages of cyan, magenta, yellow and black: print files are CMYK. */
export type Ink = readonly [c: number, m: number, y: number, k: number];

export const INKS = {
  black: [0, 0, 0, 100],
  text: [0, 0, 0, 90],
  muted: [0, 0, 0, 65],
  rule: [0, 5, 12, 40],
  accent: [0, 65, 85, 25],
  tint: [0, 2, 6, 4],
  white: [0, 0, 0, 0],
} as const satisfies Record<string, Ink>;

/** An ink on screen, for previews: the plain conversion, without a profile (the print is the reference). */
export function inkToRgb(ink: Ink): string {
  const [c, m, y, k] = ink.map((value) => value / 100) as unknown as [number, number, number, number];
  const channel = (value: number) => Math.round(255 * (1 - value) * (1 - k)).toString(16).padStart(2, "0");
  return `#${channel(c)}${channel(m)}${channel(y)}`;
}

export interface Point {
  x: number;
  y: number;
}

export type DrawItem =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill?: Ink; stroke?: Ink; lineWidth?: number }
  /** An open line through the points (a track), or a closed shape when `fill` is set. */
  | { kind: "path"; points: Point[]; stroke?: Ink; lineWidth?: number; dash?: [number, number]; fill?: Ink; closed?: boolean }
  | { kind: "circle"; x: number; y: number; r: number; fill?: Ink; stroke?: Ink; lineWidth?: number; dash?: [number, number] }
  /** One line of text, its baseline starting at (x, y). */
  | { kind: "text"; x: number; y: number; text: string; font: FontName; sizePt: number; ink: Ink }
  /** A QR code's dark modules, placed at (x, y). */
  | { kind: "qr"; x: number; y: number; rects: QrRect[]; ink: Ink };

export interface Drawing {
  /** The trim, in mm. */
  width: number;
  height: number;
  items: DrawItem[];
}

export interface TextStyle {
  font: FontName;
  sizePt: number;
  ink: Ink;
  /** Baseline to baseline over the size (1.25 by default). */
  leading?: number;
  align?: "left" | "center" | "right";
}

/**
 * `text` broken to `width` and set from `top` down: its lines as text items, and the height they
 * take. Nothing is added to `items` when `dryRun` (to measure first).
 */
export function setText(items: DrawItem[] | undefined, text: string, box: { x: number; y: number; width: number }, style: TextStyle): number {
  const lines = wrapText(text, style.font, style.sizePt, box.width);
  const step = lineHeight(style.sizePt, style.leading);
  const first = ascent(style.font, style.sizePt);
  lines.forEach((line, index) => {
    const width = style.align && style.align !== "left" ? textWidth(line, style.font, style.sizePt) : 0;
    const x = style.align === "center" ? box.x + (box.width - width) / 2 : style.align === "right" ? box.x + box.width - width : box.x;
    items?.push({ kind: "text", x, y: box.y + first + index * step, text: line, font: style.font, sizePt: style.sizePt, ink: style.ink });
  });
  return lines.length === 0 ? 0 : first + (lines.length - 1) * step + step * 0.3;
}

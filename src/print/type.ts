import { createRequire } from "node:module";
import type * as Fontkit from "fontkit";
import { FONTS, type FontName } from "../pdf/fonts.ts";

// Type for drawings laid out before they are drawn (src/print/drawing.ts): the width of a line of
// text and where lines break, measured with fontkit, the font engine pdfkit itself uses, on the
// project's TrueType files. A layout that breaks its own lines draws them the same in the PDF and
// in the preview picture.

const MM_PER_POINT = 25.4 / 72;
const fonts = new Map<FontName, Fontkit.Font>();
// Loaded with the first text measured, as the PDF libraries are (src/outputs/pdf-libraries.ts).
const require = createRequire(import.meta.url);
let fontkit: typeof Fontkit | undefined;

export function fontkitFont(name: FontName): Fontkit.Font {
  let font = fonts.get(name);
  if (!font) {
    fontkit ??= require("fontkit") as typeof Fontkit;
    font = fontkit.openSync(FONTS[name]);
    fonts.set(name, font);
  }
  return font;
}

/** Widths of words at 1 pt, in mm: a layout tries several sizes, and measures every word of a text at each. */
const widths = new Map<FontName, Map<string, number>>();

/** The width of `text` on one line, in mm. */
export function textWidth(text: string, font: FontName, sizePt: number): number {
  let known = widths.get(font);
  if (!known) widths.set(font, (known = new Map()));
  let width = known.get(text);
  if (width === undefined) {
    const face = fontkitFont(font);
    width = (face.layout(text).advanceWidth / face.unitsPerEm) * MM_PER_POINT;
    if (known.size < 100_000) known.set(text, width);
  }
  return width * sizePt;
}

/** From one baseline to the next at `sizePt` with `leading` (1.25: a quarter of the size between lines), in mm. */
export function lineHeight(sizePt: number, leading = 1.25): number {
  return sizePt * leading * MM_PER_POINT;
}

/** From the top of a line to its baseline (the font's ascent), in mm. */
export function ascent(font: FontName, sizePt: number): number {
  const face = fontkitFont(font);
  return (face.ascent / face.unitsPerEm) * sizePt * MM_PER_POINT;
}

/**
 * `text` broken into lines no wider than `widthMm`, between words; a word wider than a line on its
 * own (a long address) is broken between letters. Line breaks in the text are kept.
 */
export function wrapText(text: string, font: FontName, sizePt: number, widthMm: number): string[] {
  const lines: string[] = [];
  const space = textWidth(" ", font, sizePt);
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    // The line's width as the sum of its words and spaces (kerning never crosses a space).
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = textWidth(word, font, sizePt);
      const candidate = line ? lineWidth + space + wordWidth : wordWidth;
      if (candidate <= widthMm) {
        line = line ? `${line} ${word}` : word;
        lineWidth = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (textWidth(rest, font, sizePt) > widthMm && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && textWidth(rest.slice(0, cut), font, sizePt) > widthMm) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      lineWidth = textWidth(rest, font, sizePt);
    }
    if (line) lines.push(line);
  }
  return lines;
}

import type { Margins } from "../../pdf/flow.ts";

// The two pupil booklets and the teacher's key differ only in these numbers. Large
// print follows the usual advice for readers with low vision: body text of 16 pt or
// more (here 18) and nothing smaller than 16 pt, more space between lines, larger
// boxes to write and draw in.

export type BookletVariant = "regular" | "large";

export interface BookletStyle {
  margins: Margins;
  titlePt: number;
  headingPt: number;
  bodyPt: number;
  smallPt: number;
  lineGapPt: number;
  paragraphMm: number;
  /** Distance between the lines pupils write on. */
  writingLineMm: number;
  /** Height of a box to draw in. */
  drawBoxMm: number;
  checkboxMm: number;
  /** The tallest a worksheet's picture may be. */
  imageMaxMm: number;
  /** The printed map's height. */
  mapMm: number;
  /** The map's numbered markers, across in mm (the number inside is 1.35 pt per mm: 16 pt and more in large print). */
  mapMarkerMm: number;
}

export const STYLES: Record<BookletVariant, BookletStyle> = {
  regular: {
    margins: { top: 18, right: 18, bottom: 20, left: 20 },
    titlePt: 30,
    headingPt: 18,
    bodyPt: 12,
    smallPt: 8.5,
    lineGapPt: 3,
    paragraphMm: 3,
    writingLineMm: 9,
    drawBoxMm: 75,
    checkboxMm: 4.5,
    imageMaxMm: 80,
    mapMm: 170,
    mapMarkerMm: 7.2,
  },
  large: {
    margins: { top: 16, right: 16, bottom: 20, left: 18 },
    titlePt: 36,
    headingPt: 24,
    bodyPt: 18,
    // Everything a pupil reads is at least 16 pt: captions, instructions, footers, the map's labels.
    smallPt: 16,
    lineGapPt: 6,
    paragraphMm: 5,
    writingLineMm: 14,
    drawBoxMm: 110,
    checkboxMm: 7,
    imageMaxMm: 95,
    mapMm: 185,
    mapMarkerMm: 12,
  },
};

/** The teacher's key: the regular booklet's sizes. */
export const KEY_STYLE = STYLES.regular;

export const COLOURS = { text: "#1d1b18", muted: "#555049", rule: "#8c857b", accent: "#b5542d", link: "#1d4e89", fill: "#f3efe8" } as const;

import type { Size } from "../images/geometry.ts";

// Print formats, in millimetres: the cards and the sheets the print shop prints them on, and how a
// sheet is turned for its back. Shared by the content model (which validates them), the image
// pipeline (print masters) and the print outputs; none of them owns them.

/** Card trim sizes, landscape (width > height). */
export const CARD_FORMATS = {
  A6: { width: 148, height: 105 },
  "10x15": { width: 150, height: 100 },
  DL: { width: 210, height: 99 },
} as const satisfies Record<string, Size>;

export type CardFormat = keyof typeof CARD_FORMATS;
export const CARD_FORMAT_NAMES = Object.keys(CARD_FORMATS) as CardFormat[];
export type Orientation = "landscape" | "portrait";

export interface PrintSettings {
  card: CardFormat;
  orientation: Orientation;
  /** Bleed on every side, in millimetres. */
  bleedMm: number;
}

export const DEFAULT_PRINT: PrintSettings = { card: "A6", orientation: "landscape", bleedMm: 3 };

/** Sheet sizes, upright (portrait). */
export const SHEET_SIZES = {
  A4: { width: 210, height: 297 },
  SRA4: { width: 225, height: 320 },
  A3: { width: 297, height: 420 },
  SRA3: { width: 320, height: 450 },
} as const satisfies Record<string, Size>;

export type SheetName = keyof typeof SHEET_SIZES;

/** Which edge the printer turns a duplex sheet over. */
export type DuplexFlip = "long-edge" | "short-edge";

/** QR info plaques (a series' `plaques:`), upright. */
export const PLAQUE_FORMATS = {
  A5: { width: 148, height: 210 },
  A4: { width: 210, height: 297 },
} as const satisfies Record<string, Size>;

export type PlaqueFormat = keyof typeof PLAQUE_FORMATS;

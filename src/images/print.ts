import { effectiveDpi, printPixels, withBleed, type Size } from "./geometry.ts";
import { PRINT_DPI } from "./options.ts";

// Card formats and the size of a print master: the picture for a card's front,
// full bleed, at 300 dpi.

/** Trim sizes in millimetres, landscape (width > height). */
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

export function trimSize(card: CardFormat, orientation: Orientation): Size {
  const { width, height } = CARD_FORMATS[card];
  return orientation === "landscape" ? { width, height } : { width: height, height: width };
}

export interface PrintMasterSize {
  /** Trim plus bleed, in millimetres. */
  mm: Size;
  /** At 300 dpi. */
  px: Size;
}

/** A6 landscape with 3 mm bleed: 154 x 111 mm, 1819 x 1311 px. */
export function printMasterSize(settings: PrintSettings, dpi = PRINT_DPI): PrintMasterSize {
  const mm = withBleed(trimSize(settings.card, settings.orientation), settings.bleedMm);
  return { mm, px: printPixels(mm, dpi) };
}

/** "A6 landscape, 3 mm bleed: 154 x 111 mm", for messages. */
export function describePrint(settings: PrintSettings): string {
  const { mm } = printMasterSize(settings);
  const orientation = settings.orientation === "landscape" ? "landscape" : "portrait";
  return `${settings.card} ${orientation}, ${formatMm(settings.bleedMm)} mm bleed: ${formatMm(mm.width)} x ${formatMm(mm.height)} mm`;
}

/**
 * The resolution a crop of the source prints at on the card, in whole dpi. Rounded to
 * the nearest: a crop the size of the 300 dpi master (1311 px over 111 mm is 299.99 dpi) is 300.
 */
export function printDpi(crop: Size, settings: PrintSettings): number {
  return Math.round(effectiveDpi(crop, printMasterSize(settings).mm));
}

function formatMm(mm: number): string {
  return Number.isInteger(mm) ? String(mm) : mm.toFixed(1);
}

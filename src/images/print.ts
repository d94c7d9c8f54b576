import { effectiveDpi, printPixels, withBleed, type Size } from "./geometry.ts";
import { PRINT_DPI } from "./options.ts";
import { CARD_FORMATS, type CardFormat, type Orientation, type PrintSettings } from "../print/formats.ts";

// The size of a print master: the picture for a card's front, full bleed, at 300 dpi. The card
// formats themselves are in src/print/formats.ts.

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

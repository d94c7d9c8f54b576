// Pure image geometry: focal points, crops, print sizes and resolutions.
// Sizes on paper are in millimetres, on screen and in files in pixels.

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in source pixels, as sharp's extract() takes it. */
export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A point of interest as fractions of the width and height: 0.4, 0.3 is 40% from the left, 30% from the top. */
export interface FocalPoint {
  x: number;
  y: number;
}

export const MM_PER_INCH = 25.4;

/** "40% 30%" (from the left, from the top) → { x: 0.4, y: 0.3 }; undefined when it is not that shape. */
export function parseFocus(text: string): FocalPoint | undefined {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%\s+(\d{1,3}(?:\.\d+)?)\s*%\s*$/.exec(text);
  if (!match) return undefined;
  const x = Number(match[1]);
  const y = Number(match[2]);
  if (x > 100 || y > 100) return undefined;
  return { x: x / 100, y: y / 100 };
}

/**
 * The largest box with `aspect` (width / height) inside `source`, placed so the focal
 * point is as close to its centre as the edges allow. Whole pixels, never outside the source.
 */
export function cropAround(source: Size, aspect: number, focus: FocalPoint = { x: 0.5, y: 0.5 }): CropBox {
  let width = source.width;
  let height = Math.round(width / aspect);
  if (height > source.height) {
    height = source.height;
    width = Math.round(height * aspect);
  }
  width = Math.max(1, Math.min(width, source.width));
  height = Math.max(1, Math.min(height, source.height));
  const left = clamp(Math.round(focus.x * source.width - width / 2), 0, source.width - width);
  const top = clamp(Math.round(focus.y * source.height - height / 2), 0, source.height - height);
  return { left, top, width, height };
}

/** The size in pixels of `mm` millimetres at `dpi` dots per inch, rounded to whole pixels. */
export function mmToPixels(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/** The resolution `pixels` give when printed over `mm` millimetres. */
export function dotsPerInch(pixels: number, mm: number): number {
  return pixels / (mm / MM_PER_INCH);
}

/** A card's trim size plus bleed on every side, in millimetres. */
export function withBleed(trimMm: Size, bleedMm: number): Size {
  return { width: trimMm.width + 2 * bleedMm, height: trimMm.height + 2 * bleedMm };
}

/** The pixel size of a print file: A6 with 3 mm bleed at 300 dpi is 154 x 111 mm, 1819 x 1311 px. */
export function printPixels(sizeMm: Size, dpi: number): Size {
  return { width: mmToPixels(sizeMm.width, dpi), height: mmToPixels(sizeMm.height, dpi) };
}

/**
 * The resolution a crop of `crop` source pixels prints at when it fills `sizeMm`:
 * the lower of the two directions, as the crop has the print's aspect ratio up to rounding.
 */
export function effectiveDpi(crop: Size, sizeMm: Size): number {
  return Math.min(dotsPerInch(crop.width, sizeMm.width), dotsPerInch(crop.height, sizeMm.height));
}

/**
 * The widths to make of an image `sourceWidth` pixels wide: the candidates it can
 * fill without upscaling, plus the source width itself when it lies between two
 * candidates or below the smallest, so the largest file is the full image.
 */
export function responsiveWidths(sourceWidth: number, candidates: readonly number[]): number[] {
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  const fitting = sorted.filter((width) => width <= sourceWidth);
  if (fitting.length < sorted.length && !fitting.includes(sourceWidth)) fitting.push(sourceWidth);
  return fitting;
}

/** The height of `size` scaled to `width`, keeping its aspect ratio. */
export function heightAtWidth(size: Size, width: number): number {
  return Math.max(1, Math.round((size.height * width) / size.width));
}

/** Width and height swapped when an EXIF orientation (5-8) turns the picture a quarter. */
export function orientedSize(size: Size, orientation: number | undefined): Size {
  return orientation !== undefined && orientation >= 5 && orientation <= 8 ? { width: size.height, height: size.width } : size;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

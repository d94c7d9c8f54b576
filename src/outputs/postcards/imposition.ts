import type { Size } from "../../images/geometry.ts";
import type { DuplexFlip } from "../../print/formats.ts";

// Imposition: how many cards fit on a sheet, where each goes, and where its back
// goes on the other side of the sheet. Pure geometry in millimetres, origin at the
// sheet's top-left corner, sheets upright (portrait).

export interface SheetSettings {
  sheet: Size;
  /** What the printer cannot print on, along every edge. */
  marginMm: number;
  /** Space between neighbouring cards (between their bleed edges). */
  gutterMm: number;
}

export interface Slot {
  /** Index of the card on the sheet, reading order of the front. */
  index: number;
  column: number;
  row: number;
  /** The card's page (trim plus bleed) on the sheet. */
  x: number;
  y: number;
  /** True when the card is turned a quarter to fit more on the sheet. */
  rotated: boolean;
}

export interface Imposition {
  columns: number;
  rows: number;
  rotated: boolean;
  /** Card pages on the sheet as placed: width and height after turning. */
  cell: Size;
  slots: Slot[];
}

function grid(available: Size, cell: Size, gutter: number): { columns: number; rows: number } {
  const fit = (length: number, item: number) => Math.max(0, Math.floor((length + gutter + 1e-9) / (item + gutter)));
  return { columns: fit(available.width, cell.width), rows: fit(available.height, cell.height) };
}

/**
 * The most cards of `page` size (trim plus bleed) that fit inside the printable area,
 * upright or turned a quarter, centred on the sheet. Cards are never scaled.
 * A4 holds 2 x 2 A6 only with no bleed and no margin; SRA3 holds 8 with 3 mm bleed.
 */
export function impose(page: Size, settings: SheetSettings): Imposition {
  const available = { width: settings.sheet.width - 2 * settings.marginMm, height: settings.sheet.height - 2 * settings.marginMm };
  const upright = grid(available, page, settings.gutterMm);
  const turnedCell = { width: page.height, height: page.width };
  const turned = grid(available, turnedCell, settings.gutterMm);
  const rotated = turned.columns * turned.rows > upright.columns * upright.rows;
  const { columns, rows } = rotated ? turned : upright;
  const cell = rotated ? turnedCell : page;
  const used = {
    width: columns * cell.width + Math.max(0, columns - 1) * settings.gutterMm,
    height: rows * cell.height + Math.max(0, rows - 1) * settings.gutterMm,
  };
  const left = (settings.sheet.width - used.width) / 2;
  const top = (settings.sheet.height - used.height) / 2;
  const slots: Slot[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      slots.push({
        index: slots.length,
        column,
        row,
        x: left + column * (cell.width + settings.gutterMm),
        y: top + row * (cell.height + settings.gutterMm),
        rotated,
      });
    }
  }
  return { columns, rows, rotated, cell, slots };
}

/**
 * Where the back of the card in `slot` goes on the back of the sheet, so that after the
 * printer turns the sheet it lands behind its own front. Sheets are upright, so the
 * long edge is vertical: a long-edge flip mirrors the columns; a short-edge flip
 * mirrors the rows and turns each back half a turn.
 */
export function backSlot(slot: Slot, imposition: Imposition, flip: DuplexFlip): { column: number; row: number; turnedHalf: boolean } {
  return flip === "long-edge"
    ? { column: imposition.columns - 1 - slot.column, row: slot.row, turnedHalf: false }
    : { column: slot.column, row: imposition.rows - 1 - slot.row, turnedHalf: true };
}

export interface CropMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Crop marks for a card page placed at (x, y): at each trim line, outside the bleed,
 * starting `offsetMm` from it and `lengthMm` long. Marks that would fall on a
 * neighbouring card's page are left out, so nothing is printed inside any bleed.
 */
export function cropMarks(
  slot: Slot,
  imposition: Imposition,
  bleedMm: number,
  { offsetMm = 3, lengthMm = 10 }: { offsetMm?: number; lengthMm?: number } = {},
): CropMark[] {
  const { cell } = imposition;
  const marks: CropMark[] = [];
  const trimLeft = slot.x + bleedMm;
  const trimRight = slot.x + cell.width - bleedMm;
  const trimTop = slot.y + bleedMm;
  const trimBottom = slot.y + cell.height - bleedMm;
  const hasLeft = slot.column > 0;
  const hasRight = slot.column < imposition.columns - 1;
  const hasAbove = slot.row > 0;
  const hasBelow = slot.row < imposition.rows - 1;
  const start = bleedMm + offsetMm;
  for (const x of [trimLeft, trimRight]) {
    if (!hasAbove) marks.push({ x1: x, y1: trimTop - start, x2: x, y2: trimTop - start - lengthMm });
    if (!hasBelow) marks.push({ x1: x, y1: trimBottom + start, x2: x, y2: trimBottom + start + lengthMm });
  }
  for (const y of [trimTop, trimBottom]) {
    if (!hasLeft) marks.push({ x1: trimLeft - start, y1: y, x2: trimLeft - start - lengthMm, y2: y });
    if (!hasRight) marks.push({ x1: trimRight + start, y1: y, x2: trimRight + start + lengthMm, y2: y });
  }
  return marks;
}

/** A quarter turn count, counter-clockwise, as PDF rotates. */
export type Rotation = 0 | 90 | 180 | 270;

/**
 * Where to put the origin of a card page drawn turned by `rotation` (counter-clockwise,
 * about its bottom-left corner, as PDF does) so that it fills the cell at (x, y) from the
 * sheet's top-left. Returns PDF coordinates in mm: from the bottom-left of the sheet.
 */
export function drawOrigin(cell: { x: number; y: number; width: number; height: number }, sheetHeight: number, rotation: Rotation): { x: number; y: number } {
  const bottom = sheetHeight - cell.y - cell.height;
  const top = sheetHeight - cell.y;
  switch (rotation) {
    case 0:
      return { x: cell.x, y: bottom };
    case 90:
      return { x: cell.x + cell.width, y: bottom };
    case 180:
      return { x: cell.x + cell.width, y: top };
    case 270:
      return { x: cell.x, y: top };
  }
}

/**
 * How a card's back is turned on the back of the sheet, given how its front is turned:
 * turning the sheet over its long edge mirrors left and right (so a quarter turn goes the
 * other way), over its short edge it also turns everything upside down.
 *
 * A portrait card has a landscape back (`quarter`): its back is turned a further quarter
 * counter-clockwise, so that the back's top lies behind the front's right edge. Turn the
 * card over sideways and a quarter to the right, and the back reads the right way up.
 */
export function backRotation(front: Rotation, flip: DuplexFlip, quarter = false): Rotation {
  const turned = (flip === "long-edge" ? -front : 180 - front) + (quarter ? 90 : 0);
  return ((((turned % 360) + 360) % 360) as Rotation);
}

import type { Size } from "../../images/geometry.ts";

// Where everything goes on a postcard, in millimetres: pure numbers the PDF
// renderer (and the preview) draw. Coordinates are on the card's page, which is
// the trim size plus bleed on every side; origin top-left.
//
// The back follows bpost's rules for postcards: the right half is for the address
// and postage (a franking zone of 74 x 40 mm in the top-right corner with the stamp
// box, address lines below it, and the bottom 30 mm left empty for the sorting
// barcode); a vertical line divides it from the left half, which carries the text.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CardGeometry {
  /** Trim size, landscape for the back (long side horizontal). */
  trim: Size;
  bleedMm: number;
  /** Text and logos stay this far inside the trim. */
  safeMm: number;
}

/** bpost: the franking zone in the top-right corner, and the strip kept free for the sorting barcode. */
export const FRANKING_ZONE: Size = { width: 74, height: 40 };
export const BARCODE_ZONE_HEIGHT = 30;
/** A box for a stamp (a Belgian stamp is about 24 x 28 mm with its perforation). */
export const STAMP_BOX: Size = { width: 24, height: 28 };
/** Scanned from 30 cm, a QR code wants to be about a tenth of that across, quiet zone included. */
export const QR_SIZE = 30;
const GAP = 3;
const ADDRESS_LINES = 4;

export interface BackLayout {
  page: Size;
  trim: Box;
  safe: Box;
  divider: Line;
  franking: Box;
  stamp: Box;
  addressLines: Line[];
  /** Kept empty. */
  barcodeZone: Box;
  /** "Mijnerfgoed in Midden-Limburg · 3/8" */
  series: Box;
  /** The fun fact's title. */
  title: Box;
  /** The fun fact; the text is fitted into it. */
  text: Box;
  /** The QR code to the monument's page, quiet zone included. */
  qr: Box;
  /** Monument name, municipality, photo credit and licence, beside the QR code. */
  about: Box;
}

export function pageSize(card: CardGeometry): Size {
  return { width: card.trim.width + 2 * card.bleedMm, height: card.trim.height + 2 * card.bleedMm };
}

export function backLayout(card: CardGeometry): BackLayout {
  const { bleedMm: bleed, safeMm: safe } = card;
  const trim: Box = { x: bleed, y: bleed, ...card.trim };
  const safeBox: Box = { x: trim.x + safe, y: trim.y + safe, width: trim.width - 2 * safe, height: trim.height - 2 * safe };
  const middle = trim.x + trim.width / 2;
  const right = trim.x + trim.width;
  const bottom = trim.y + trim.height;

  const franking: Box = { x: right - FRANKING_ZONE.width, y: trim.y, ...FRANKING_ZONE };
  const stamp: Box = { x: right - safe - STAMP_BOX.width, y: trim.y + safe, ...STAMP_BOX };
  const barcodeZone: Box = { x: middle, y: bottom - BARCODE_ZONE_HEIGHT, width: trim.width / 2, height: BARCODE_ZONE_HEIGHT };
  const addressTop = franking.y + franking.height;
  const addressStep = (barcodeZone.y - addressTop) / (ADDRESS_LINES + 0.5);
  const addressLines = Array.from({ length: ADDRESS_LINES }, (_, index) => {
    const y = addressTop + addressStep * (index + 1);
    return { x1: middle + 2 * GAP, y1: y, x2: right - safe, y2: y };
  });
  const divider: Line = { x1: middle, y1: safeBox.y, x2: middle, y2: barcodeZone.y };

  const left = safeBox.x;
  const leftWidth = middle - GAP - left;
  const series: Box = { x: left, y: safeBox.y, width: leftWidth, height: 4 };
  const title: Box = { x: left, y: series.y + series.height + 2, width: leftWidth, height: 11 };
  const qr: Box = { x: left, y: safeBox.y + safeBox.height - QR_SIZE, width: QR_SIZE, height: QR_SIZE };
  const about: Box = { x: qr.x + qr.width + GAP, y: qr.y, width: middle - GAP - (qr.x + qr.width + GAP), height: qr.height };
  const textTop = title.y + title.height + 1;
  const text: Box = { x: left, y: textTop, width: leftWidth, height: qr.y - GAP - textTop };
  return { page: pageSize(card), trim, safe: safeBox, divider, franking, stamp, addressLines, barcodeZone, series, title, text, qr, about };
}

export interface FrontLayout {
  page: Size;
  trim: Box;
  safe: Box;
  /** The print master fills the page, bleed included. */
  image: Box;
  /** The optional title band along the bottom, inside the safe zone. */
  band: Box;
}

export function frontLayout(card: CardGeometry): FrontLayout {
  const page = pageSize(card);
  const trim: Box = { x: card.bleedMm, y: card.bleedMm, ...card.trim };
  const safe: Box = { x: trim.x + card.safeMm, y: trim.y + card.safeMm, width: trim.width - 2 * card.safeMm, height: trim.height - 2 * card.safeMm };
  const bandHeight = 12;
  return {
    page,
    trim,
    safe,
    image: { x: 0, y: 0, ...page },
    band: { x: safe.x, y: safe.y + safe.height - bandHeight, width: safe.width, height: bandHeight },
  };
}

/** A logo's height on the front, and the most of the width it may take. */
export const LOGO_HEIGHT = 8;
const LOGO_SHARE = 1 / 3;
const LOGO_PADDING = 2;

export interface LogoPlacement {
  logo: Box;
  /** The white ground under the logo when there is no band to put it on. */
  plate?: Box;
}

/**
 * Where a series' logo goes on the front: at the right end of the name band, or, with no
 * band, on a small white plate in the safe zone's bottom-right corner. `aspect` is the
 * logo's width over its height; a wide logo is made smaller to stay within a third of the card.
 */
export function logoPlacement(front: FrontLayout, aspect: number, band: boolean): LogoPlacement {
  const width = Math.min(LOGO_HEIGHT * aspect, front.safe.width * LOGO_SHARE);
  const height = width / aspect;
  if (band) {
    const box = front.band;
    return { logo: { x: box.x + box.width - LOGO_PADDING - width, y: box.y + (box.height - height) / 2, width, height } };
  }
  const right = front.safe.x + front.safe.width;
  const bottom = front.safe.y + front.safe.height;
  const plate: Box = { x: right - width - 2 * LOGO_PADDING, y: bottom - height - 2 * LOGO_PADDING, width: width + 2 * LOGO_PADDING, height: height + 2 * LOGO_PADDING };
  return { logo: { x: plate.x + LOGO_PADDING, y: plate.y + LOGO_PADDING, width, height }, plate };
}

/** True when `inner` lies within `outer` (touching allowed). */
export function contains(outer: Box, inner: Box): boolean {
  const epsilon = 1e-9;
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

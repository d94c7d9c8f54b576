import type { Size } from "../../images/geometry.ts";
import { PLAQUE_FORMATS, type PlaqueFormat } from "../../print/formats.ts";
import type { Box } from "./layout.ts";

// The QR info plaque of a monument (a series' `plaques: A5` or `A4`): a sign to hang at the
// monument, upright, in millimetres from the trim's top-left corner. From the top: the card's
// picture, the monument's name, the card's two-line title, a large QR code to the monument's page,
// and under it what to do with it, the address, and the series' logo. Pure geometry.
//
// The QR code is sized to scan from a metre: about a tenth of the distance for the code itself
// (the usual rule for phone cameras), so 100 mm with its quiet zone on A5 and 140 mm on A4.
// The picture is the card's print master (cut for the card at 300 dpi), drawn no larger than the
// master itself, so it stays at 300 dpi or more: a band across the top, cropped to fit.

export interface PlaqueLayout {
  trim: Size;
  safe: Box;
  picture: Box;
  name: Box;
  title: Box;
  qr: Box;
  scan: Box;
  address: Box;
  logo: Box;
  /** Type sizes in points: largest and smallest for the name and the title, and the small print. */
  sizes: { nameMax: number; nameMin: number; titleMax: number; titleMin: number; scan: number; address: number };
}

/** The QR code with its quiet zone, per format (mm). */
export const PLAQUE_QR_MM: Record<PlaqueFormat, number> = { A5: 100, A4: 140 };

/**
 * The layout of a plaque. `pictureMax` is the largest the picture may be drawn (the print master's
 * own size in mm, for 300 dpi); the picture band is as wide as the safe area or the master, whichever
 * is narrower, and centred.
 */
export function plaqueLayout(format: PlaqueFormat, safeMm: number, pictureMax: Size): PlaqueLayout {
  const trim = PLAQUE_FORMATS[format];
  // A4 is A5 enlarged by √2: the same layout, type and code larger.
  const scale = trim.width / PLAQUE_FORMATS.A5.width;
  const margin = Math.max(safeMm, 8 * scale);
  const safe: Box = { x: margin, y: margin, width: trim.width - 2 * margin, height: trim.height - 2 * margin };
  const gap = 3 * scale;
  const pictureWidth = Math.min(safe.width, pictureMax.width);
  const pictureHeight = Math.min(44 * scale, pictureMax.height);
  const picture: Box = { x: (trim.width - pictureWidth) / 2, y: safe.y, width: pictureWidth, height: pictureHeight };
  const name: Box = { x: safe.x, y: picture.y + picture.height + gap, width: safe.width, height: 14 * scale };
  const title: Box = { x: safe.x, y: name.y + name.height + gap / 2, width: safe.width, height: 12 * scale };
  const qrSize = PLAQUE_QR_MM[format];
  const qr: Box = { x: (trim.width - qrSize) / 2, y: title.y + title.height + gap, width: qrSize, height: qrSize };
  const logoHeight = 8 * scale;
  const logo: Box = { x: safe.x + safe.width - 3 * logoHeight, y: safe.y + safe.height - logoHeight, width: 3 * logoHeight, height: logoHeight };
  const textWidth = logo.x - gap - safe.x;
  const scan: Box = { x: safe.x, y: qr.y + qr.height + gap / 2, width: textWidth, height: 5 * scale };
  const address: Box = { x: safe.x, y: scan.y + scan.height, width: textWidth, height: safe.y + safe.height - (scan.y + scan.height) };
  return {
    trim,
    safe,
    picture,
    name,
    title,
    qr,
    scan,
    address,
    logo,
    sizes: { nameMax: 20 * scale, nameMin: 12 * scale, titleMax: 15 * scale, titleMin: 11 * scale, scan: 10 * scale, address: 8 * scale },
  };
}

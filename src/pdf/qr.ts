import QRCode from "qrcode";

// A QR code as vector squares in millimetres, for pdfkit (and the SVG preview):
// sharp at any print size, and small, since runs of dark modules in a row are
// merged into one rectangle.

export interface QrRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QrDrawing {
  /** Side of the whole drawing, quiet zone included, in mm. */
  sizeMm: number;
  /** Side of one module, in mm. */
  moduleMm: number;
  /** Modules across the code itself (without the quiet zone). */
  modules: number;
  /** Dark areas, relative to the drawing's top-left corner. */
  rects: QrRect[];
}

/** The quiet zone the QR standard asks for: four modules on every side. */
export const QUIET_ZONE_MODULES = 4;

/**
 * `text` (a URL) as a QR code `sizeMm` across, quiet zone included. Error correction
 * level M survives a smudge or a fold in a corner of a postcard.
 */
export function qrDrawing(text: string, sizeMm: number): QrDrawing {
  const code = QRCode.create(text, { errorCorrectionLevel: "M" });
  const modules = code.modules.size;
  const moduleMm = sizeMm / (modules + 2 * QUIET_ZONE_MODULES);
  const rects: QrRect[] = [];
  for (let row = 0; row < modules; row++) {
    let column = 0;
    while (column < modules) {
      if (!code.modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules && code.modules.get(row, column)) column++;
      rects.push({
        x: (QUIET_ZONE_MODULES + start) * moduleMm,
        y: (QUIET_ZONE_MODULES + row) * moduleMm,
        width: (column - start) * moduleMm,
        height: moduleMm,
      });
    }
  }
  return { sizeMm, moduleMm, modules, rects };
}

/** The drawing as an SVG document (white quiet zone, black modules), e.g. for previews and tests. */
export function qrSvg(drawing: QrDrawing): string {
  const rects = drawing.rects.map((rect) => `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.sizeMm} ${drawing.sizeMm}" width="${drawing.sizeMm}mm" height="${drawing.sizeMm}mm"><rect width="100%" height="100%" fill="#fff"/><g fill="#000" shape-rendering="crispEdges">${rects}</g></svg>`;
}

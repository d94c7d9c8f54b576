import { QUIET_ZONE_MODULES, qrDrawing } from "../../pdf/qr.ts";
import { escapeHtml } from "../../client/html.ts";

// A QR code for a printed page, as an inline SVG made at build time: the same modules as
// the postcards' and packs' codes (src/pdf/qr.ts), one path in module units, so it stays
// sharp at any print size and is about 1 KB for a page address.

/** The QR code of `url` as an <svg> with `label` as its accessible name. */
export function qrCodeSvg(url: string, label: string): string {
  // Encoded once (choosing the mask is most of the work), then written one unit per module:
  // whole numbers in the path.
  const drawing = qrDrawing(url, 1);
  const size = drawing.modules + 2 * QUIET_ZONE_MODULES;
  const unit = (mm: number) => Math.round(mm / drawing.moduleMm);
  const path = drawing.rects.map((rect) => `M${unit(rect.x)} ${unit(rect.y)}h${unit(rect.width)}v1h-${unit(rect.width)}z`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${size} ${size}" width="${size * 4}" height="${size * 4}" role="img" shape-rendering="crispEdges">` +
    `<title>${escapeHtml(label)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}

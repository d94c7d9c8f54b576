import L from "leaflet";
import type { Precision } from "./data.ts";
import { kindCode, knownKind } from "./kinds.ts";
import type { Offset } from "./spread.ts";

// Markers drawn with CSS (divIcon), one icon object per kind and precision,
// shared by every marker: no image files to break, and cheap for 10,000 markers.

const icons = new Map<string, L.DivIcon>();

export function monumentIcon(kind: string, precision: Precision, offset: Offset = { dx: 0, dy: 0 }): L.DivIcon {
  const known = knownKind(kind);
  // Moved `offset` px from its place (markers at one address set side by side, src/client/spread.ts).
  const key = `${known}|${precision}|${offset.dx}|${offset.dy}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `map-marker map-marker--${known}${precision === "approximate" ? " map-marker--approximate" : ""}`,
      html: `<span aria-hidden="true">${kindCode(known)}</span>`,
      iconSize: [28, 28],
      iconAnchor: [14 - offset.dx, 14 - offset.dy],
      popupAnchor: [offset.dx, offset.dy - 14],
    });
    icons.set(key, icon);
  }
  return icon;
}

/** Width of a numbered stop marker, in pixels. */
export const STOP_ICON_SIZE = 30;

/** A numbered route stop: 1, 2, 3 … as in the stop list on the page; moved `offset` px from its place (for stops that would touch, src/client/spread.ts). */
export function stopIcon(number: number, precision: Precision, offset: Offset = { dx: 0, dy: 0 }): L.DivIcon {
  return L.divIcon({
    className: `route-stop${precision === "approximate" ? " route-stop--approximate" : ""}`,
    html: `<span aria-hidden="true">${Math.trunc(number)}</span>`,
    iconSize: [STOP_ICON_SIZE, STOP_ICON_SIZE],
    iconAnchor: [STOP_ICON_SIZE / 2 - offset.dx, STOP_ICON_SIZE / 2 - offset.dy],
    popupAnchor: [offset.dx, offset.dy - STOP_ICON_SIZE / 2],
  });
}

import type { PlanePoint } from "../../geo/projection.ts";

// What the build-time drawings (route sketches, the monuments map) share: colours from
// assets/css/site.css and short number formatting, which keeps the SVG small.

export const SKETCH_COLOURS = {
  ground: "#efe9dd",
  land: "#e3dccd",
  route: "#8a3a10",
  stop: "#23201c",
  stopInk: "#ffffff",
  ink: "#1d1b18",
  monument: "#8a3a10",
} as const;

/** One decimal at most: a tenth of a pixel is finer than any screen draws the sketch. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** A polyline's `points`: "x,y x,y …". */
export function pointsAttribute(points: readonly PlanePoint[]): string {
  return points.map((point) => `${formatNumber(point.x)},${formatNumber(point.y)}`).join(" ");
}

import { greatCircleKm, type LatLng } from "./distance.ts";
import type { Position } from "./gpx.ts";

const toLatLng = (position: Position): LatLng => ({ lat: position[1], lng: position[0] });

/** Length of a line along its points, in km. */
export function lineLengthKm(line: readonly Position[]): number {
  let total = 0;
  for (let index = 1; index < line.length; index++) total += greatCircleKm(toLatLng(line[index - 1]!), toLatLng(line[index]!));
  return total;
}

/**
 * Where a point lies along a track: the nearest place on any segment, its
 * distance from the point, and how far along the track (all segments in order)
 * that place is. Local flat-earth projection: exact enough within a region.
 */
export function locateOnTrack(
  segments: readonly Position[][],
  point: LatLng,
  /** Only consider the track from this far along (stops follow the track in order). */
  fromKm = 0,
): { offTrackKm: number; alongKm: number } {
  let best = { offTrackKm: Infinity, alongKm: fromKm };
  let before = 0;
  const kmPerDegreeLat = 111.195;
  const kmPerDegreeLng = kmPerDegreeLat * Math.cos((point.lat * Math.PI) / 180);
  for (const segment of segments) {
    for (let index = 1; index < segment.length; index++) {
      const a = segment[index - 1]!;
      const b = segment[index]!;
      const ax = (a[0] - point.lng) * kmPerDegreeLng;
      const ay = (a[1] - point.lat) * kmPerDegreeLat;
      const bx = (b[0] - point.lng) * kmPerDegreeLng;
      const by = (b[1] - point.lat) * kmPerDegreeLat;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      const offTrackKm = Math.hypot(ax + t * dx, ay + t * dy);
      const pieceKm = greatCircleKm(toLatLng(a), toLatLng(b));
      const alongKm = before + t * pieceKm;
      if (offTrackKm < best.offTrackKm && alongKm >= fromKm) best = { offTrackKm, alongKm };
      before += pieceKm;
    }
  }
  return best;
}

/**
 * Total climb and descent in metres. Changes smaller than `thresholdM` are GPS
 * noise and are only counted once they add up past it (hysteresis), as sport
 * apps do; without it, a flat track would "climb" hundreds of metres.
 */
export function elevationGainLoss(segments: readonly Position[][], thresholdM = 3): { gainM: number; lossM: number } {
  let gainM = 0;
  let lossM = 0;
  for (const segment of segments) {
    let anchor: number | undefined;
    for (const point of segment) {
      const elevation = point[2];
      if (elevation === undefined) continue;
      if (anchor === undefined) {
        anchor = elevation;
        continue;
      }
      const change = elevation - anchor;
      if (change >= thresholdM) {
        gainM += change;
        anchor = elevation;
      } else if (change <= -thresholdM) {
        lossM -= change;
        anchor = elevation;
      }
    }
  }
  return { gainM: Math.round(gainM), lossM: Math.round(lossM) };
}

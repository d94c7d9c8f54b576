import { readFileSync, statSync } from "node:fs";
import { legLengthsKm } from "../geo/distance.ts";
import { parseGpx, type Position } from "../geo/gpx.ts";
import { elevationGainLoss, lineLengthKm, locateOnTrack } from "../geo/track.ts";
import type { Leg, Stop } from "./model.ts";

/** A stop further than this from the route's track is reported. */
export const MAX_STOP_DISTANCE_FROM_TRACK_KM = 0.5;
const MAX_GPX_BYTES = 20 * 1024 * 1024;

export interface RoutePath {
  /** The lines to draw: the track's segments, or one line through the stops. */
  segments: Position[][];
  method: "track" | "straight-lines";
  distanceKm: number;
  legs: Leg[];
  elevation?: { gainM: number; lossM: number };
}

export interface PathProblem {
  /** Where in the route's front matter: ["track"] or ["stops", index]. */
  path: PropertyKey[];
  message: string;
  hint: string;
  severity: "error" | "warning";
}

/**
 * The route's path and its distances: along the GPX track when there is one
 * (legs measured between the places on the track nearest to each stop, in
 * order), otherwise great-circle lines between consecutive stops.
 */
export function routePath(stops: Stop[], track: { absolutePath: string; reference: string } | undefined, problems: PathProblem[]): RoutePath {
  const straight = straightLines(stops);
  if (!track) return straight;
  const size = statSync(track.absolutePath).size;
  if (size > MAX_GPX_BYTES) {
    problems.push({
      path: ["track"],
      message: `"${track.reference}" is ${(size / 1024 / 1024).toFixed(0)} MB; the limit is 20 MB`,
      hint: "simplify the track in the route planner before exporting (fewer points)",
      severity: "error",
    });
    return straight;
  }
  const parsed = parseGpx(readFileSync(track.absolutePath, "utf8"));
  if (!parsed.ok) {
    const where = parsed.line === undefined ? "" : ` (line ${parsed.line} of the GPX file)`;
    problems.push({ path: ["track"], message: `"${track.reference}" ${parsed.message}${where}`, hint: parsed.hint, severity: "error" });
    return straight;
  }
  const { segments, hasElevation } = parsed.track;
  let fromKm = 0;
  const along = stops.map((stop, index) => {
    const placed = locateOnTrack(segments, stop.location, fromKm);
    const nearest = locateOnTrack(segments, stop.location);
    if (nearest.offTrackKm > MAX_STOP_DISTANCE_FROM_TRACK_KM) {
      const approximate = stop.location.precision === "approximate";
      problems.push({
        path: ["stops", index],
        message: `stop ${index + 1} ("${stop.name}") is ${nearest.offTrackKm.toFixed(1).replace(".", ",")} km from the track in "${track.reference}"`,
        hint: approximate
          ? "its position is approximate: correct it, or check that the GPX file belongs to this route"
          : "check the stop's position and that the GPX file belongs to this route",
        severity: approximate ? "warning" : "error",
      });
    }
    fromKm = placed.alongKm;
    return placed.alongKm;
  });
  const legs = stops.slice(1).map((to, index) => ({ from: stops[index]!, to, distanceKm: along[index + 1]! - along[index]! }));
  return {
    segments,
    method: "track",
    distanceKm: segments.reduce((sum, segment) => sum + lineLengthKm(segment), 0),
    legs,
    elevation: hasElevation ? elevationGainLoss(segments) : undefined,
  };
}

function straightLines(stops: Stop[]): RoutePath {
  const lengths = legLengthsKm(stops.map((stop) => stop.location));
  return {
    segments: [stops.map((stop): Position => [stop.location.lng, stop.location.lat])],
    method: "straight-lines",
    distanceKm: lengths.reduce((sum, length) => sum + length, 0),
    legs: lengths.map((distanceKm, index) => ({ from: stops[index]!, to: stops[index + 1]!, distanceKm })),
  };
}

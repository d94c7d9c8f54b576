import { greatCircleKm, type LatLng } from "./distance.ts";
import type { Position } from "./gpx.ts";
import { locateOnTrack } from "./track.ts";

// "Waar ben ik op de route?": where a visitor is along a route, and the next stop, with its
// distance along the route and its direction from here. Pure geometry, no DOM: the route
// page's script feeds it positions as they come (watchPosition).

export type Compass = "N" | "NE" | "E" | "SE" | "S" | "SW" | "W" | "NW";
const COMPASS: readonly Compass[] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

/** A stop within this distance along the route counts as reached: its sign is in sight. */
export const REACHED_KM = 0.025;

export interface NextStop {
  /** 0-based, in the route's order. */
  index: number;
  /** Along the route from the visitor's place on it to the stop. */
  alongKm: number;
  /** As the crow flies from the visitor. */
  straightKm: number;
  /** Initial great-circle bearing from the visitor to the stop, 0-360 clockwise from north. */
  bearingDegrees: number;
  compass: Compass;
}

export interface RouteProgress {
  /** How far along the route the visitor's nearest place on it is. */
  alongKm: number;
  /** How far the visitor is from the route. */
  offRouteKm: number;
  /** Undefined when the last stop has been reached. */
  next?: NextStop;
}

/** Where each stop lies along the route, in order (a route may pass a place twice). */
export function stopsAlongKm(path: readonly Position[][], stops: readonly LatLng[]): number[] {
  let fromKm = 0;
  return stops.map((stop) => {
    fromKm = locateOnTrack(path, stop, fromKm).alongKm;
    return fromKm;
  });
}

/**
 * The visitor's progress along a route. `fromKm` is how far along they were at the last
 * position: a route that loops back past itself is then followed forwards, not snapped back.
 */
export function routeProgress(path: readonly Position[][], stops: readonly LatLng[], alongStops: readonly number[], here: LatLng, fromKm = 0): RouteProgress {
  const onRoute = locateOnTrack(path, here, Math.max(0, fromKm - REACHED_KM));
  const index = alongStops.findIndex((stopKm) => stopKm > onRoute.alongKm + REACHED_KM);
  const progress: RouteProgress = { alongKm: onRoute.alongKm, offRouteKm: onRoute.offTrackKm };
  if (index === -1) return progress;
  progress.next = { index, alongKm: alongStops[index]! - onRoute.alongKm, ...heading(here, stops[index]!) };
  return progress;
}

/** From the visitor straight to a place: how far, and which way (for a stop off the route's order, or the route's end). */
export function heading(here: LatLng, to: LatLng): Pick<NextStop, "straightKm" | "bearingDegrees" | "compass"> {
  const bearingDegrees = bearing(here, to);
  return { straightKm: greatCircleKm(here, to), bearingDegrees, compass: compassOf(bearingDegrees) };
}

/** The nearest of the eight compass points to a bearing in degrees. */
export function compassOf(degrees: number): Compass {
  return COMPASS[((Math.round(degrees / 45) % 8) + 8) % 8]!;
}

/** Initial great-circle bearing from `from` to `to`, in degrees clockwise from north (0-360). */
export function bearing(from: LatLng, to: LatLng): number {
  const radians = Math.PI / 180;
  const phi1 = from.lat * radians;
  const phi2 = to.lat * radians;
  const deltaLambda = (to.lng - from.lng) * radians;
  const y = Math.sin(deltaLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(deltaLambda);
  return ((Math.atan2(y, x) / radians) + 360) % 360;
}

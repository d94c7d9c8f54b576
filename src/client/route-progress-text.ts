import type { LatLng } from "../geo/distance.ts";
import { heading, type RouteProgress } from "../geo/progress.ts";
import type { RouteProgressMessages } from "./route-progress-messages.ts";

// "Waar ben ik op de route?" in words: the next stop with its distance and direction,
// and what the visitor should know (off the route, a poor position, the end of the
// route). Pure: route-progress.ts feeds it each position; tested in tests/client.

/**
 * Further than this from the route is "off the route". A route without a track is
 * straight lines between the stops: the streets a visitor walks between them may lie a
 * few hundred metres off those lines without anything being wrong.
 */
export const OFF_ROUTE_KM = { track: 0.2, "straight-lines": 0.5 } as const;

/** A position less accurate than this (in metres) is said to be. */
export const POOR_ACCURACY_M = 100;

export interface ProgressStop extends LatLng {
  number: number;
  name: string;
}

export interface ProgressReport {
  /** "Volgende stop: 3 · Kerk van Eisden — 450 m langs de route, richting noordoost", or the end of the route. */
  headline: string;
  /** What else the visitor should know: off the route, a poor position. */
  notes: string[];
  state: "on-route" | "off-route" | "finished";
  /** The number of the stop the headline leads to. */
  stopNumber: number;
  /** Changes only with something worth announcing: another stop, off or back on the route, the end, a poor position. */
  key: string;
}

export interface ProgressInput {
  progress: RouteProgress;
  stops: readonly ProgressStop[];
  here: LatLng;
  accuracyM: number;
  straightLines: boolean;
  /** Whether the visitor has been on the route yet: until then, off it, they are on their way to stop 1. */
  started: boolean;
}

type Say = Pick<RouteProgressMessages, "compass" | "nextStop" | "lastStop" | "alongRoute" | "straight" | "offRoute" | "finished" | "inaccurate">;

export function describeProgress(input: ProgressInput, messages: Say, distance: (km: number) => string): ProgressReport {
  const { progress, stops, here, accuracyM, straightLines } = input;
  const offRoute = isOffRoute(progress, straightLines);
  const notes: string[] = [];
  if (offRoute) notes.push(messages.offRoute(distance(progress.offRouteKm)));
  const poor = accuracyM > POOR_ACCURACY_M;
  if (poor) notes.push(messages.inaccurate(distance(accuracyM / 1000)));

  const toward = (stop: ProgressStop) => {
    const way = heading(here, stop);
    return messages.straight(distance(way.straightKm), messages.compass[way.compass]);
  };
  let headline: string;
  let state: ProgressReport["state"];
  let stop: ProgressStop;
  const next = progress.next;
  if (offRoute && !input.started) {
    stop = stops[0]!;
    state = "off-route";
    headline = `${messages.nextStop(stop.number, stop.name)} — ${toward(stop)}`;
  } else if (next) {
    stop = stops[next.index]!;
    state = offRoute ? "off-route" : "on-route";
    // Along the route only when there is a path to measure along and the visitor is on it.
    const way = offRoute || straightLines ? toward(stop) : messages.alongRoute(distance(next.alongKm), messages.compass[next.compass]);
    headline = `${messages.nextStop(stop.number, stop.name)} — ${way}`;
  } else {
    stop = stops[stops.length - 1]!;
    state = offRoute ? "off-route" : "finished";
    headline = offRoute ? `${messages.lastStop(stop.number, stop.name)} — ${toward(stop)}` : messages.finished(stop.number, stop.name);
  }
  return { headline, notes, state, stopNumber: stop.number, key: `${state}|${stop.number}|${poor ? "poor" : "good"}` };
}

export function isOffRoute(progress: RouteProgress, straightLines: boolean): boolean {
  return progress.offRouteKm > OFF_ROUTE_KM[straightLines ? "straight-lines" : "track"];
}

import { greatCircleKm, type LatLng } from "../geo/distance.ts";
import type { MapMessages } from "./messages.ts";

// "Waar ben ik?": which monuments are nearest, why the browser cannot tell where the
// visitor is, and the sentence about the position (the words are in messages.ts).
// Pure: tested in tests/client.

export interface Nearby<T> {
  item: T;
  distanceKm: number;
}

/** The `count` items nearest to `from`, nearest first; equal distances keep their order. */
export function nearest<T>(from: LatLng, items: readonly T[], positionOf: (item: T) => LatLng, count = 5): Nearby<T>[] {
  if (count <= 0) return [];
  const measured = items.map((item, index) => ({ item, index, distanceKm: greatCircleKm(from, positionOf(item)) }));
  measured.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
  return measured.slice(0, count).map(({ item, distanceKm }) => ({ item, distanceKm }));
}

export type LocateFailure = "denied" | "unavailable" | "timeout" | "unsupported" | "insecure";

/** GeolocationPositionError codes: 1 permission denied, 2 position unavailable, 3 timeout. */
export function locateFailureFor(code: number): LocateFailure {
  if (code === 1) return "denied";
  if (code === 3) return "timeout";
  return "unavailable";
}

/** "Je positie staat op de kaart", with the accuracy when it is worth mentioning (over 100 m). */
export function positionSentence(accuracyM: number, messages: Pick<MapMessages, "positionShown" | "positionAccuracy" | "distance">): string {
  return accuracyM > 100 ? `${messages.positionShown} ${messages.positionAccuracy(messages.distance(accuracyM / 1000))}` : messages.positionShown;
}

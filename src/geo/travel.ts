import type { RouteMode } from "../content/schemas/route.ts";

// Average moving speeds used for the duration estimate, in km/h. Conservative
// leisure figures: a walk with a child, a touring bike, a car on local roads.
export const SPEED_KMH: Record<RouteMode, number> = {
  walk: 4,
  bike: 15,
  car: 40,
};

/** Estimated moving time in minutes, rounded up to 5 minutes (stops not included). */
export function estimateMinutes(distanceKm: number, mode: RouteMode): number {
  const minutes = (distanceKm / SPEED_KMH[mode]) * 60;
  return Math.max(5, Math.ceil(minutes / 5) * 5);
}

import type { Pack } from "../../content/model.ts";
import { routeGeoJson } from "./routes.ts";

// A pack's map: its route (path and numbered stops), plus the worksheets that are not
// on the route, numbered after its stops as in the booklet. Without a route: the
// worksheets' monuments alone.

export function packGeoJson(pack: Pack) {
  const routeStops = pack.route?.stops.length ?? 0;
  const extra = pack.stops
    .filter((stop) => stop.number > routeStops)
    .map((stop) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [stop.monument.location.lng, stop.monument.location.lat] },
      properties: {
        role: "stop",
        number: stop.number,
        name: stop.monument.title,
        url: stop.monument.url,
        precision: stop.monument.location.precision,
        note: null,
        legKmToNext: null,
      },
    }));
  const base = pack.route ? routeGeoJson(pack.route) : { type: "FeatureCollection" as const, features: [] };
  return { type: "FeatureCollection" as const, features: [...base.features, ...extra] };
}

/** Where the pack's map data is published. */
export function packGeoJsonUrl(pack: Pack): string {
  return `${pack.url}${pack.slug}.geojson`;
}

import type { Route } from "../../content/model.ts";

type Line = { type: "LineString"; coordinates: number[][] } | { type: "MultiLineString"; coordinates: number[][][] };

function pathGeometry(route: Route): Line {
  return route.path.length === 1 ? { type: "LineString", coordinates: route.path[0]! } : { type: "MultiLineString", coordinates: route.path };
}

/**
 * One route for the map and for download: its path (the GPX track, or straight
 * lines marked as such) and a numbered Point per stop.
 */
export function routeGeoJson(route: Route) {
  return {
    type: "FeatureCollection" as const,
    features: [
      {
        type: "Feature" as const,
        geometry: pathGeometry(route),
        properties: { role: "path", geometry: route.distanceMethod, title: route.title, mode: route.mode },
      },
      ...route.stops.map((stop, index) => ({
        type: "Feature" as const,
        geometry: { type: "Point" as const, coordinates: [stop.location.lng, stop.location.lat] },
        properties: {
          role: "stop",
          number: index + 1,
          name: stop.name,
          url: stop.type === "monument" ? stop.monument.url : null,
          precision: stop.location.precision,
          note: stop.note ?? null,
          legKmToNext: route.legs[index] ? round(route.legs[index]!.distanceKm) : null,
        },
      })),
    ],
  };
}

/** All routes on one map: one line each. */
export function routesGeoJson(routes: Route[]) {
  return {
    type: "FeatureCollection" as const,
    features: routes.map((route) => ({
      type: "Feature" as const,
      id: route.slug,
      geometry: pathGeometry(route),
      properties: {
        id: route.slug,
        title: route.title,
        mode: route.mode,
        url: route.url,
        distanceKm: round(route.distanceKm),
        geometry: route.distanceMethod,
      },
    })),
  };
}

const round = (km: number) => Math.round(km * 1000) / 1000;

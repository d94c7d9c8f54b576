import type { Pack } from "../../content/model.ts";
import { fitMap, scaleBar, type PlanePoint, type ScaleBar } from "../../geo/projection.ts";
import { LOCALES, type Lang } from "../../i18n/locales.ts";

// The route map of a pack, for paper: the route's own line (its GPX track, or straight
// lines between the stops) and numbered stops, projected into a box in millimetres,
// with a scale bar and a north arrow. No tiles, no network. Pure numbers; the booklet draws them.

export interface MapStop {
  number: number;
  name: string;
  /** Where the marker is drawn: at the place, or beside it when another stop shares it. */
  x: number;
  y: number;
  /** The place itself, when the marker had to move aside. */
  anchor?: { x: number; y: number };
  /** Placed only roughly (the content says so): drawn hollow, as on the web map. */
  approximate: boolean;
}

export interface PrintedMap {
  width: number;
  height: number;
  lines: PlanePoint[][];
  /** Straight lines "in vogelvlucht" when the route has no track. */
  straight: boolean;
  stops: MapStop[];
  scale: ScaleBar & { x: number; y: number };
  north: { x: number; y: number; size: number };
}

const PADDING = 12;

/** The scale bar's length with the numbers of the pack's language: "500 m", "2 km"; "1.000 km" in Dutch, "1,000 km" in English. */
function scaleLabel(metres: number, lang: Lang): string {
  return metres >= 1000 ? `${(metres / 1000).toLocaleString(LOCALES[lang])} km` : `${metres.toLocaleString(LOCALES[lang])} m`;
}

/**
 * Markers closer than `diameter` to each other are fanned out side by side, centred on
 * their place, so every number stays readable (be-MINE and its museum share a point).
 */
export function spreadMarkers<T extends { x: number; y: number }>(points: readonly T[], diameter: number): (T & { anchor?: { x: number; y: number } })[] {
  const result: (T & { anchor?: { x: number; y: number } })[] = points.map((point) => ({ ...point }));
  const groups: number[][] = [];
  points.forEach((point, index) => {
    const group = groups.find((members) => members.some((member) => Math.hypot(points[member]!.x - point.x, points[member]!.y - point.y) < diameter));
    if (group) group.push(index);
    else groups.push([index]);
  });
  for (const group of groups) {
    if (group.length < 2) continue;
    const centre = { x: group.reduce((sum, index) => sum + points[index]!.x, 0) / group.length, y: group.reduce((sum, index) => sum + points[index]!.y, 0) / group.length };
    group.forEach((index, position) => {
      const point = points[index]!;
      result[index] = { ...point, x: centre.x + (position - (group.length - 1) / 2) * diameter * 1.1, y: centre.y, anchor: { x: point.x, y: point.y } };
    });
  }
  return result;
}

export function packMap(pack: Pack, box: { width: number; height: number }, markerMm = 7): PrintedMap {
  const route = pack.route;
  // The route's stops, then worksheets off the route (numbered after them, as in the booklet).
  const onRoute = route ? route.stops.map((stop, index) => ({ number: index + 1, name: stop.name, location: stop.location })) : [];
  const others = pack.stops.filter((stop) => stop.number > onRoute.length).map((stop) => ({ number: stop.number, name: stop.monument.title, location: stop.monument.location }));
  const places = [...onRoute, ...others];
  const path = route ? route.path.map((segment) => segment.map(([lng, lat]) => ({ lat, lng }))) : [];
  const fit = fitMap([...places.map((place) => place.location), ...path.flat()], box, PADDING);
  const scale = scaleBar(fit.metresPerMm, box.width / 4);
  return {
    width: box.width,
    height: box.height,
    lines: path.map((segment) => segment.map((point) => fit.project(point))),
    straight: route?.distanceMethod === "straight-lines",
    stops: spreadMarkers(
      places.map((place) => ({ number: place.number, name: place.name, ...fit.project(place.location), approximate: place.location.precision === "approximate" })),
      markerMm,
    ),
    scale: { ...scale, label: scaleLabel(scale.metres, pack.language), x: 6, y: box.height - 6 },
    north: { x: box.width - 10, y: 12, size: 10 },
  };
}

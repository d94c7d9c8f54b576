import type { Pack } from "../../content/model.ts";
import { fitMap, scaleBar, type PlanePoint, type ScaleBar } from "../../geo/projection.ts";

// The route map of a pack, for paper: the route's own line (its GPX track, or straight
// lines between the stops) and numbered stops, projected into a box in millimetres,
// with a scale bar and a north arrow. No tiles, no network. Pure numbers; the booklet draws them.

export interface MapStop {
  number: number;
  name: string;
  x: number;
  y: number;
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

export function packMap(pack: Pack, box: { width: number; height: number }): PrintedMap {
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
    stops: places.map((place) => ({ number: place.number, name: place.name, ...fit.project(place.location), approximate: place.location.precision === "approximate" })),
    scale: { ...scale, x: 6, y: box.height - 6 },
    north: { x: box.width - 10, y: 12, size: 10 },
  };
}

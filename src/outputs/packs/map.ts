import type { Pack } from "../../content/model.ts";
import { printedRouteMap, type PrintedMap } from "../../print/route-map.ts";

// The route map of a pack, for paper (src/print/route-map.ts): the route's stops, then the
// worksheets off the route, numbered after them as in the booklet.

export { spreadMarkers, type MapStop, type PrintedMap } from "../../print/route-map.ts";

export function packMap(pack: Pack, box: { width: number; height: number }, markerMm = 7): PrintedMap {
  const route = pack.route;
  const onRoute = route ? route.stops.map((stop, index) => ({ number: index + 1, name: stop.name, location: stop.location })) : [];
  const others = pack.stops.filter((stop) => stop.number > onRoute.length).map((stop) => ({ number: stop.number, name: stop.monument.title, location: stop.monument.location }));
  return printedRouteMap({ places: [...onRoute, ...others], path: route?.path ?? [], straight: route?.distanceMethod === "straight-lines" }, box, pack.language, { markerMm });
}

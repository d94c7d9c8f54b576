import L from "leaflet";
import type { Position } from "../geo/gpx.ts";
import { addNotice, announceFailure, announceReady, createBaseMap, fitContent } from "./base-map.ts";
import type { MapConfig } from "./config.ts";
import {
  fetchFeatures,
  isLineFeature,
  isPointFeature,
  type RoutePathFeature,
  type RoutePathProperties,
  type RouteStopFeature,
  type RouteStopProperties,
} from "./data.ts";
import { required } from "./dom.ts";
import { boundsAround, lineSegments, pointCount, type LatLngPair } from "./geometry.ts";
import { STOP_ICON_SIZE, stopIcon } from "./markers.ts";
import type { MapMessages } from "./messages.ts";
import { stopPopup } from "./popups.ts";
import { spreadOffsets, type Offset } from "./spread.ts";
import { mountRouteProgress } from "./route-progress.ts";

// A route page's map: the path, and numbered stops matching the list on the page.
// Without a GPX track the "path" is straight lines between the stops: drawn dashed
// and labelled "in vogelvlucht" (as the crow flies) on the map itself, never passed off
// as the way to go. A route page also has "Waar ben ik op de route?" (route-progress.ts);
// a pack page's map of its route does not.

export function mountRouteMap(root: HTMLElement, config: MapConfig, messages: MapMessages): void {
  const canvas = required(root, "[data-map-canvas]");
  const source = root.dataset.mapSource;
  root.hidden = false;
  const map = createBaseMap(canvas, config, { label: messages.routeMapLabel, messages, fractionalZoom: true });
  if (!source) return announceFailure(canvas, new Error("route map: no data-map-source"));

  fetchFeatures(source)
    .then((features) => {
      const path = features.find((feature): feature is RoutePathFeature => isLineFeature<RoutePathProperties>(feature) && feature.properties.role === "path");
      const stops = features
        .filter((feature): feature is RouteStopFeature => isPointFeature<RouteStopProperties>(feature) && feature.properties.role === "stop")
        .sort((a, b) => a.properties.number - b.properties.number);
      // Only a path that says it is a track is drawn as one.
      const straightLines = path?.properties.geometry !== "track";
      const segments = path ? lineSegments(path.geometry) : [];

      for (const segment of segments) {
        L.polyline(segment, {
          className: `route-line route-line--${straightLines ? "straight" : "track"}`,
          color: straightLines ? "#23201c" : "#8a3a10",
          weight: straightLines ? 3 : 5,
          opacity: 0.9,
          dashArray: straightLines ? "8 10" : undefined,
          lineCap: straightLines ? "butt" : "round",
          interactive: false,
        }).addTo(map);
      }
      const stopPoints: LatLngPair[] = stops.map((stop) => {
        const [lng, lat] = stop.geometry.coordinates as [number, number];
        return [lat, lng];
      });
      const markers = stops.map((stop, index) =>
        L.marker(stopPoints[index]!, {
          icon: stopIcon(stop.properties.number, stop.properties.precision),
          title: messages.stopTitle(stop.properties.number, stop.properties.name),
          riseOnHover: true,
        })
          .bindPopup(() => stopPopup(stop.properties, straightLines, messages))
          .addTo(map),
      );
      if (straightLines && segments.length > 0) addNotice(map, messages.straightLinesLabel, "topright", "map-label");

      const bounds = boundsAround([...segments.flat(), ...stopPoints]);
      if (bounds) fitContent(map, bounds, { maxZoom: 16 });
      // Stops that would touch at this zoom (be-MINE and its museum; mines close together on a
      // route across the region) side by side, so every number can be read and tapped.
      const offsets: Offset[] = stops.map(() => ({ dx: 0, dy: 0 }));
      const spread = () => {
        const next = spreadOffsets(stopPoints.map((point) => map.latLngToLayerPoint(point)), STOP_ICON_SIZE);
        next.forEach((offset, index) => {
          if (offset.dx === offsets[index]!.dx && offset.dy === offsets[index]!.dy) return;
          offsets[index] = offset;
          markers[index]!.setIcon(stopIcon(stops[index]!.properties.number, stops[index]!.properties.precision, offset));
        });
      };
      spread();
      map.on("zoomend", spread);
      canvas.dataset.pathGeometry = straightLines ? "straight-lines" : "track";
      canvas.dataset.pathPoints = String(pointCount(segments));
      canvas.dataset.pathSegments = String(segments.length);
      canvas.dataset.stopCount = String(stops.length);
      const progressPanel = root.querySelector<HTMLElement>("[data-route-progress]");
      if (progressPanel && path) {
        const positions: Position[][] = path.geometry.type === "LineString" ? [path.geometry.coordinates as Position[]] : (path.geometry.coordinates as Position[][]);
        const progressStops = stops.map((stop, index) => ({ number: stop.properties.number, name: stop.properties.name, lat: stopPoints[index]![0], lng: stopPoints[index]![1] }));
        mountRouteProgress(progressPanel, map, { path: positions, stops: progressStops, straightLines }, messages);
      }
      announceReady(canvas, { stopCount: stops.length, pathPoints: pointCount(segments) });
    })
    .catch((error: unknown) => {
      addNotice(map, messages.routeFailed, "topright", "map-label");
      announceFailure(canvas, error);
    });
}

import L from "leaflet";
import { announceFailure, announceReady, createBaseMap, fitContent } from "./base-map.ts";
import type { MapConfig } from "./config.ts";
import { fetchFeatures, isLineFeature, type RouteFeature, type RouteProperties } from "./data.ts";
import { required } from "./dom.ts";
import { boundsAround, lineSegments } from "./geometry.ts";
import type { MapMessages } from "./messages.ts";
import { routePopup } from "./popups.ts";

// All routes on one map (/routes/). Tapping a line names the route and links to it;
// the list of routes on the page stays the main way to choose one, and pointing at
// or tabbing to a route in it (an element with data-route="<id>") lights its line up.

const MODE_COLOURS: Record<string, string> = { walk: "#2e6b30", bike: "#1f4e79", car: "#8a3a10" };

export function mountRoutesMap(root: HTMLElement, config: MapConfig, messages: MapMessages): void {
  const canvas = required(root, "[data-map-canvas]");
  root.hidden = false;
  const map = createBaseMap(canvas, config, { label: messages.routesMapLabel, messages, fractionalZoom: true });
  const popup = L.popup();

  fetchFeatures(root.dataset.mapSource ?? "/data/routes.geojson")
    .then((features) => {
      const routes = features.filter((feature): feature is RouteFeature => isLineFeature<RouteProperties>(feature));
      const everyPoint = [];
      const lines = new Map<string, L.Polyline>();
      const highlight = (id: string, on: boolean) => {
        const line = lines.get(id);
        if (!line) return;
        line.setStyle({ weight: on ? 7 : 4 });
        const element = line.getElement();
        if (element) L.DomUtil[on ? "addClass" : "removeClass"](element as HTMLElement, "route-line--active");
        if (on) line.bringToFront();
      };
      for (const route of routes) {
        const segments = lineSegments(route.geometry);
        everyPoint.push(...segments.flat());
        const straight = route.properties.geometry !== "track";
        const mode = Object.prototype.hasOwnProperty.call(MODE_COLOURS, route.properties.mode) ? route.properties.mode : "walk";
        const line = L.polyline(segments, {
          className: `route-line route-line--${mode} route-line--${straight ? "straight" : "track"}`,
          color: MODE_COLOURS[mode],
          weight: 4,
          opacity: 0.9,
          dashArray: straight ? "8 10" : undefined,
          lineCap: straight ? "butt" : "round",
          interactive: false,
        });
        // A wide invisible line under each route: a thin line is hard to hit with a finger.
        const target = L.polyline(segments, { className: "route-line-target", weight: 20, opacity: 0, interactive: true });
        target.on("click", (event: L.LeafletMouseEvent) => {
          popup.setLatLng(event.latlng).setContent(routePopup(route.properties, messages)).openOn(map);
        });
        target.on("mouseover", () => highlight(route.properties.id, true));
        target.on("mouseout", () => highlight(route.properties.id, false));
        line.addTo(map);
        target.addTo(map);
        line.getElement()?.setAttribute("data-route", route.properties.id);
        lines.set(route.properties.id, line);
      }
      for (const item of document.querySelectorAll<HTMLElement>("[data-route]")) {
        const id = item.dataset.route ?? "";
        item.addEventListener("mouseenter", () => highlight(id, true));
        item.addEventListener("mouseleave", () => highlight(id, false));
        item.addEventListener("focusin", () => highlight(id, true));
        item.addEventListener("focusout", () => highlight(id, false));
      }
      const bounds = boundsAround(everyPoint);
      if (bounds) fitContent(map, bounds);
      canvas.dataset.routeCount = String(routes.length);
      announceReady(canvas, { routeCount: routes.length });
    })
    .catch((error: unknown) => announceFailure(canvas, error));
}

import L from "leaflet";
import type { LatLng } from "../geo/distance.ts";
import type { Position } from "../geo/gpx.ts";
import { routeProgress, stopsAlongKm } from "../geo/progress.ts";
import { clearOfControls } from "./base-map.ts";
import type { MapMessages } from "./messages.ts";
import { locateFailureFor, type LocateFailure } from "./nearest.ts";
import { ROUTE_PROGRESS_MESSAGES } from "./route-progress-messages.ts";
import { describeProgress, isOffRoute, type ProgressStop } from "./route-progress-text.ts";

// "Waar ben ik op de route?" on a route page: the visitor's position on the route map,
// the next stop with its distance and direction, following them as they walk.
//
// Battery: one watchPosition, positions up to 10 s old are fine, and no watching while
// the page is hidden (phone in the pocket, another app) or after "Stop". The map is
// fitted once, at the first position; after that it only pans when the dot walks out of
// view, never when the visitor has moved the map away themselves.
// Screen readers hear a polite announcement when the next stop or the visitor's state
// changes (off the route, the end, a poor position), not every few metres.
//
// The panel is in the page from the start (layouts/partials/route-progress.njk), its
// space reserved; for tests, data-progress-state on it says "idle", "locating",
// "following", "stopped" or the failure.

const WATCH_OPTIONS: PositionOptions = { enableHighAccuracy: true, maximumAge: 10_000, timeout: 30_000 };

export interface RouteForProgress {
  /** The path as GeoJSON positions ([lng, lat]), its segments in order. */
  path: Position[][];
  stops: ProgressStop[];
  straightLines: boolean;
}

export function mountRouteProgress(panel: HTMLElement, map: L.Map, route: RouteForProgress, mapMessages: MapMessages): void {
  const start = panel.querySelector<HTMLButtonElement>("[data-route-progress-start]");
  const stop = panel.querySelector<HTMLButtonElement>("[data-route-progress-stop]");
  const headline = panel.querySelector<HTMLElement>("[data-route-progress-headline]");
  const note = panel.querySelector<HTMLElement>("[data-route-progress-note]");
  const live = panel.querySelector<HTMLElement>("[data-route-progress-live]");
  if (!start || !stop || !headline || !note || !live || route.stops.length === 0 || route.path.length === 0) return;
  const messages = ROUTE_PROGRESS_MESSAGES[mapMessages.lang];
  const alongStops = stopsAlongKm(route.path, route.stops);

  let watchId: number | undefined;
  let wanted = false; // the visitor asked to be followed (and did not press Stop)
  let alongKm = 0;
  let started = false;
  let lastKey = "";
  let fitted = false;
  let previous: L.LatLng | undefined;
  let you: { dot: L.CircleMarker; accuracy: L.Circle } | undefined;

  const setState = (state: string) => (panel.dataset.progressState = state);
  const announce = (text: string) => {
    // A polite region speaks when its text changes: emptied first, so the same words twice are heard twice.
    live.textContent = "";
    requestAnimationFrame(() => (live.textContent = text));
  };
  const show = (text: string, notes: readonly string[], problem: boolean) => {
    headline.textContent = text;
    note.textContent = notes.join(" ");
    note.classList.toggle("route-progress__note--problem", problem);
  };

  const clearPosition = () => {
    you?.dot.remove();
    you?.accuracy.remove();
    you = undefined;
  };

  const draw = (here: LatLng, accuracyM: number) => {
    const latLng = L.latLng(here.lat, here.lng);
    if (!you) {
      you = {
        accuracy: L.circle(latLng, { radius: accuracyM, className: "map-you__accuracy", interactive: false }).addTo(map),
        dot: L.circleMarker(latLng, { radius: 8, className: "map-you", interactive: false }).addTo(map),
      };
    } else {
      you.accuracy.setLatLng(latLng).setRadius(accuracyM);
      you.dot.setLatLng(latLng);
    }
  };

  const keepInView = (here: LatLng, nextStop: ProgressStop) => {
    const latLng = L.latLng(here.lat, here.lng);
    const inView = (point: L.LatLng) => map.getBounds().pad(-0.1).contains(point);
    if (!fitted) {
      fitted = true;
      // The first position: the visitor and the stop they are heading for, both in view.
      map.fitBounds(L.latLngBounds([latLng, L.latLng(nextStop.lat, nextStop.lng)]), { ...clearOfControls(map), maxZoom: 17, animate: false });
    } else if (previous && inView(previous) && !inView(latLng)) {
      // Walked out of view: follow. (A dot that was already out of view was moved away by the visitor: leave it.)
      map.panTo(latLng);
    }
    previous = latLng;
  };

  const onPosition = (position: GeolocationPosition) => {
    if (!wanted) return;
    const here = { lat: position.coords.latitude, lng: position.coords.longitude };
    const accuracyM = position.coords.accuracy;
    const progress = routeProgress(route.path, route.stops, alongStops, here, alongKm);
    const offRoute = isOffRoute(progress, route.straightLines);
    if (!offRoute) {
      started = true;
      alongKm = progress.alongKm;
    }
    const report = describeProgress({ progress, stops: route.stops, here, accuracyM, straightLines: route.straightLines, started }, messages, mapMessages.distance);
    draw(here, accuracyM);
    const target = route.stops.find((candidate) => candidate.number === report.stopNumber) ?? route.stops[0]!;
    keepInView(here, target);
    show(report.headline, report.notes, report.state === "off-route" || report.notes.length > 0);
    setState("following");
    panel.dataset.progressRoute = report.state;
    panel.dataset.progressStop = String(report.stopNumber);
    if (report.key !== lastKey) {
      lastKey = report.key;
      announce([report.headline, ...report.notes].join(". ").replace(/\.\./g, "."));
    }
    start.removeAttribute("aria-busy");
  };

  const fail = (failure: LocateFailure) => {
    start.removeAttribute("aria-busy");
    setState(failure);
    // Refused, or no way to ask: nothing more will come, so stop watching. A timeout or a
    // lost signal may pass: the watch goes on and the next position clears the message.
    const final = failure === "denied" || failure === "unsupported" || failure === "insecure";
    if (final) finish();
    show("", [messages.failures[failure]], true);
    lastKey = `failure|${failure}`;
    announce(messages.failures[failure]);
  };

  const watch = () => {
    if (watchId !== undefined) return;
    watchId = navigator.geolocation.watchPosition(onPosition, (error) => fail(locateFailureFor(error.code)), WATCH_OPTIONS);
  };
  const unwatch = () => {
    if (watchId === undefined) return;
    navigator.geolocation.clearWatch(watchId);
    watchId = undefined;
  };
  const finish = () => {
    wanted = false;
    unwatch();
    stop.hidden = true;
  };

  start.addEventListener("click", () => {
    if (!("geolocation" in navigator)) return fail("unsupported");
    if (!window.isSecureContext) return fail("insecure");
    if (wanted) {
      // Pressed again while following: back to the visitor's position.
      if (you) map.panTo(you.dot.getLatLng());
      return;
    }
    wanted = true;
    lastKey = "";
    stop.hidden = false;
    start.setAttribute("aria-busy", "true");
    setState("locating");
    show(messages.locating, [], false);
    announce(messages.locating);
    watch();
  });

  stop.addEventListener("click", () => {
    finish();
    start.removeAttribute("aria-busy");
    clearPosition();
    fitted = false;
    previous = undefined;
    setState("stopped");
    show(messages.stopped, [], false);
    lastKey = "";
    announce(messages.stopped);
    start.focus(); // the Stop button hides itself: keep keyboard focus in the panel
  });

  // A hidden page (screen off, another app) does not need positions: stop asking, and ask again on return.
  document.addEventListener("visibilitychange", () => {
    if (!wanted) return;
    if (document.visibilityState === "hidden") unwatch();
    else watch();
  });

  setState("idle");
}

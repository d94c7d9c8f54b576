import L from "leaflet";
import type { MapConfig } from "./config.ts";
import { attributionHtml } from "./html.ts";
import type { MapMessages } from "./messages.ts";

// A Leaflet map with the site's tile layer. When the tiles cannot be loaded
// (offline, blocked, tile server down) the map says so once, and everything
// drawn on it keeps working. Leaflet's own words (zoom buttons, the popup's close
// button) are English: they are replaced with the page's language.

export interface BaseMapOptions {
  /** Accessible name of the map, read when it gets focus. */
  label: string;
  messages: MapMessages;
  /** Zoom in quarter steps, so fitting a map to a long thin route fills it (raster tiles are scaled a little). */
  fractionalZoom?: boolean;
}

export function createBaseMap(canvas: HTMLElement, config: MapConfig, options: BaseMapOptions): L.Map {
  const { messages } = options;
  const map = L.map(canvas, {
    maxZoom: config.tiles.maxZoom,
    // A page that scrolls past the map should not zoom it: the wheel zooms only after a click on the map.
    scrollWheelZoom: false,
    // Leaflet's default zoom control takes no titles: ours, in the same place, does.
    zoomControl: false,
    ...(options.fractionalZoom ? { zoomSnap: 0.25 } : {}),
  });
  map.zoomControl = L.control.zoom({ zoomInTitle: messages.zoomIn, zoomOutTitle: messages.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="noopener noreferrer external">Leaflet</a>');
  canvas.setAttribute("role", "region");
  canvas.setAttribute("aria-label", options.label);
  map.on("click focus", () => map.scrollWheelZoom.enable());
  map.on("mouseout blur", () => map.scrollWheelZoom.disable());

  const { south, west, north, east } = config.bounds;
  map.fitBounds([
    [south, west],
    [north, east],
  ], { animate: false });

  const tiles = L.tileLayer(config.tiles.url, {
    maxZoom: config.tiles.maxZoom,
    attribution: attributionHtml(config.tiles.attribution, config.tiles.attributionUrl),
  });
  // Offline (a stored route on the walk), the tiles that were not stored get a calm background
  // (.map-canvas--offline in map.css) and a notice that says why, instead of grey gaps.
  tiles.once("tileerror", () => {
    const offline = navigator.onLine === false || document.documentElement.hasAttribute("data-offline-copy");
    if (offline) canvas.classList.add("map-canvas--offline");
    addNotice(map, offline ? messages.tilesOffline : messages.tilesFailed).dataset.tiles = offline ? "offline" : "failed";
  });
  tiles.addTo(map);
  // First, so that the close button has its label when keepFocusWithPopups moves focus to it.
  labelPopupCloseButtons(map, messages.closePopup);
  keepFocusWithPopups(map);
  sizePopupsToMap(map);
  return map;
}

/**
 * A keyboard user who opens a popup from a marker (Enter) lands on the popup's link,
 * and back on the marker when it closes (Escape): otherwise the link would sit
 * after every other marker in the tab order.
 */
function keepFocusWithPopups(map: L.Map): void {
  let opener: HTMLElement | undefined;
  // Leaflet closes popups on Escape only while the map itself has focus, not a marker or a link in it.
  map.getContainer().addEventListener("keydown", (event) => {
    if (event.key === "Escape") map.closePopup();
  });
  map.on("popupopen", (event: L.PopupEvent) => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !active.classList.contains("leaflet-marker-icon")) return;
    const popup = event.popup.getElement();
    const target = popup?.querySelector<HTMLElement>(".map-popup a[href]") ?? popup?.querySelector<HTMLElement>(".leaflet-popup-close-button");
    if (!target) return;
    opener = active;
    target.focus({ preventScroll: true });
  });
  map.on("popupclose", (event: L.PopupEvent) => {
    const popup = event.popup.getElement();
    const active = document.activeElement;
    if (opener?.isConnected && (active === document.body || (popup && popup.contains(active)))) opener.focus({ preventScroll: true });
    opener = undefined;
  });
}

/** Leaflet labels the × of every popup "Close popup", in English, with no option to change it. */
function labelPopupCloseButtons(map: L.Map, label: string): void {
  map.on("popupopen", (event: L.PopupEvent) => {
    event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", label);
  });
}

/** A short text in a corner of the map. */
export function addNotice(map: L.Map, text: string, position: L.ControlPosition = "bottomleft", className = "map-notice"): HTMLElement {
  const element = document.createElement("p");
  element.className = className;
  element.textContent = text;
  const control = new L.Control({ position });
  control.onAdd = () => element;
  control.addTo(map);
  refitIfUntouched(map);
  return element;
}

/**
 * The markers are on the map: html[data-map-ready="true"], and the window event
 * "schachtbok:map-ready" the first time, "schachtbok:map-updated" after that.
 */
export function announceShown(detail: Record<string, number | string>): void {
  const first = document.documentElement.dataset.mapReady !== "true";
  document.documentElement.dataset.mapReady = "true";
  window.dispatchEvent(new CustomEvent(first ? "schachtbok:map-ready" : "schachtbok:map-updated", { detail }));
}

/** The map and everything that goes with it are drawn: data-map-state="ready" on its canvas. */
export function announceReady(canvas: HTMLElement, detail: Record<string, number | string>): void {
  announceShown(detail);
  canvas.dataset.mapState = "ready";
}

export function announceFailure(canvas: HTMLElement, error: unknown): void {
  canvas.dataset.mapState = "error";
  document.documentElement.dataset.mapReady ??= "error";
  console.error(error);
}

// ---- Fitting the map to what is drawn on it ---------------------------------
// The zoom buttons, notices ("in vogelvlucht", "achtergrondkaart niet geladen") and the
// attribution sit in bands along the top and bottom of the map: markers and popups are
// kept out of those bands, measured from the controls as they are on this screen.

/** Room around what is drawn, in px: a stop marker is 30 px wide and may be shifted sideways by one more. */
const EDGE_PX = 28;

interface ControlBands {
  top: number;
  bottom: number;
}

/** How far the controls reach in from the map's top and bottom edges, in px. */
export function controlBands(map: L.Map): ControlBands {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  for (const control of container.querySelectorAll<HTMLElement>(".leaflet-control")) {
    const rect = control.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (control.closest(".leaflet-top")) top = Math.max(top, rect.bottom - box.top);
    else if (control.closest(".leaflet-bottom")) bottom = Math.max(bottom, box.bottom - rect.top);
  }
  // Never more than a third of the map each: on a tiny map the content matters more than a clear corner.
  const limit = box.height / 3;
  return { top: Math.min(Math.ceil(top), limit), bottom: Math.min(Math.ceil(bottom), limit) };
}

/** fitBounds padding that keeps what is drawn `EDGE_PX` inside the edges and clear of the controls. */
export function clearOfControls(map: L.Map): Pick<L.FitBoundsOptions, "paddingTopLeft" | "paddingBottomRight"> {
  const bands = controlBands(map);
  return { paddingTopLeft: [EDGE_PX, bands.top + EDGE_PX], paddingBottomRight: [EDGE_PX, bands.bottom + EDGE_PX] };
}

interface Fit {
  bounds: L.LatLngBounds;
  maxZoom?: number;
  /** The view the fit gave: a map the visitor moved since is left alone. */
  zoom: number;
  center: L.Point;
}

const fits = new WeakMap<L.Map, Fit>();

/**
 * Fits the map to `bounds` (the route, the monuments) with room for the markers at the edges
 * and clear of the controls' bands. Refitted when a notice appears or the map changes size,
 * as long as the visitor has not moved it.
 */
export function fitContent(map: L.Map, bounds: L.LatLngBoundsExpression, options: { maxZoom?: number } = {}): void {
  const latLngBounds = L.latLngBounds(bounds as L.LatLngBoundsLiteral);
  if (!latLngBounds.isValid()) return;
  map.fitBounds(latLngBounds, {
    ...clearOfControls(map),
    animate: false,
    ...(options.maxZoom === undefined ? {} : { maxZoom: options.maxZoom }),
  });
  const first = !fits.has(map);
  fits.set(map, { bounds: latLngBounds, maxZoom: options.maxZoom, zoom: map.getZoom(), center: map.project(map.getCenter()) });
  if (first) map.on("resize", () => refitIfUntouched(map));
}

function refitIfUntouched(map: L.Map): void {
  const fit = fits.get(map);
  if (!fit) return;
  const moved = map.getZoom() !== fit.zoom || map.project(map.getCenter(), fit.zoom).distanceTo(fit.center) > 1;
  if (moved || isPopupOpen(map)) return;
  fitContent(map, fit.bounds, fit.maxZoom === undefined ? {} : { maxZoom: fit.maxZoom });
}

function isPopupOpen(map: L.Map): boolean {
  return !!map.getContainer().querySelector(".leaflet-popup");
}

/**
 * Popups sized for the map they open on: never wider than the map allows, never taller
 * than the room between the controls' bands (the body scrolls), and panned into that room.
 */
function sizePopupsToMap(map: L.Map): void {
  map.on("popupopen", (event: L.PopupEvent) => {
    const popup = event.popup;
    const size = map.getSize();
    const bands = controlBands(map);
    const side = 8;
    // The popup's frame: 1rem of margin either side of its content, its tip and the marker under it.
    const frameX = 2 * 16 + 2 * side;
    const frameY = 2 * 12 + 20 + 16;
    Object.assign(popup.options, {
      maxWidth: Math.max(160, Math.min(280, size.x - frameX)),
      minWidth: Math.min(popup.options.minWidth ?? 50, size.x - frameX),
      maxHeight: Math.max(120, size.y - bands.top - bands.bottom - frameY - 2 * side),
      autoPanPaddingTopLeft: L.point(side, bands.top + side),
      autoPanPaddingBottomRight: L.point(side, bands.bottom + side),
    });
    popup.update();
    // A popup body that scrolls can be scrolled with the keyboard too.
    const content = popup.getElement()?.querySelector<HTMLElement>(".leaflet-popup-content");
    if (content) {
      if (content.classList.contains("leaflet-popup-scrolled") && !content.querySelector("a[href], button")) content.tabIndex = 0;
      else content.removeAttribute("tabindex");
    }
  });
}

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
}

export function createBaseMap(canvas: HTMLElement, config: MapConfig, options: BaseMapOptions): L.Map {
  const { messages } = options;
  const map = L.map(canvas, {
    maxZoom: config.tiles.maxZoom,
    // A page that scrolls past the map should not zoom it: the wheel zooms only after a click on the map.
    scrollWheelZoom: false,
    // Leaflet's default zoom control takes no titles: ours, in the same place, does.
    zoomControl: false,
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
  tiles.once("tileerror", () => addNotice(map, messages.tilesFailed));
  tiles.addTo(map);
  // First, so that the close button has its label when keepFocusWithPopups moves focus to it.
  labelPopupCloseButtons(map, messages.closePopup);
  keepFocusWithPopups(map);
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

import L from "leaflet";
import { announceReady, createBaseMap } from "./base-map.ts";
import type { MapConfig } from "./config.ts";
import { required } from "./dom.ts";
import { monumentIcon } from "./markers.ts";
import type { MapMessages } from "./messages.ts";

// The small map on a monument page. Its position is in the markup (data-lat,
// data-lng), so it needs no data file; it is drawn when it scrolls into view,
// so a visitor who never gets there loads no tiles.

export function mountMonumentMap(root: HTMLElement, config: MapConfig, messages: MapMessages): void {
  const lat = Number(root.dataset.lat);
  const lng = Number(root.dataset.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return;
  const canvas = required(root, "[data-map-canvas]");
  root.hidden = false;

  const draw = () => {
    const approximate = root.dataset.precision === "approximate";
    const map = createBaseMap(canvas, config, { label: messages.monumentMapLabel(root.dataset.title), messages });
    map.setView([lat, lng], approximate ? 14 : 16, { animate: false });
    L.marker([lat, lng], { icon: monumentIcon(root.dataset.kind ?? "other", approximate ? "approximate" : "exact"), keyboard: false }).addTo(map);
    announceReady(canvas, { visibleCount: 1 });
  };
  if (!("IntersectionObserver" in window)) return draw();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      draw();
    },
    { rootMargin: "200px" },
  );
  observer.observe(root);
}

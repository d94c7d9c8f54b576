import L from "leaflet";
import { safeHref } from "./data.ts";
import { element, linkOrText } from "./dom.ts";
import { kindLabel } from "./kinds.ts";
import type { MapPoint } from "./map-points.ts";
import type { MapMessages } from "./messages.ts";
import type { MonumentDetail } from "../outputs/map-data/format.ts";
import { locateFailureFor, nearest, positionSentence, type LocateFailure } from "./nearest.ts";

// "Waar ben ik?": the visitor's position on the map and the nearest monuments
// (of those the filters show), or a plain explanation of why there is no position.

const NEAREST_COUNT = 5;

export interface LocateControl {
  /** Recomputes the nearest monuments after the filters changed. */
  refresh(): void;
}

export function mountLocate(
  root: HTMLElement,
  map: L.Map,
  messages: MapMessages,
  candidates: () => { monuments: readonly MapPoint[]; filtered: boolean },
  /** Ids and links are in the detail chunks: fetched for the few monuments listed. */
  details: (indexes: readonly number[]) => Promise<MonumentDetail[]>,
): LocateControl {
  const button = root.querySelector<HTMLButtonElement>("[data-locate]");
  const status = root.querySelector<HTMLElement>("[data-locate-status]");
  const list = root.querySelector<HTMLOListElement>("[data-nearest]");
  let here: { lat: number; lng: number; accuracyM: number } | undefined;
  let youLayer: L.LayerGroup | undefined;
  if (!button || !status || !list) return { refresh() {} };

  const say = (text: string, failure?: LocateFailure) => {
    status.textContent = text;
    status.classList.toggle("locate__status--problem", failure !== undefined);
    if (failure) status.dataset.locateFailure = failure;
    else delete status.dataset.locateFailure;
  };

  let asked = 0;
  const showNearest = async (fit: boolean) => {
    if (!here) return;
    const question = ++asked;
    const { monuments, filtered } = candidates();
    const found = nearest(here, monuments, (monument) => monument, NEAREST_COUNT);
    const loading = monuments.length === 0 && !filtered;
    // The list appears with its links; without them (a chunk did not load) the names stay.
    const links = await details(found.map(({ item }) => item.index)).catch((error: unknown) => {
      console.error(error);
      return undefined;
    });
    if (question !== asked) return;
    say(`${positionSentence(here.accuracyM, messages)} ${loading ? messages.stillLoading : messages.nearestIntro(found.length, filtered)}`);
    list.replaceChildren(
      ...found.map(({ item }, index) => [item, links?.[index], found[index]!.distanceKm] as const).map(([item, detail, distanceKm]) =>
        element(
          "li",
          detail ? { "data-id": detail.id } : {},
          detail ? linkOrText(item.title, safeHref(detail.url)) : item.title,
          " ",
          element("span", { class: "nearest__distance" }, messages.distance(distanceKm)),
          element(
            "span",
            { class: "nearest__meta" },
            ` · ${messages.kindIn(kindLabel(item.kind, messages.lang), item.municipalityName)}${item.approximate ? ` (${messages.approximate})` : ""}`,
          ),
        ),
      ),
    );
    list.hidden = found.length === 0;
    if (fit) {
      const points: L.LatLngExpression[] = [[here.lat, here.lng], ...found.map(({ item }) => [item.lat, item.lng] as L.LatLngTuple)];
      map.fitBounds(L.latLngBounds(points), { padding: [32, 32], maxZoom: 16, animate: false });
    }
  };

  const fail = (failure: LocateFailure) => {
    button.removeAttribute("aria-busy");
    say(messages.locateFailures[failure], failure);
  };

  button.hidden = false;
  button.addEventListener("click", () => {
    if (!("geolocation" in navigator)) return fail("unsupported");
    if (!window.isSecureContext) return fail("insecure");
    button.setAttribute("aria-busy", "true");
    say(messages.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        button.removeAttribute("aria-busy");
        const { latitude: lat, longitude: lng, accuracy } = position.coords;
        here = { lat, lng, accuracyM: accuracy };
        youLayer?.remove();
        youLayer = L.layerGroup([
          L.circle([lat, lng], { radius: accuracy, className: "map-you__accuracy", interactive: false }),
          L.circleMarker([lat, lng], { radius: 8, className: "map-you", interactive: false }),
        ]).addTo(map);
        void showNearest(true);
      },
      (error) => fail(locateFailureFor(error.code)),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  });

  return { refresh: () => void showNearest(false) };
}

import L from "leaflet";
import { announceFailure, announceShown, createBaseMap, fitContent } from "./base-map.ts";
import { ClusterLayer } from "./cluster-layer.ts";
import type { MapConfig } from "./config.ts";
import { element, required } from "./dom.ts";
import {
  FILTER_PARAMS,
  countLabel,
  filterStateToSearch,
  isUnfiltered,
  matchesFilter,
  parseFilterState,
  type FilterState,
} from "./filter-state.ts";
import { boundsAround, type LatLngPair } from "./geometry.ts";
import { mountLocate } from "./locate.ts";
import { DetailStore, monumentProperties, readPoints, type MapPoint } from "./map-points.ts";
import { monumentIcon } from "./markers.ts";
import { OVERVIEW_MAP_MESSAGES, type MapMessages } from "./messages.ts";
import { monumentList } from "./monument-list.ts";
import { pagedMonumentList } from "./paged-list.ts";
import { monumentPopup } from "./popups.ts";
import { carryChoicesToOtherLanguages } from "./language-links.ts";
import { detailChunkUrl } from "../outputs/map-data/format.ts";

// The overview map (/kaart/): every monument, clustered, with filters kept in the
// URL and the same monuments in the list next to the map.
//
// Speed with many monuments: the page fetches the compact points file (positions,
// kinds, municipalities, titles; src/outputs/map-data/); supercluster clusters the
// monuments the filters let through, and only the clusters and markers in view are on
// the map (cluster-layer.ts). A popup fetches its monument's details (link, summary,
// picture) from a chunk of 256 when it opens, as do "Waar ben ik?" and the list.
// The list: a small site's full list arrives as the text of a <noscript> and is put in
// after the markers (monument-list.ts); a big site's is paged (paged-list.ts).
//
// For people and tests waiting on it: the canvas's data-visible-count is the number
// of monuments the filters let through, data-total-count all of them, data-map-state is
// "loading" while markers or list are being drawn and "ready" once both match the
// filters; the window event "schachtbok:map-ready" fires as soon as the first markers
// are shown (announceShown).

export function mountOverviewMap(root: HTMLElement, config: MapConfig, messages: MapMessages): void {
  const overview = OVERVIEW_MAP_MESSAGES[messages.lang];
  const form = required<HTMLFormElement>(root, "[data-map-filters]");
  carryChoicesToOtherLanguages();
  const municipalitySelect = required<HTMLSelectElement>(form, `select[name="${FILTER_PARAMS.municipality}"]`);
  const kindSelect = required<HTMLSelectElement>(form, `select[name="${FILTER_PARAMS.kind}"]`);
  const omdCheckbox = required<HTMLInputElement>(form, `input[name="${FILTER_PARAMS.openMonumentendag}"]`);
  const reset = root.querySelector<HTMLButtonElement>("[data-map-reset]");
  const count = required(root, "[data-map-count]");
  const canvas = required(root, "[data-map-canvas]");
  const pointsUrl = root.dataset.mapSource ?? "/data/monuments/points.json";
  const dataPath = pointsUrl.replace(/monuments\/points\.json$/, "");

  const optionValues = (select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean);
  const choices = { municipalities: optionValues(municipalitySelect), kinds: optionValues(kindSelect) };

  const readForm = (): FilterState => ({
    municipality: municipalitySelect.value || null,
    kind: kindSelect.value || null,
    openMonumentendag: omdCheckbox.checked,
  });
  const writeForm = (state: FilterState) => {
    municipalitySelect.value = state.municipality ?? "";
    kindSelect.value = state.kind ?? "";
    omdCheckbox.checked = state.openMonumentendag;
    if (reset) reset.hidden = isUnfiltered(state);
  };

  let filter = parseFilterState(window.location.search, choices);
  writeForm(filter);
  for (const hidden of root.querySelectorAll<HTMLElement>("[data-map-enhanced]")) hidden.hidden = false;
  root.classList.add("map-page--enhanced");
  canvas.dataset.mapState = "loading";
  const map = createBaseMap(canvas, config, { label: messages.overviewMapLabel, messages });

  let points: MapPoint[] = [];
  let store: DetailStore | undefined;
  const details = (indexes: readonly number[]) => (store ? store.details(indexes) : Promise.reject(new Error("the map's data is not loaded")));

  // One popup for all markers, filled from the detail chunk when it opens.
  const popup = L.popup({ minWidth: 200 });
  let popupFor: MapPoint | undefined;
  const openPopup = (point: MapPoint, marker: L.Marker) => {
    popupFor = point;
    popup
      .setLatLng(marker.getLatLng())
      .setContent(element("div", { class: "map-popup" }, element("p", { class: "map-popup__title" }, point.title), element("p", { class: "map-popup__loading", role: "status" }, overview.loadingDetails)))
      .openOn(map);
    details([point.index]).then(
      ([detail]) => {
        if (popupFor === point && popup.isOpen()) popup.setContent(monumentPopup(monumentProperties(point, detail!), messages));
      },
      (error: unknown) => {
        console.error(error);
        if (popupFor === point && popup.isOpen())
          popup.setContent(element("div", { class: "map-popup" }, element("p", { class: "map-popup__title" }, point.title), element("p", { class: "map-popup__problem", role: "alert" }, overview.detailsFailed)));
      },
    );
  };
  map.on("popupclose", () => (popupFor = undefined));

  const clusters = new ClusterLayer(map, {
    markerFor: (point) =>
      L.marker([point.lat, point.lng], {
        icon: monumentIcon(point.kind, point.approximate ? "approximate" : "exact"),
        title: point.approximate ? `${point.title} (${messages.approximate})` : point.title,
      }),
    iconFor: (point, offset) => monumentIcon(point.kind, point.approximate ? "approximate" : "exact", offset),
    onPoint: openPopup,
    clusterTitle: overview.clusterTitle,
  });

  const visiblePoints = () => points.filter((point) => matchesFilter(point.facets, filter));
  const locate = mountLocate(root, map, messages, () => ({ monuments: visiblePoints(), filtered: !isUnfiltered(filter) }), details);

  // The list: a small site's full list (filtered by hiding items), or a big site's pages.
  const listSource = root.querySelector<HTMLElement>("[data-map-list-source]");
  const fullList = listSource ? monumentList(listSource) : undefined;
  let listCurrent = false;
  const settle = () => {
    if (points.length > 0 && (fullList ? fullList.complete : listCurrent)) canvas.dataset.mapState = "ready";
  };
  const pagerRoot = root.querySelector<HTMLElement>("[data-map-pager]");
  const pager = pagerRoot && !fullList ? pagedMonumentList(pagerRoot, details, messages, overview, settle) : undefined;

  const draw = () => {
    canvas.dataset.mapState = "loading";
    const visible = visiblePoints();
    const bounds = boundsAround(visible.map((point) => [point.lat, point.lng] as LatLngPair));
    map.closePopup();
    if (bounds) fitContent(map, bounds, { maxZoom: 15 });
    clusters.setPoints(visible);
    canvas.dataset.visibleCount = String(visible.length);
    count.textContent = countLabel(visible.length, points.length, messages);
    locate.refresh();
    announceShown({ visibleCount: visible.length });
    if (fullList) {
      // The list goes in after the frame that shows the markers.
      if (!fullList.complete) requestAnimationFrame(() => setTimeout(() => fullList.render(() => filter, settle), 0));
      settle();
    } else if (pager) {
      listCurrent = false;
      const drawn = filter;
      void pager.show(visible).then(() => {
        if (drawn !== filter) return;
        listCurrent = true;
        settle();
      });
    }
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => {
    filter = readForm();
    if (reset) reset.hidden = isUnfiltered(filter);
    const url = `${window.location.pathname}${filterStateToSearch(filter, window.location.search)}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
    carryChoicesToOtherLanguages();
    const shownInList = fullList?.filter(filter) ?? 0;
    if (points.length > 0) draw();
    else if (fullList?.complete) count.textContent = countLabel(shownInList, fullList.entries.length, messages);
  });
  reset?.addEventListener("click", () => {
    writeForm(parseFilterState("", choices));
    form.dispatchEvent(new Event("change"));
    municipalitySelect.focus(); // the button hides itself: keep keyboard focus in the filters
  });

  fetch(pointsUrl, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(`${pointsUrl}: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => {
      const read = readPoints(data, pointsUrl);
      points = read.points;
      store = new DetailStore((chunk) => detailChunkUrl(dataPath, chunk), read.chunkSize);
      canvas.dataset.totalCount = String(points.length);
      if (points.length === 0) {
        canvas.dataset.visibleCount = "0";
        count.textContent = countLabel(0, 0, messages);
        announceShown({ visibleCount: 0 });
        fullList?.render(() => filter, () => {});
        canvas.dataset.mapState = "ready";
        return;
      }
      draw();
    })
    .catch((error: unknown) => {
      // Without the data there are no markers; a small site's list still works, filters included.
      announceFailure(canvas, error);
      if (fullList)
        fullList.render(
          () => filter,
          () => {
            count.textContent = messages.mapFailed(countLabel(fullList.filter(filter), fullList.entries.length, messages));
          },
        );
      else {
        // A big site's list needs the data too: the links to the listings take its place.
        count.textContent = overview.dataFailed;
        const fallback = root.querySelector<HTMLElement>("[data-map-list-fallback]");
        if (pagerRoot && fallback) {
          pagerRoot.hidden = true;
          pagerRoot.insertAdjacentHTML("afterend", fallback.textContent ?? "");
        }
      }
    });
}

import L from "leaflet";
import "leaflet.markercluster";
import { announceFailure, announceShown, createBaseMap, fitContent } from "./base-map.ts";
import type { MapConfig } from "./config.ts";
import { fetchFeatures, isPointFeature, type MonumentFeature, type MonumentProperties } from "./data.ts";
import { required } from "./dom.ts";
import {
  FILTER_PARAMS,
  countLabel,
  filterStateToSearch,
  isUnfiltered,
  matchesFilter,
  parseFilterState,
  sameFilter,
  type FilterState,
  type MonumentFacets,
} from "./filter-state.ts";
import { boundsAround, type LatLngPair } from "./geometry.ts";
import { mountLocate } from "./locate.ts";
import { monumentIcon } from "./markers.ts";
import type { MapMessages } from "./messages.ts";
import { monumentList } from "./monument-list.ts";
import { monumentPopup } from "./popups.ts";
import { carryChoicesToOtherLanguages } from "./language-links.ts";

// The overview map (/kaart/): every monument, clustered, with filters kept in the
// URL and the same monuments in the list next to the map.
//
// Speed with many monuments: markers are built once, share one icon per kind, and
// go into the cluster group in one chunked addLayers call; a popup is built only
// when it opens; the list goes into the page after the markers are shown
// (monument-list.ts).
//
// For people and tests waiting on it: the canvas's data-visible-count is the number
// of monuments the filters let through, data-map-state is "loading" while markers or
// list are being drawn and "ready" once both match the filters; the window event
// "schachtbok:map-ready" fires as soon as the first markers are shown (announceShown).

interface Monument {
  feature: MonumentFeature;
  marker: L.Marker;
  facets: MonumentFacets;
}

export function mountOverviewMap(root: HTMLElement, config: MapConfig, messages: MapMessages): void {
  const form = required<HTMLFormElement>(root, "[data-map-filters]");
  carryChoicesToOtherLanguages();
  const municipalitySelect = required<HTMLSelectElement>(form, `select[name="${FILTER_PARAMS.municipality}"]`);
  const kindSelect = required<HTMLSelectElement>(form, `select[name="${FILTER_PARAMS.kind}"]`);
  const omdCheckbox = required<HTMLInputElement>(form, `input[name="${FILTER_PARAMS.openMonumentendag}"]`);
  const reset = root.querySelector<HTMLButtonElement>("[data-map-reset]");
  const count = required(root, "[data-map-count]");
  const canvas = required(root, "[data-map-canvas]");
  const list = monumentList(required(root, "[data-map-list-source]"));

  const optionValues = (select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean);
  const choices = { municipalities: optionValues(municipalitySelect), kinds: optionValues(kindSelect) };
  // The data names municipalities; the filter and the URL use their slugs, as the page's <select> pairs them.
  const slugByName = new Map([...municipalitySelect.options].map((option) => [option.text.trim(), option.value]));

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

  let monuments: Monument[] = [];
  const popup = L.popup({ minWidth: 200 });
  let onChunk: (processed: number, total: number) => void = () => {};
  const cluster = L.markerClusterGroup({
    chunkedLoading: true,
    chunkProgress: (processed, total) => onChunk(processed, total),
    showCoverageOnHover: false,
    maxClusterRadius: 60,
  });
  // One popup for all markers, filled when it opens: binding one to each of 10,000 markers costs.
  const openPopup = (event: L.LeafletEvent) => {
    const marker = (event as L.LeafletEvent & { layer: L.Marker }).layer;
    const feature = marker.feature as MonumentFeature | undefined;
    if (feature) popup.setLatLng(marker.getLatLng()).setContent(monumentPopup(feature.properties, messages)).openOn(map);
  };
  cluster.on("click", openPopup);
  cluster.on("keypress", (event) => {
    if ((event as L.LeafletKeyboardEvent).originalEvent.key === "Enter") openPopup(event);
  });
  map.addLayer(cluster);

  const locate = mountLocate(root, map, messages, () => ({
    monuments: monuments.filter((monument) => matchesFilter(monument.facets, filter)).map((monument) => monument.feature),
    filtered: !isUnfiltered(filter),
  }));

  // One addLayers at a time: markercluster cannot cancel a chunked add, so a filter
  // change during one waits for it, and only the latest wish is drawn next.
  let drawing = false;
  let wanted: FilterState | undefined;
  const settle = () => {
    if (!drawing && list.complete) canvas.dataset.mapState = "ready";
  };
  const draw = (state: FilterState) => {
    wanted = state;
    if (!drawing) drawNext();
  };
  const drawNext = () => {
    const state = wanted!;
    wanted = undefined;
    drawing = true;
    canvas.dataset.mapState = "loading";
    const visible = monuments.filter((monument) => matchesFilter(monument.facets, state));
    const bounds = boundsAround(visible.map((monument) => [monument.feature.geometry.coordinates[1]!, monument.feature.geometry.coordinates[0]!] as LatLngPair));
    map.closePopup();
    cluster.clearLayers();
    if (bounds) fitContent(map, bounds, { maxZoom: 15 });
    onChunk = (processed, total) => {
      if (processed < total) return;
      onChunk = () => {};
      drawing = false;
      canvas.dataset.visibleCount = String(visible.length);
      count.textContent = countLabel(visible.length, monuments.length, messages);
      locate.refresh();
      announceShown({ visibleCount: visible.length });
      if (wanted && !sameFilter(wanted, state)) return drawNext();
      wanted = undefined;
      // The list goes in after the frame that shows the markers.
      if (!list.complete) requestAnimationFrame(() => setTimeout(() => list.render(() => filter, settle), 0));
      settle();
    };
    cluster.addLayers(visible.map((monument) => monument.marker));
  };

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => {
    filter = readForm();
    if (reset) reset.hidden = isUnfiltered(filter);
    const url = `${window.location.pathname}${filterStateToSearch(filter, window.location.search)}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
    carryChoicesToOtherLanguages();
    const shownInList = list.filter(filter);
    if (monuments.length > 0) draw(filter);
    else if (list.complete) count.textContent = countLabel(shownInList, list.entries.length, messages);
    locate.refresh();
  });
  reset?.addEventListener("click", () => {
    writeForm(parseFilterState("", choices));
    form.dispatchEvent(new Event("change"));
    municipalitySelect.focus(); // the button hides itself: keep keyboard focus in the filters
  });

  fetchFeatures(root.dataset.mapSource ?? "/data/monuments.geojson")
    .then((features) => {
      monuments = features.filter((feature) => isPointFeature<MonumentProperties>(feature)).map((feature) => {
        const monument = feature as MonumentFeature;
        const { coordinates } = monument.geometry;
        const properties = monument.properties;
        const marker = L.marker([coordinates[1]!, coordinates[0]!], {
          icon: monumentIcon(properties.kind, properties.precision),
          title: properties.precision === "approximate" ? `${properties.title} (${messages.approximate})` : properties.title,
        });
        marker.feature = monument;
        return {
          feature: monument,
          marker,
          facets: {
            municipality: slugByName.get(properties.municipality) ?? "",
            kind: properties.kind,
            openMonumentendag: properties.openMonumentendag !== null,
          },
        };
      });
      canvas.dataset.totalCount = String(monuments.length);
      draw(filter);
    })
    .catch((error: unknown) => {
      // Without the data there are no markers, but the list still works, filters included.
      announceFailure(canvas, error);
      list.render(
        () => filter,
        () => {
          count.textContent = messages.mapFailed(countLabel(list.filter(filter), list.entries.length, messages));
        },
      );
    });
}

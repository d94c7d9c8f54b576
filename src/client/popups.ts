import { formatDistance, ROUTE_MODES_NL } from "../i18n/nl.ts";
import { safeHref, type MonumentProperties, type RouteProperties, type RouteStopProperties } from "./data.ts";
import { element, linkOrText } from "./dom.ts";
import { kindLabel } from "./kinds.ts";

// Popup contents, built when a popup opens (not for every marker up front).

export function monumentPopup(monument: MonumentProperties): HTMLElement {
  const image = safeHref(monument.image);
  return element(
    "div",
    { class: "map-popup" },
    image &&
      element("img", {
        class: "map-popup__image",
        src: image,
        ...(monument.imageSrcset && monument.imageSrcset.split(",").every((candidate) => safeHref(candidate.trim().split(" ")[0] ?? null))
          ? { srcset: monument.imageSrcset, sizes: "240px" }
          : {}),
        alt: monument.imageAlt ?? "",
        width: "240",
        height: "160",
        loading: "lazy",
        decoding: "async",
      }),
    image && monument.imageCredit && element("p", { class: "map-popup__credit" }, monument.imageCredit),
    element("p", { class: "map-popup__title" }, linkOrText(monument.title, safeHref(monument.url))),
    element("p", { class: "map-popup__meta" }, `${kindLabel(monument.kind)} · ${monument.municipality}`),
    monument.precision === "approximate" && element("p", { class: "badge badge--approximate" }, "Locatie bij benadering"),
    element("p", { class: "map-popup__summary" }, monument.summary),
    monument.openMonumentendag !== null && element("p", { class: "map-popup__omd" }, `Open Monumentendag ${monument.openMonumentendag}`),
  );
}

export function stopPopup(stop: RouteStopProperties, straightLines: boolean): HTMLElement {
  return element(
    "div",
    { class: "map-popup" },
    element("p", { class: "map-popup__title" }, `${stop.number}. `, linkOrText(stop.name, safeHref(stop.url))),
    stop.precision === "approximate" && element("p", { class: "badge badge--approximate" }, "Locatie bij benadering"),
    stop.note && element("p", {}, stop.note),
    stop.legKmToNext !== null &&
      element(
        "p",
        { class: "map-popup__meta" },
        `Naar stop ${stop.number + 1}: ${formatDistance(stop.legKmToNext)}${straightLines ? " in vogelvlucht" : ""}`,
      ),
  );
}

export function routePopup(route: RouteProperties): HTMLElement {
  const mode = ROUTE_MODES_NL[route.mode as keyof typeof ROUTE_MODES_NL]?.label ?? "Route";
  const distance = `${formatDistance(route.distanceKm)}${route.geometry === "straight-lines" ? " in vogelvlucht" : ""}`;
  return element(
    "div",
    { class: "map-popup" },
    element("p", { class: "map-popup__title" }, linkOrText(route.title, safeHref(route.url))),
    element("p", { class: "map-popup__meta" }, `${mode} · ${distance}`),
  );
}

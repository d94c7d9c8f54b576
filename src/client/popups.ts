import { safeHref, type MonumentProperties, type RouteProperties, type RouteStopProperties } from "./data.ts";
import { element, linkOrText } from "./dom.ts";
import { kindLabel } from "./kinds.ts";
import type { MapMessages } from "./messages.ts";

// Popup contents, built when a popup opens (not for every marker up front).

export function monumentPopup(monument: MonumentProperties, messages: MapMessages): HTMLElement {
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
    element("p", { class: "map-popup__meta" }, `${kindLabel(monument.kind, messages.lang)} · ${monument.municipality}`),
    monument.precision === "approximate" && element("p", { class: "badge badge--approximate" }, messages.approximateBadge),
    element("p", { class: "map-popup__summary" }, monument.summary),
    monument.openMonumentendag !== null && element("p", { class: "map-popup__omd" }, messages.heritageDay(monument.openMonumentendag)),
  );
}

export function stopPopup(stop: RouteStopProperties, straightLines: boolean, messages: MapMessages): HTMLElement {
  const leg = stop.legKmToNext === null ? null : messages.distance(stop.legKmToNext);
  return element(
    "div",
    { class: "map-popup" },
    element("p", { class: "map-popup__title" }, `${stop.number}. `, linkOrText(stop.name, safeHref(stop.url))),
    stop.precision === "approximate" && element("p", { class: "badge badge--approximate" }, messages.approximateBadge),
    stop.note && element("p", {}, stop.note),
    leg !== null &&
      element("p", { class: "map-popup__meta" }, messages.toStop(stop.number + 1, straightLines ? messages.asTheCrowFlies(leg) : leg)),
  );
}

export function routePopup(route: RouteProperties, messages: MapMessages): HTMLElement {
  const mode = Object.prototype.hasOwnProperty.call(messages.routeModes, route.mode)
    ? messages.routeModes[route.mode as keyof MapMessages["routeModes"]]
    : messages.route;
  const distance = messages.distance(route.distanceKm);
  return element(
    "div",
    { class: "map-popup" },
    element("p", { class: "map-popup__title" }, linkOrText(route.title, safeHref(route.url))),
    element("p", { class: "map-popup__meta" }, `${mode} · ${route.geometry === "straight-lines" ? messages.asTheCrowFlies(distance) : distance}`),
  );
}

import type { Image, Monument, Route, SiteModel } from "../content/model.ts";
import type { Messages } from "../i18n/messages.ts";
import { PRINT_SKETCH_BOX, routeSketchSvg } from "../outputs/sketch/route-sketch.ts";
import { qrCodeSvg } from "../outputs/print/qr-svg.ts";
import { absoluteUrl } from "../urls.ts";
import { monumentsMapSvg } from "../outputs/sketch/monuments-map.ts";

// Filters for the drawings made at build time (src/outputs/sketch/, and a printed route
// page's map and QR code, src/outputs/print/) and the home page's lead picture. Each drawing is made once per route (or site) and language: the same
// route card is on the home page, /routes/ and the pages of its monuments.

/** What the lead picture's `sizes` says: the whole column on phones, the picture's grid column on wide screens. */
export const LEAD_SIZES = "(min-width: 72rem) 40rem, (min-width: 60em) 55vw, calc(100vw - 2rem)";

/** The home page's lead picture: the first image of `home.leadMonument`, else of the first monument with one on the first featured route, else of any. */
export function leadImage(model: Pick<SiteModel, "config" | "monuments" | "featuredRoutes">): { monument: Monument; image: Image; sizes: string } | undefined {
  const withImage = (monument: Monument | undefined) => (monument?.images[0]?.rendition?.page ? monument : undefined);
  const chosen = model.config.home?.leadMonument;
  const monument =
    withImage(model.monuments.find((candidate) => candidate.slug === chosen)) ??
    model.featuredRoutes
      .flatMap((route) => route.stops)
      .map((stop) => (stop.type === "monument" ? withImage(stop.monument) : undefined))
      .find(Boolean) ??
    model.monuments.find(withImage);
  return monument ? { monument, image: monument.images[0]!, sizes: LEAD_SIZES } : undefined;
}

function once<K extends object, V>(make: (key: K, t: Messages) => V): (key: K, t: Messages) => V {
  const made = new WeakMap<K, WeakMap<Messages, V>>();
  return (key, t) => {
    let byLanguage = made.get(key);
    if (!byLanguage) made.set(key, (byLanguage = new WeakMap()));
    if (!byLanguage.has(t)) byLanguage.set(t, make(key, t));
    return byLanguage.get(t)!;
  };
}

/** The filters `routeSketch`, `printSketch`, `routeQr`, `monumentsMap` and `leadImage`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function sketchesPlugin(eleventyConfig: any): void {
  eleventyConfig.addNunjucksFilter(
    "routeSketch",
    once((route: Route, t: Messages) => routeSketchSvg(route, { label: t.sketches.routeLabel(route.title), straightLines: t.cards.asTheCrowFlies })),
  );
  // A printed route page: the route's map as a sketch across the page (Leaflet's tiles and
  // layout do not survive printing), and a QR code of the page's address on the site.
  eleventyConfig.addNunjucksFilter(
    "printSketch",
    once((route: Route, t: Messages) => routeSketchSvg(route, { label: t.sketches.routeLabel(route.title), straightLines: t.cards.asTheCrowFlies }, PRINT_SKETCH_BOX)),
  );
  eleventyConfig.addNunjucksFilter("routeQr", (route: Route, t: Messages, baseUrl: string) => qrCodeSvg(absoluteUrl(route.url, baseUrl), t.printRoute.qrLabel));
  eleventyConfig.addNunjucksFilter(
    "monumentsMap",
    once((model: SiteModel, _t: Messages) => monumentsMapSvg(model.monuments, model.config.region.bounds)),
  );
  eleventyConfig.addNunjucksFilter("leadImage", leadImage);
}

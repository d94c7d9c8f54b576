import type { Route, SiteConfig } from "../../content/model.ts";
import { formatDistanceIn, formatDurationIn, formatMetresIn } from "../../i18n/format.ts";
import { entryUrl, type Lang } from "../../i18n/locales.ts";
import { messagesFor } from "../../i18n/messages.ts";
import type { MapInput } from "../../print/route-map.ts";
import { absoluteUrl } from "../../urls.ts";

// What a route's flyer says, as plain data in its language: every text already worded, the map's
// places and lines, the two addresses its QR codes open. The layout (layout.ts) only places it, and
// the flyer is made again only when this changes (write.ts keeps it under its digest).

export interface FlyerStop {
  number: number;
  name: string;
  /** Where it is: the monument's municipality, and "plaats bij benadering" when placed roughly. */
  place?: string;
  note?: string;
  /** "Naar de volgende stop: 1,2 km". */
  leg?: string;
  approximate: boolean;
}

export interface FlyerContent {
  lang: Lang;
  title: string;
  /** "Wandelroute", "Fietsroute", "Autoroute". */
  mode: string;
  summary: string;
  organisation: string;
  /** The cover's two figures: distance and duration. */
  distance: { label: string; value: string };
  duration: { label: string; value: string };
  /** The practical panel: start, finish, elevation, municipalities. */
  facts: { label: string; value: string }[];
  accessibility?: { label: string; text: string };
  /** Under the map: how it is drawn, straight lines, approximate places. */
  mapNotes: string[];
  stops: FlyerStop[];
  stopsHeading: string;
  map: MapInput;
  north: string;
  practical: string;
  online: { heading: string; text: string; url: string; shown: string };
  gpx: { heading: string; text: string; url: string; shown: string };
  publisher: string;
  /** The PDF's title. */
  documentTitle: string;
}

/** An address without its scheme and trailing slash, as people type it. */
function shown(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/**
 * The flyer of `route` (the route as the site shows it in `lang`: its own view for a translated
 * language) for a site with `config`.
 */
export function flyerContent(route: Route, lang: Lang, config: Pick<SiteConfig, "baseUrl" | "organisation" | "language">): FlyerContent {
  const t = messagesFor(lang);
  const straight = route.distanceMethod === "straight-lines";
  const crow = straight ? ` ${t.cards.asTheCrowFlies}` : "";
  const mode = t.routeModes[route.mode];
  const page = absoluteUrl(entryUrl("route", route.slug, lang, config.language), config.baseUrl);
  const gpx = absoluteUrl(route.downloads.gpx, config.baseUrl);
  const approximate = route.stops.some((stop) => stop.location.precision === "approximate");
  return {
    lang,
    title: route.title,
    mode: mode?.label ?? route.mode,
    summary: route.summary,
    organisation: config.organisation,
    distance: { label: t.route.distance, value: `${formatDistanceIn(lang, route.distanceKm)}${crow}` },
    duration: { label: t.route.duration, value: t.route.aboutDuration(formatDurationIn(lang, route.durationMinutes), mode?.adverb ?? "") },
    facts: [
      { label: t.route.start, value: route.start },
      { label: t.route.finish, value: route.finish },
      ...(route.elevation
        ? [{ label: t.route.elevation, value: `↑ ${formatMetresIn(lang, route.elevation.gainM)}  ↓ ${formatMetresIn(lang, route.elevation.lossM)}` }]
        : []),
      ...(route.municipalities.length ? [{ label: t.route.municipalities, value: route.municipalities.map((municipality) => municipality.name).join(", ") }] : []),
    ],
    ...(route.accessibility ? { accessibility: { label: t.route.accessibility, text: route.accessibility } } : {}),
    mapNotes: [t.booklet.mapNote, ...(straight ? [t.booklet.straightLinesNote] : []), ...(approximate ? [t.booklet.approximateNote] : [])],
    stops: route.stops.map((stop, index) => {
      const leg = route.legs[index];
      const where = [stop.type === "monument" ? stop.monument.municipality.name : undefined, stop.location.precision === "approximate" ? t.booklet.approximatePlace : undefined].filter(Boolean);
      return {
        number: index + 1,
        name: stop.name,
        ...(where.length ? { place: where.join(" · ") } : {}),
        ...(stop.note ? { note: stop.note } : {}),
        ...(leg ? { leg: `${t.route.toNextStop} ${formatDistanceIn(lang, leg.distanceKm)}${crow}` } : {}),
        approximate: stop.location.precision === "approximate",
      };
    }),
    stopsHeading: t.route.stops,
    map: {
      places: route.stops.map((stop, index) => ({ number: index + 1, name: stop.name, location: stop.location })),
      path: route.path,
      straight,
    },
    north: t.booklet.north,
    practical: t.flyer.practical,
    online: { heading: t.flyer.onlineHeading, text: t.flyer.onlineText, url: page, shown: shown(page) },
    gpx: { heading: t.flyer.gpxHeading, text: t.flyer.gpxText, url: gpx, shown: shown(gpx) },
    publisher: t.flyer.publisher(config.organisation),
    documentTitle: t.flyer.title(route.title),
  };
}

import { messagesFor } from "../../i18n/messages.ts";
import type { Route, SiteConfig } from "../../content/model.ts";
import type { Position } from "../../geo/gpx.ts";

/**
 * A route as GPX 1.1: a waypoint per stop (name, note, link to its page) and
 * the path: the GPX track as a <trk>, or, for a route without a track, the
 * stops as a <rte>, so navigation apps plan the way between them rather than
 * following straight lines. No timestamps: the same route gives the same file.
 */
export function routeGpx(route: Route, config: Pick<SiteConfig, "baseUrl" | "title">): string {
  const absolute = (url: string) => new URL(url, config.baseUrl).href;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="schachtbok" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    "  <metadata>",
    `    <name>${xml(route.title)}</name>`,
    `    <desc>${xml(route.summary)}</desc>`,
    `    <author><name>${xml(config.title)}</name></author>`,
    `    <link href="${xml(absolute(route.url))}"><text>${xml(route.title)}</text></link>`,
    "  </metadata>",
  ];
  route.stops.forEach((stop, index) => {
    lines.push(`  <wpt lat="${stop.location.lat}" lon="${stop.location.lng}">`);
    lines.push(`    <name>${xml(`${index + 1}. ${stop.name}`)}</name>`);
    const description = [stop.note, stop.location.precision === "approximate" ? `${messagesFor(route.i18n.lang).cards.approximate}.` : undefined].filter(Boolean).join(" ");
    if (description) lines.push(`    <desc>${xml(description)}</desc>`);
    if (stop.type === "monument") lines.push(`    <link href="${xml(absolute(stop.monument.url))}"><text>${xml(stop.name)}</text></link>`);
    lines.push("  </wpt>");
  });
  if (route.distanceMethod === "track") {
    lines.push("  <trk>", `    <name>${xml(route.title)}</name>`);
    for (const segment of route.path) {
      lines.push("    <trkseg>");
      for (const point of segment) lines.push(`      <trkpt ${latLon(point)}>${elevation(point)}</trkpt>`);
      lines.push("    </trkseg>");
    }
    lines.push("  </trk>");
  } else {
    lines.push("  <rte>", `    <name>${xml(route.title)}</name>`);
    for (const stop of route.stops) lines.push(`    <rtept lat="${stop.location.lat}" lon="${stop.location.lng}"><name>${xml(stop.name)}</name></rtept>`);
    lines.push("  </rte>");
  }
  lines.push("</gpx>", "");
  return lines.join("\n");
}

function latLon(point: Position): string {
  return `lat="${point[1]}" lon="${point[0]}"`;
}

function elevation(point: Position): string {
  return point[2] === undefined ? "" : `<ele>${point[2]}</ele>`;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

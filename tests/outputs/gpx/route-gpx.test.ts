import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import { parseGpx } from "../../../src/geo/gpx.ts";
import { routeGpx } from "../../../src/outputs/gpx/route-gpx.ts";
import { ROUTE_MD, regionWith } from "../../helpers/content-dir.ts";
import { fixture } from "../../helpers/fixtures.ts";

async function routeOf(overrides: Record<string, string> = {}) {
  const { model } = await loadSite(regionWith(overrides));
  return { route: model!.routes[0]!, config: model!.config };
}

function waypoints(gpx: string) {
  const document = new DOMParser().parseFromString(gpx, "text/xml");
  return Array.from(document.getElementsByTagName("wpt")).map((wpt) => ({
    lat: Number(wpt.getAttribute("lat")),
    lon: Number(wpt.getAttribute("lon")),
    name: wpt.getElementsByTagName("name")[0]?.textContent,
    link: wpt.getElementsByTagName("link")[0]?.getAttribute("href") ?? null,
  }));
}

describe("routeGpx", () => {
  it("writes the track so it parses back to the same points", async () => {
    const { route, config } = await routeOf({
      "routes/mijnwandeling.md": ROUTE_MD.replace("stops:", "track: spoor.gpx\nstops:"),
      "routes/spoor.gpx": fixture("gpx/watch-two-segments.gpx"),
    });
    const parsed = parseGpx(routeGpx(route, config));
    expect(parsed.ok && parsed.track.segments).toEqual(route.path);
    expect(parsed.ok && parsed.track.name).toBe("Mijnwandeling");
  });

  it("has a waypoint per stop with its number, name and page URL", async () => {
    const { route, config } = await routeOf();
    expect(waypoints(routeGpx(route, config))).toEqual([
      { lat: 50.98259, lon: 5.49053, name: "1. C-mine", link: "https://example.org/monumenten/c-mine/" },
      { lat: 50.99, lon: 5.5, name: "2. Uitkijkpunt", link: null },
      { lat: 50.98, lon: 5.49, name: "3. Heilig Hartkerk", link: "https://example.org/monumenten/heilig-hartkerk/" },
    ]);
  });

  it("gives a route without a track as a <rte> through the stops, not as a track of straight lines", async () => {
    const { route, config } = await routeOf();
    const gpx = routeGpx(route, config);
    expect(gpx).not.toContain("<trk>");
    const parsed = parseGpx(gpx);
    expect(parsed.ok && parsed.track.segments).toEqual([[[5.49053, 50.98259], [5.5, 50.99], [5.49, 50.98]]]);
  });

  it("escapes text and has no timestamps, so the file is the same every build", async () => {
    const { route, config } = await routeOf({ "routes/mijnwandeling.md": ROUTE_MD.replace("title: Mijnwandeling", 'title: "Kolen & <koffie>"') });
    const gpx = routeGpx(route, config);
    expect(gpx).toContain("<name>Kolen &#38; &#60;koffie&#62;</name>");
    expect(gpx).not.toMatch(/<time>/);
    expect(routeGpx(route, config)).toBe(gpx);
  });
});

import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROUTE_MD, regionWith } from "../helpers/content-dir.ts";
import { fixture } from "../helpers/fixtures.ts";
import { checkGpxDownload, checkRouteMap, routeParts, type RouteGeoJson } from "./route-checks.ts";
import { useSampleSite } from "./sample-site.ts";

// A route with a real GPX track (a sport watch's, two segments with a gap) in a
// small test region: the page draws the track, not straight lines.

let contentDir: string | undefined;
const site = useSampleSite({
  contentDir: () =>
    (contentDir = regionWith({
      "routes/mijnwandeling.md": ROUTE_MD.replace("stops:", "track: spoor.gpx\nstops:"),
      "routes/spoor.gpx": fixture("gpx/watch-two-segments.gpx"),
    })),
});
afterAll(() => {
  if (contentDir) rmSync(path.dirname(contentDir), { recursive: true, force: true });
});

describe("a route page with a GPX track", () => {
  it("draws the track's two segments with all their points and the numbered stops", async () => {
    const route = routeParts(await site.json<RouteGeoJson>("/routes/mijnwandeling/mijnwandeling.geojson"));
    expect(route.kind).toBe("track");
    expect(route.segments.map((segment) => segment.length)).toEqual([6, 7]);
    const { page } = await checkRouteMap(site, "mijnwandeling");
    // Elevation from the track is shown on the page.
    expect(await page.locator(".facts").textContent()).toMatch(/Hoogteverschil/);
  });

  it("downloads the track as GPX with both segments and a waypoint per stop", async () => {
    const { page } = await checkRouteMap(site, "mijnwandeling");
    await checkGpxDownload(site, page, "mijnwandeling");
  });
});

import { rmSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { ROUTE_MD, regionWith } from "../helpers/content-dir.ts";
import { fixture } from "../helpers/fixtures.ts";
import { checkGpxDownload, checkRouteMap, routeParts, type RouteGeoJson } from "./route-checks.ts";
import { useSampleSite, waitForMaps } from "./sample-site.ts";

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

describe('"Waar ben ik op de route?" along a GPX track', () => {
  // The track goes out from C-mine to the viewpoint (stop 2) and comes back past the same
  // places to the church (stop 3): on the way back the visitor is near the way out too.
  const OUT_EARLY = { latitude: 50.98506, longitude: 5.493687, accuracy: 10 };
  const OUT_LATE = { latitude: 50.98753, longitude: 5.496843, accuracy: 10 };
  const VIEWPOINT = { latitude: 50.99, longitude: 5.5, accuracy: 10 };
  const BACK = { latitude: 50.985, longitude: 5.495, accuracy: 10 };

  const headline = (page: Page) => page.locator("[data-route-progress-headline]").textContent();
  async function walkTo(context: BrowserContext, page: Page, position: typeof OUT_EARLY): Promise<string> {
    const before = await headline(page);
    await context.setGeolocation(position);
    await expect.poll(() => headline(page)).not.toBe(before);
    return (await headline(page)) ?? "";
  }
  const metres = (text: string) => Number(/— (\d+) m langs de route/.exec(text)?.[1] ?? Number.NaN);

  it("measures the distance to the next stop along the track, and follows the track forwards", async () => {
    const { context } = await site.newContext({ viewport: { width: 390, height: 844 }, geolocation: OUT_EARLY, permissions: ["geolocation"] });
    const page = await context.newPage();
    await page.goto(site.server.url("/routes/mijnwandeling/"));
    await waitForMaps(page);
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => headline(page)).toMatch(/^Volgende stop: 2 · Uitkijkpunt — \d+ m langs de route, richting noordoost$/);
    // Three legs of the track (about 176 m each) before the viewpoint.
    const early = metres((await headline(page))!);
    expect(early).toBeGreaterThan(450);
    expect(early).toBeLessThan(600);
    const late = metres(await walkTo(context, page, OUT_LATE));
    expect(late).toBeGreaterThan(100);
    expect(late).toBeLessThan(250);

    expect(await walkTo(context, page, VIEWPOINT)).toMatch(/^Volgende stop: 3 · /);
    // On the way back, beside the way out: still heading for the church, not back to the viewpoint.
    const back = await walkTo(context, page, BACK);
    expect(back).toMatch(/^Volgende stop: 3 · .* — \d+ m langs de route, richting zuidwest$/);
    expect(metres(back)).toBeGreaterThan(550);
    expect(metres(back)).toBeLessThan(750);
  });
});

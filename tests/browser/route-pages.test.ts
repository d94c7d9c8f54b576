import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tileRequests } from "../helpers/browser.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { checkGeoJsonDownload, checkGpxDownload, checkRouteMap } from "./route-checks.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// Every route page of the sample region, and the map of all routes, in Chromium
// with the tile server unreachable.

const site = useSampleSite();
const ROUTE_SLUGS = readdirSync(path.join(PROJECT_DIR, "content", "routes"))
  .filter((name) => name.endsWith(".md") && !name.startsWith("_") && !/\.[a-z]{2}\.md$/.test(name))
  .map((name) => name.slice(0, -".md".length))
  .sort();

describe.each(ROUTE_SLUGS)("the route page of %s", (slug) => {
  it("draws the path with every point of its GeoJSON and numbered stops 1..n, without tiles", async () => {
    const { blockedRequests } = await checkRouteMap(site, slug);
    expect(tileRequests(blockedRequests).length).toBeGreaterThan(0);
  });

  it("downloads a GPX file that parses back: the path and a waypoint per stop", async () => {
    const { page } = await checkRouteMap(site, slug);
    await checkGpxDownload(site, page, slug);
  });

  it("downloads the GeoJSON", async () => {
    const { page } = await checkRouteMap(site, slug);
    await checkGeoJsonDownload(site, page, slug);
  });
});

describe("the map of all routes", () => {
  it("draws one line per route", async () => {
    const routes = await site.json<{ features: unknown[] }>("/data/routes.geojson");
    expect(routes.features).toHaveLength(ROUTE_SLUGS.length);
    const { context, blockedRequests } = await site.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(site.server.url("/routes/"));
    await waitForMaps(page);
    expect(errors).toEqual([]);
    const canvas = page.locator('[data-map="routes"] [data-map-canvas]');
    expect(await canvas.getAttribute("data-route-count")).toBe(String(ROUTE_SLUGS.length));
    expect(await canvas.locator(".leaflet-overlay-pane path.route-line").count()).toBe(ROUTE_SLUGS.length);
    expect(tileRequests(blockedRequests).length).toBeGreaterThan(0);
  });

  it("lights a route's line up while its entry in the list has the keyboard focus", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url("/routes/"));
    await waitForMaps(page);
    const [first, second] = ROUTE_SLUGS;
    const line = (slug: string) => page.locator(`[data-map="routes"] path.route-line[data-route="${slug}"]`);
    await expect.poll(() => line(first!).count()).toBe(1);
    expect(await line(first!).getAttribute("class")).not.toContain("route-line--active");
    await page.locator(`li[data-route="${first}"] a`).focus();
    expect(await line(first!).getAttribute("class")).toContain("route-line--active");
    expect(await line(first!).getAttribute("stroke-width")).toBe("7");
    // The focused route's line is drawn over the others.
    expect(await page.locator("[data-map=routes] path.route-line").last().getAttribute("data-route")).toBe(first);
    await page.locator(`li[data-route="${second}"] a`).focus();
    expect(await line(first!).getAttribute("class")).not.toContain("route-line--active");
    expect(await line(first!).getAttribute("stroke-width")).toBe("4");
    expect(await line(second!).getAttribute("class")).toContain("route-line--active");
  });
});

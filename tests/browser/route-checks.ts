import { readFileSync } from "node:fs";
import { gpx as gpxToGeoJson } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { parseGpx } from "../../src/geo/gpx.ts";
import { collectPageErrors, waitForMaps, type SampleSite } from "./sample-site.ts";

// One route page, checked as a visitor would: the path drawn with every point of
// the route's GeoJSON, numbered stops 1..n matching the stop list, and downloads
// that open. Shared by the sample routes and the test route with a GPX track.

type Line = { type: "LineString"; coordinates: number[][] } | { type: "MultiLineString"; coordinates: number[][][] };

export interface RouteGeoJson {
  features: (
    | { geometry: Line; properties: { role: "path"; geometry: "track" | "straight-lines" } }
    | { geometry: { type: "Point"; coordinates: number[] }; properties: { role: "stop"; number: number; name: string; url: string | null } }
  )[];
}

export function routeParts(route: RouteGeoJson) {
  const path = route.features.find((feature) => feature.properties.role === "path");
  if (!path || path.properties.role !== "path") throw new Error("route GeoJSON without a path");
  const geometry = path.geometry as Line;
  const segments = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  const stops = route.features.flatMap((feature) => (feature.properties.role === "stop" ? [feature.properties] : [])).sort((a, b) => a.number - b.number);
  return { kind: path.properties.geometry, segments, pointCount: segments.reduce((sum, segment) => sum + segment.length, 0), stops };
}

/** Opens /routes/<slug>/ and checks its map against /routes/<slug>/<slug>.geojson. Returns the page for more checks. */
export async function checkRouteMap(site: SampleSite, slug: string): Promise<{ page: Page; blockedRequests: string[] }> {
  const route = routeParts(await site.json<RouteGeoJson>(`/routes/${slug}/${slug}.geojson`));
  const { context, blockedRequests } = await site.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(site.server.url(`/routes/${slug}/`));
  await waitForMaps(page);
  expect(errors, "errors in the page").toEqual([]);

  const canvas = page.locator('[data-map="route"] [data-map-canvas]');
  expect(await canvas.getAttribute("data-map-state")).toBe("ready");
  // The path: every point of the GeoJSON given to the map, each segment its own line.
  expect(await canvas.getAttribute("data-path-geometry")).toBe(route.kind);
  expect(Number(await canvas.getAttribute("data-path-points"))).toBe(route.pointCount);
  expect(Number(await canvas.getAttribute("data-path-segments"))).toBe(route.segments.length);
  expect(await canvas.locator(".leaflet-overlay-pane path.route-line").count()).toBe(route.segments.length);
  expect(await canvas.locator(`.leaflet-overlay-pane path.route-line--${route.kind === "track" ? "track" : "straight"}`).count()).toBe(route.segments.length);

  // Numbered stop markers 1..n, named like the stops, in the order of the list on the page.
  const stopMarkers = canvas.locator(".leaflet-marker-pane .leaflet-marker-icon.route-stop");
  const numbers = (await stopMarkers.allTextContents()).map((text) => Number(text.trim()));
  expect(numbers.sort((a, b) => a - b)).toEqual(route.stops.map((_, index) => index + 1));
  const titles = await stopMarkers.evaluateAll((markers) => markers.map((marker) => marker.getAttribute("title") ?? ""));
  expect(titles.sort()).toEqual(route.stops.map((stop) => `Stop ${stop.number}: ${stop.name}`).sort());
  const listed = (await page.locator("ol.stops > li .stop__name").allTextContents()).map((text) => text.trim());
  expect(listed).toEqual(route.stops.map((stop) => stop.name));

  // Straight lines are never passed off as the path.
  const label = page.locator("[data-map-canvas] .map-label");
  if (route.kind === "straight-lines") expect(await label.textContent()).toMatch(/in vogelvlucht/i);
  else expect(await label.count()).toBe(0);
  return { page, blockedRequests };
}

/** Clicks the page's GPX link, and checks that the file downloads and parses: the path, and a waypoint per stop. */
export async function checkGpxDownload(site: SampleSite, page: Page, slug: string): Promise<void> {
  const route = routeParts(await site.json<RouteGeoJson>(`/routes/${slug}/${slug}.geojson`));
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[href$=".gpx"]').first().click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.gpx`);
  const file = await download.path();
  const xml = readFileSync(file, "utf8");
  expect(xml).toMatch(/<gpx[^>]+version="1\.1"/);

  // The path, read back by the project's own GPX reader (the one that imports staff's tracks).
  const parsed = parseGpx(xml);
  expect(parsed.ok, parsed.ok ? "" : parsed.message).toBe(true);
  if (!parsed.ok) return;
  if (route.kind === "track") {
    expect(xml).toContain("<trk>");
    expect(parsed.track.segments.map((segment) => segment.length)).toEqual(route.segments.map((segment) => segment.length));
  } else {
    // No track: the stops as a <rte>, for navigation apps to route between.
    expect(xml).toContain("<rte>");
    expect(parsed.track.segments).toHaveLength(1);
    expect(parsed.track.segments[0]).toHaveLength(route.stops.length);
  }

  // A waypoint per stop, numbered and named, read by @tmcw/togeojson as any GPX tool would.
  const document = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const waypoints = gpxToGeoJson(document).features.filter((feature) => feature.geometry?.type === "Point");
  expect(waypoints.map((waypoint) => waypoint.properties?.name)).toEqual(route.stops.map((stop) => `${stop.number}. ${stop.name}`));
}

/** Clicks the page's GeoJSON link: the file downloads and is the route's path and stops. */
export async function checkGeoJsonDownload(site: SampleSite, page: Page, slug: string): Promise<void> {
  const route = routeParts(await site.json<RouteGeoJson>(`/routes/${slug}/${slug}.geojson`));
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('a[href$=".geojson"]').first().click()]);
  expect(download.suggestedFilename()).toBe(`${slug}.geojson`);
  const downloaded = routeParts(JSON.parse(readFileSync(await download.path(), "utf8")) as RouteGeoJson);
  expect(downloaded.pointCount).toBe(route.pointCount);
  expect(downloaded.stops.map((stop) => stop.number)).toEqual(route.stops.map((_, index) => index + 1));
}

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticRegion } from "../../scripts/synthetic-region.ts";
import { greatCircleKm } from "../../src/geo/distance.ts";
import type { MonumentFeature } from "../../src/outputs/geojson/monuments.ts";
import { axeViolations } from "./axe.ts";
import { canvasData, countShownMarkers, searchParams, visibleListIds, visibleListLinks, waitForRedraw } from "./map-queries.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// The overview map of a generated region of 5000 monuments, as a visitor uses it: every
// monument in clusters, a popup that fetches its details, a filter, and the list in pages.

const COUNT = 5000;
const site = useSampleSite({
  contentDir: () => {
    const contentDir = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-map-scale-")), "content");
    writeSyntheticRegion(contentDir, COUNT);
    return contentDir;
  },
});
let monuments: MonumentFeature[] = [];
const byTitle = new Map<string, MonumentFeature["properties"]>();

beforeAll(async () => {
  // The open-data download still has every monument: the expectations come from it.
  monuments = (await site.json<{ features: MonumentFeature[] }>("/data/monuments.geojson")).features;
  for (const feature of monuments) byTitle.set(feature.properties.title, feature.properties);
}, 240_000);

async function openMap(search = "", viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[]; requested: string[] }> {
  const { context } = await site.newContext({ viewport });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(site.server.url(`/kaart/${search}`));
  await waitForMaps(page);
  expect(errors, "errors in the page").toEqual([]);
  expect(await canvasData(page, "mapState")).toBe("ready");
  return { page, errors, requested };
}

/** Whether each element is wholly inside the map's frame (the map also draws markers just outside it). */
function inView(elements: Element[]): boolean[] {
  const frame = document.querySelector("[data-map-canvas]")!.getBoundingClientRect();
  return elements.map((element) => {
    const box = element.getBoundingClientRect();
    return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
  });
}

/** Clicks the smallest cluster in view until a single marker is in view; returns that marker. */
async function zoomToSingleMarker(page: Page) {
  const singles = page.locator("[data-map-canvas] .leaflet-marker-icon.map-marker");
  const clusters = page.locator("[data-map-canvas] .leaflet-marker-icon.marker-cluster");
  for (let step = 0; step < 12; step++) {
    const shown = await singles.evaluateAll(inView);
    if (shown.includes(true)) return singles.nth(shown.indexOf(true));
    const zoom = await page.evaluate(() => document.querySelector(".leaflet-proxy")?.getAttribute("style"));
    // The smallest cluster in view: it breaks up soonest.
    const visible = await clusters.evaluateAll(inView);
    const counts = await clusters.evaluateAll((icons, shown) => icons.map((icon, index) => (shown[index] ? Number(icon.textContent) : Infinity)), visible);
    await clusters.nth(counts.indexOf(Math.min(...counts))).click();
    await page.waitForFunction((before) => document.querySelector(".leaflet-proxy")?.getAttribute("style") !== before, zoom);
    await page.waitForFunction(() => !document.querySelector(".leaflet-zoom-anim"));
  }
  throw new Error("no single marker in view after 12 clicks on clusters");
}

const pagerRange = (page: Page) => page.locator("[data-map-pager-range]").textContent();

describe("the overview map of 5000 monuments", () => {
  it("shows every monument as clusters and markers, from the points file, without the GeoJSON", async () => {
    expect(monuments.length).toBe(COUNT);
    const { page, requested } = await openMap();
    expect(await countShownMarkers(page)).toBe(COUNT);
    expect(await canvasData(page, "visibleCount")).toBe(String(COUNT));
    expect(await canvasData(page, "totalCount")).toBe(String(COUNT));
    expect(requested).toContain("/data/monuments/points.json");
    expect(requested).not.toContain("/data/monuments.geojson");
    // At most the chunk(s) of the list's first page: not the details of every monument.
    expect(requested.filter((url) => url.startsWith("/data/monuments/details/")).length).toBeLessThanOrEqual(2);
    expect(await page.textContent("[data-map-count]")).toMatch(/5000 monumenten/);
  });

  it("a cluster zooms in when clicked, and a marker's popup fetches its title, summary and link", async () => {
    const { page } = await openMap();
    const marker = await zoomToSingleMarker(page);
    const title = (await marker.getAttribute("title"))!.replace(/ \(locatie bij benadering\)$/, "");
    const monument = byTitle.get(title)!;
    expect(monument, `a monument titled ${title}`).toBeDefined();
    await marker.click();
    const popup = page.locator(".leaflet-popup-content");
    await expect.poll(() => popup.locator(`a[href="${monument.url}"]`).count()).toBe(1);
    const text = await popup.textContent();
    expect(text).toContain(monument.title);
    expect(text).toContain(monument.municipality);
    expect(text).toContain(monument.summary);
  });

  it("works with the keyboard: Enter on a cluster zooms in, Enter on a marker opens its popup", async () => {
    const { page } = await openMap();
    const clusters = page.locator("[data-map-canvas] .leaflet-marker-icon.marker-cluster");
    const first = clusters.first();
    expect(await first.getAttribute("role")).toBe("button");
    expect(await first.getAttribute("title")).toMatch(/^\d+ monumenten: inzoomen$/);
    const zoom = await page.evaluate(() => document.querySelector(".leaflet-proxy")?.getAttribute("style"));
    await first.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((before) => document.querySelector(".leaflet-proxy")?.getAttribute("style") !== before, zoom);
    // The cluster is gone; the focus is on the map, from where Tab reaches the new markers.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("leaflet-container"))).toBe(true);

    const marker = await zoomToSingleMarker(page);
    const monument = byTitle.get((await marker.getAttribute("title"))!.replace(/ \(locatie bij benadering\)$/, ""))!;
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(`.leaflet-popup-content a[href="${monument.url}"]`).count()).toBe(1);
  });

  it("a popup whose details do not load says so, and the list keeps its names", async () => {
    const { context } = await site.newContext();
    await context.route("**/data/monuments/details/**", (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    await page.goto(site.server.url("/kaart/"));
    await waitForMaps(page);
    const marker = await zoomToSingleMarker(page);
    const title = (await marker.getAttribute("title"))!.replace(/ \(locatie bij benadering\)$/, "");
    await marker.click();
    const popup = page.locator(".leaflet-popup-content");
    await expect.poll(() => popup.textContent()).toContain("De gegevens van dit monument konden niet geladen worden");
    expect(await popup.textContent()).toContain(title);
    expect(await page.textContent("[data-map-pager-status]")).toContain("De links van deze monumenten konden niet geladen worden");
    expect(await page.locator("[data-map-list] li").count()).toBe(50);
  });

  it("when the points file does not load, says so and links to the listings instead of the list", async () => {
    const { context } = await site.newContext();
    await context.route("**/data/monuments/points.json", (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    await page.goto(site.server.url("/kaart/"));
    await waitForMaps(page);
    expect(await canvasData(page, "mapState")).toBe("error");
    expect(await page.textContent("[data-map-count]")).toContain("De kaart en de lijst konden niet geladen worden");
    const genk = page.locator(".map-list").getByRole("link", { name: "Genk", exact: true });
    expect(await genk.isVisible()).toBe(true);
    expect(await genk.getAttribute("href")).toBe("/gemeenten/genk/monumenten/");
  });

  it('"waar ben ik?" lists the five nearest of the 5000, with their links', async () => {
    const here = { latitude: 51.05, longitude: 5.4, accuracy: 25 };
    const { context } = await site.newContext({ geolocation: here, permissions: ["geolocation"] });
    const page = await context.newPage();
    await page.goto(site.server.url("/kaart/"));
    await waitForMaps(page);
    await page.getByRole("button", { name: "Waar ben ik?" }).click();
    const items = page.locator("[data-nearest] li");
    await expect.poll(() => items.count()).toBe(5);
    const nearest = monuments
      .map(({ properties, geometry }) => ({ properties, km: greatCircleKm({ lat: here.latitude, lng: here.longitude }, { lat: geometry.coordinates[1], lng: geometry.coordinates[0] }) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, 5);
    expect(await items.evaluateAll((found) => found.map((item) => (item as HTMLElement).dataset.id))).toEqual(nearest.map(({ properties }) => properties.id));
    expect(await items.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(nearest.map(({ properties }) => properties.url));
  });

  it("a municipality narrows the markers, the count and the list, and goes into the URL", async () => {
    const { page } = await openMap();
    await page.selectOption('select[name="gemeente"]', { label: "Genk" });
    await waitForRedraw(page);
    const genk = monuments.filter((feature) => feature.properties.municipality === "Genk");
    expect(genk.length).toBeGreaterThan(0);
    expect(genk.length).toBeLessThan(COUNT);
    await expect.poll(() => countShownMarkers(page)).toBe(genk.length);
    expect(await canvasData(page, "visibleCount")).toBe(String(genk.length));
    expect(searchParams(page).get("gemeente")).toBe("genk");
    expect(await pagerRange(page)).toBe(`1–50 van ${genk.length}`);
    const genkIds = new Set(genk.map((feature) => feature.properties.id));
    const ids = await visibleListIds(page);
    expect(ids.length).toBe(50);
    expect(ids.every((id) => genkIds.has(id))).toBe(true);
  });

  it("lists the monuments 50 at a time: Volgende and Vorige with the keyboard, each item a link", async () => {
    const { page } = await openMap();
    expect(await pagerRange(page)).toBe("1–50 van 5.000");
    const first = await visibleListIds(page);
    expect(first.length).toBe(50);
    const urls = new Map(monuments.map((feature) => [feature.properties.id, feature.properties.url]));
    expect(await visibleListLinks(page)).toEqual(first.map((id) => urls.get(id)));

    const nav = page.getByRole("navigation", { name: "Pagina's van deze lijst" });
    await nav.getByRole("button", { name: "Volgende" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => pagerRange(page)).toBe("51–100 van 5.000");
    await waitForRedraw(page);
    const second = await visibleListIds(page);
    expect(second.length).toBe(50);
    expect(second.some((id) => first.includes(id))).toBe(false);
    expect(await visibleListLinks(page)).toEqual(second.map((id) => urls.get(id)));
    // The new page starts at the list's heading, in view: the next Tab is its first monument.
    const heading = page.getByRole("heading", { name: "Lijst van de monumenten" });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => heading.evaluate((element) => { const box = element.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight; })).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(urls.get(second[0]!));

    await nav.getByRole("button", { name: "Vorige" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => pagerRange(page)).toBe("1–50 van 5.000");
    expect(await nav.getByRole("button", { name: "Vorige" }).getAttribute("aria-disabled")).toBe("true");
    await expect.poll(() => visibleListIds(page)).toEqual(first);
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px: no axe violations, no sideways scrolling`, async () => {
      const { page } = await openMap("", { width, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      if (process.env.SCHACHTBOK_SCREENSHOTS) await page.screenshot({ path: path.join(tmpdir(), `schachtbok-map-scale-${width}.png`), fullPage: true });
    });
  }

  it("without JavaScript, links to the listings by municipality and by kind with their counts, not every monument", async () => {
    const html = await (await fetch(site.server.url("/kaart/"))).text();
    expect(gzipSync(html).length).toBeLessThan(100 * 1024);
    const { context } = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url("/kaart/"));
    const list = page.locator(".map-list");
    const genk = monuments.filter((feature) => feature.properties.municipality === "Genk").length;
    const genkLink = list.getByRole("link", { name: "Genk", exact: true });
    expect(await genkLink.getAttribute("href")).toBe("/gemeenten/genk/monumenten/");
    expect(await list.textContent()).toContain(`${genk} monumenten`);
    const churches = list.getByRole("link", { name: "Kerken", exact: true });
    expect(await churches.getAttribute("href")).toBe("/monumenten/per-soort/church/");
    expect(await list.locator("a").count()).toBeLessThan(30);
    await genkLink.click();
    expect(new URL(page.url()).pathname).toBe("/gemeenten/genk/monumenten/");
  });
});

import { readdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// The maps as a visitor on a phone sees them (390 x 844), tiles unreachable as always in
// these tests: every numbered stop inside the map and clear of its notices and controls,
// popups that fit, the overview map on the first screen with its filters readable, the
// routes filling the map of all routes; and no layout shift while the maps are drawn.

const site = useSampleSite();
const PHONE = { width: 390, height: 844 };
const ROUTE_SLUGS = readdirSync(path.join(PROJECT_DIR, "content", "routes"))
  .filter((name) => name.endsWith(".md") && !name.startsWith("_") && !/\.[a-z]{2}\.md$/.test(name))
  .map((name) => name.slice(0, -".md".length))
  .sort();
const PACK = "/lespakketten/tuinwijk-eisden-lager/";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    }),
  );
}

/** Opens a page with a route map on a phone, once the map has settled: drawn, and the "tiles not loaded" notice in. */
async function openPhoneMap(urlPath: string): Promise<{ page: Page; errors: string[] }> {
  const { context } = await site.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(site.server.url(urlPath));
  await waitForMaps(page);
  await page.locator("[data-map-canvas] .map-notice").waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return { page, errors };
}

/** The map's canvas, and what sits on it: zoom buttons, notices, the attribution. */
async function mapFurniture(page: Page) {
  const canvas = page.locator("[data-map-canvas]").first();
  const [canvasBox] = await boxes(canvas);
  const controls = await boxes(canvas.locator(".leaflet-control"));
  expect(controls.length).toBeGreaterThanOrEqual(3); // zoom, attribution, the tiles notice (and "in vogelvlucht")
  return { canvas, canvasBox: canvasBox!, controls };
}

async function checkStopsClear(page: Page): Promise<void> {
  const { canvas, canvasBox, controls } = await mapFurniture(page);
  const stops = await boxes(canvas.locator(".leaflet-marker-pane .route-stop"));
  expect(stops.length).toBeGreaterThan(0);
  for (const [index, stop] of stops.entries()) {
    expect(inside(stop, canvasBox), `stop marker ${index + 1} inside the map`).toBe(true);
    for (const control of controls) expect(overlaps(stop, control), `stop marker ${index + 1} clear of ${JSON.stringify(control)}`).toBe(false);
  }
}

/** The open popup fits in the map, clear of the controls, with `text` in view (scrolled to inside the popup when it is long). */
async function checkPopupFits(page: Page, text: Locator): Promise<void> {
  const { canvasBox, controls } = await mapFurniture(page);
  const popup = page.locator(".leaflet-popup-content-wrapper");
  await popup.waitFor();
  // Autopan runs after the popup opens.
  await page.waitForTimeout(400);
  const [popupBox] = await boxes(popup);
  expect(inside(popupBox!, canvasBox), "popup inside the map").toBe(true);
  for (const control of controls) expect(overlaps(popupBox!, control), `popup clear of ${JSON.stringify(control)}`).toBe(false);
  await text.evaluate((element) => element.scrollIntoView({ block: "nearest" }));
  const [textBox] = await boxes(text);
  const [contentBox] = await boxes(page.locator(".leaflet-popup-content"));
  expect(inside(textBox!, contentBox!), "text in view in the popup").toBe(true);
  for (const control of controls) expect(overlaps(textBox!, control)).toBe(false);
}

describe("route maps on a phone (390 x 844)", () => {
  it.each(ROUTE_SLUGS)("%s: every numbered stop is inside the map, clear of its notices and controls", async (slug) => {
    const { page, errors } = await openPhoneMap(`/routes/${slug}/`);
    await checkStopsClear(page);
    expect(errors).toEqual([]);
  });

  it("the teaching pack's map of its route: every stop inside the map, clear of its notices and controls", async () => {
    const { page } = await openPhoneMap(PACK);
    await checkStopsClear(page);
  });

  it("a stop's popup fits in the map, its note clear of the notice and the attribution", async () => {
    const { page } = await openPhoneMap("/routes/wandeling-be-mine/");
    await page.locator(".leaflet-marker-pane .route-stop", { hasText: /^1$/ }).click();
    await checkPopupFits(page, page.locator(".leaflet-popup-content .map-popup p").nth(1));
  });
});

describe("the overview map on a phone (390 x 844)", () => {
  it("starts on the first screen", async () => {
    const { context } = await site.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.server.url("/kaart/"));
    await waitForMaps(page);
    const [canvas] = await boxes(page.locator("[data-map-canvas]"));
    // A good part of it shows without scrolling, not only its top edge.
    expect(PHONE.height - canvas!.top).toBeGreaterThanOrEqual(160);
  });

  it.each(["/kaart/", "/en/map/", "/de/karte/", "/fr/carte/"])("%s: no choice of the filters is cut off", async (urlPath) => {
    const { context } = await site.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const response = await page.goto(site.server.url(urlPath));
    expect(response?.status()).toBe(200);
    await waitForMaps(page);
    const cut = await page.evaluate(() => {
      const context2d = document.createElement("canvas").getContext("2d")!;
      const problems: string[] = [];
      for (const select of document.querySelectorAll<HTMLSelectElement>("[data-map-filters] select")) {
        const style = getComputedStyle(select);
        context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The room for the text: inside the padding, less the drop-down arrow (about 1.5em).
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
        for (const option of select.options) {
          const width = context2d.measureText(option.text).width;
          if (width > room) problems.push(`${option.text}: ${Math.round(width)} px in ${Math.round(room)} px`);
        }
      }
      return problems;
    });
    expect(cut).toEqual([]);
  });

  it("a monument's popup fits in the map, its summary in view and clear of the controls", async () => {
    const { context } = await site.newContext({ viewport: PHONE });
    const page = await context.newPage();
    // The casinos: few enough to show as single markers.
    await page.goto(site.server.url("/kaart/?soort=casino"));
    await waitForMaps(page);
    await page.locator("[data-map-canvas] .map-notice").waitFor();
    await page.locator("[data-map-canvas]").scrollIntoViewIfNeeded();
    await page.locator(".leaflet-marker-pane .map-marker").first().click();
    await checkPopupFits(page, page.locator(".leaflet-popup-content .map-popup__summary"));
  });
});

describe("the map of all routes on a phone (390 x 844)", () => {
  it("is fitted to the routes: together they span most of the map's width or height", async () => {
    const { context } = await site.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.server.url("/routes/"));
    await waitForMaps(page);
    const [canvas] = await boxes(page.locator("[data-map-canvas]"));
    const lines = await boxes(page.locator("[data-map-canvas] path.route-line"));
    const extent = {
      width: Math.max(...lines.map((line) => line.right)) - Math.min(...lines.map((line) => line.left)),
      height: Math.max(...lines.map((line) => line.bottom)) - Math.min(...lines.map((line) => line.top)),
    };
    const share = Math.max(extent.width / (canvas!.right - canvas!.left), extent.height / (canvas!.bottom - canvas!.top));
    expect(share).toBeGreaterThanOrEqual(0.6);
  });
});

describe("no layout shift while the maps are drawn", () => {
  const PAGES = ["/kaart/", "/routes/wandeling-be-mine/", "/monumenten/be-mine/", "/routes/", PACK];
  it.each(PAGES.flatMap((urlPath) => [390, 1280].map((width) => [urlPath, width] as const)))("%s at %i px", async (urlPath, width) => {
    const { context } = await site.newContext({ viewport: { width, height: width === 390 ? 844 : 900 } });
    // A slow phone: the page is painted before the map's script has run.
    await context.route((url) => url.pathname.endsWith("/map.js"), async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(site.server.url(urlPath));
    // The script has run (it unhides the maps), and what it draws has had time to come.
    await page.waitForFunction(() => document.querySelectorAll("[data-map][hidden]").length === 0 && document.documentElement.dataset.mapReady !== undefined || !!document.querySelector('[data-map="monument"]:not([hidden])'));
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
});

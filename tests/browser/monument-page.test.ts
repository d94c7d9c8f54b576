import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { useSampleSite } from "./sample-site.ts";

// A monument page on a wide screen (the facts and the small map beside the text) and on a
// phone (picture, facts, map, then the text), with the map drawn where it now sits,
// without a layout shift.

const site = useSampleSite();
const C_MINE = "/monumenten/c-mine/";

async function open(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { context } = await site.newContext({ viewport: { width, height: 800 }, ...options });
  const page = await context.newPage();
  // Every layout shift from the first paint on, as Lighthouse counts them (not after input).
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { layoutShifts: number[] }).layoutShifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(site.server.url(C_MINE));
  return page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
}

async function drawMap(page: Page): Promise<void> {
  await page.locator('[data-map="monument"]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-map="monument"] [data-map-canvas]')?.dataset.mapState === "ready");
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));

describe("a monument page", () => {
  it("on a wide screen (1280 px) puts the facts and the map beside the text", async () => {
    const page = await open(1280);
    const text = await box(page, ".monument .prose");
    const facts = await box(page, ".monument .facts");
    const map = await box(page, '[data-map="monument"] [data-map-canvas]');
    const picture = await box(page, ".monument .figure img");
    for (const side of [facts, map]) {
      // To the right of the text and of the picture, and level with them, not under them.
      expect(side.x).toBeGreaterThanOrEqual(text.x + text.width);
      expect(side.x).toBeGreaterThanOrEqual(picture.x + picture.width);
      expect(side.y).toBeLessThan(text.y + text.height);
    }
    expect(facts.y).toBeLessThan(text.y);
    // The text column is wider than a third of the screen: the page uses the width.
    expect(text.width).toBeGreaterThan(1280 / 3);
    await drawMap(page);
    expect(await page.locator('[data-map="monument"] .leaflet-marker-icon').count()).toBe(1);
    expect(await layoutShift(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("on a phone (390 px) shows the picture, the facts with directions, the map, then the text", async () => {
    const page = await open(390);
    const picture = await box(page, ".monument .figure img");
    const directions = await box(page, '.monument .facts a[href^="geo:"]');
    const map = await box(page, '[data-map="monument"] [data-map-canvas]');
    const text = await box(page, ".monument .prose");
    expect(picture.y).toBeLessThan(directions.y);
    expect(directions.y).toBeLessThan(map.y);
    expect(map.y + map.height).toBeLessThanOrEqual(text.y);
    // One column: nothing beside anything.
    expect(Math.abs(map.x - text.x)).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The map's box is reserved before it is drawn: drawing it moves nothing.
    const before = map.height;
    await drawMap(page);
    expect((await box(page, '[data-map="monument"] [data-map-canvas]')).height).toBe(before);
    expect(await layoutShift(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("without JavaScript shows no empty map box, and the coordinates and the text", async () => {
    const page = await open(390, { javaScriptEnabled: false });
    expect(await page.locator('[data-map="monument"]').isVisible()).toBe(false);
    expect(await page.getByText(/^Coördinaten:/).isVisible()).toBe(true);
    expect(await page.locator(".monument .prose").isVisible()).toBe(true);
  });
});

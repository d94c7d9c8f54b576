import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { useSampleSite, waitForMaps } from "./sample-site.ts";

// axe-core (WCAG 2.1 A and AA, and axe's best practices) on one page of every type of the
// sample site, on a phone (390 px) and on a wide screen (1280 px), with the maps drawn;
// and in the states a visitor brings about: a map's popup open, the menu open.

const site = useSampleSite();

const PAGE_TYPES: Record<string, string> = {
  home: "/",
  "overview map": "/kaart/",
  "monuments by municipality": "/monumenten/",
  "monuments by kind": "/monumenten/per-soort/",
  monument: "/monumenten/c-mine/",
  "monument, approximate position": "/monumenten/kamp-van-beverlo/",
  routes: "/routes/",
  "route with a track": "/routes/alle-zeven-mijnen/",
  "route in straight lines": "/routes/wandeling-tuinwijk-eisden/",
  stories: "/verhalen/",
  story: "/verhalen/ontdekking-1901/",
  municipalities: "/gemeenten/",
  municipality: "/gemeenten/genk/",
  "postcard series": "/postkaarten/",
  "a postcard series": "/postkaarten/zeven-mijnen/",
  "teaching packs": "/lespakketten/",
  "a teaching pack": "/lespakketten/tuinwijk-eisden-lager/",
  search: "/zoeken/?q=kerk",
  "page not found": "/404.html",
  "translated monument (de)": "/de/denkmale/c-mine/",
  "untranslated monument (fr)": "/fr/monuments/casino-beringen/",
};

const WIDTHS = [390, 1280] as const;

async function open(width: number, sitePath: string): Promise<Page> {
  const { context } = await site.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
  const page = await context.newPage();
  const response = await page.goto(site.server.url(sitePath));
  expect(response?.status(), sitePath).toBe(200);
  if (await page.locator("[data-map-canvas]").count()) {
    // A monument's small map is drawn when it scrolls into view.
    await page.evaluate(() => document.querySelectorAll("[data-map]").forEach((map) => map.scrollIntoView()));
    await waitForMaps(page);
  }
  return page;
}

/** Clicks a marker and waits until its popup has faded in: axe measures contrast as it is shown. */
async function openPopup(page: Page, marker: string): Promise<void> {
  await page.locator(marker).first().click();
  await page.locator(".leaflet-popup-content").waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".leaflet-popup")!).opacity === "1");
}

describe.each(WIDTHS)("at %i px wide", (width) => {
  it.each(Object.entries(PAGE_TYPES))("%s (%s) has no axe violations", async (_type, sitePath) => {
    const page = await open(width, sitePath);
    if (sitePath.startsWith("/zoeken/")) await page.locator(".search-result").first().waitFor();
    expect(await axeViolations(page), `${sitePath} at ${width} px`).toEqual([]);
    await page.context().close();
  });

  it.runIf(width < 600)("a route page with the phone menu open has no axe violations", async () => {
    const page = await open(width, "/routes/alle-zeven-mijnen/");
    await page.click(".site-nav__toggle");
    await page.locator("#site-nav-list a").first().waitFor({ state: "visible" });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("a route map with a stop's popup open has no axe violations", async () => {
    const page = await open(width, "/routes/alle-zeven-mijnen/");
    await openPopup(page, "[data-map-canvas] .route-stop");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("the overview map with a monument's popup open has no axe violations", async () => {
    // A kind with one monument: a single marker, never a cluster.
    const page = await open(width, "/kaart/?soort=memorial");
    const marker = page.locator("[data-map-canvas] .leaflet-marker-icon");
    await expect.poll(() => marker.count()).toBe(1);
    await openPopup(page, "[data-map-canvas] .leaflet-marker-icon");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

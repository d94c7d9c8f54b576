import type { Page } from "playwright-core";

// What a visitor sees on a map page, read from the DOM: markers and cluster
// totals on the map, the items left in the list, the filters in the address.

/**
 * How many monuments the map shows: each single marker counts one, each cluster
 * icon the number written on it. Only what is drawn on the map counts.
 */
export function countShownMarkers(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const icon of document.querySelectorAll<HTMLElement>("[data-map-canvas] .leaflet-marker-pane .leaflet-marker-icon")) {
      const isCluster = [...icon.classList].some((name) => name.includes("cluster"));
      total += isCluster ? Number((icon.textContent ?? "").trim()) : 1;
    }
    return total;
  });
}

/** The ids (data-id) of the list items under the overview map that are not hidden, in page order. */
export function visibleListIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-map-list] li[data-id]")]
      .filter((item) => !item.hidden && item.checkVisibility())
      .map((item) => item.dataset.id ?? ""),
  );
}

/** The links of the visible list items: the way to each monument without the map. */
export function visibleListLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-map-list] li[data-id]")]
      .filter((item) => !item.hidden && item.checkVisibility())
      .map((item) => item.querySelector("a")?.getAttribute("href") ?? ""),
  );
}

/** A data attribute of the (first) map canvas, e.g. "visibleCount" for data-visible-count. */
export function canvasData(page: Page, name: string): Promise<string | undefined> {
  return page.evaluate((key) => document.querySelector<HTMLElement>("[data-map-canvas]")?.dataset[key], name);
}

/** Waits for the overview map to finish drawing after a filter change. */
export async function waitForRedraw(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-map-canvas]")?.dataset.mapState === "ready");
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { greatCircleKm } from "../../src/geo/distance.ts";
import { countShownMarkers, waitForRedraw } from "./map-queries.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// "Waar ben ik?" on the overview map, with the browser's geolocation faked by
// Chromium: a visitor in Beringen, and one at the gate of the be-MINE mine site.

interface MonumentFeature {
  geometry: { coordinates: [number, number] };
  properties: { id: string; title: string; kind: string };
}

/** Beringen, 2 km south of be-MINE: the casino (approximate position) is a little nearer than the mine. */
const BERINGEN = { latitude: 51.05, longitude: 5.22, accuracy: 25 };
/** Beringen-Mijn, 300 m south of the mine site's gate on the Koolmijnlaan. */
const BERINGEN_MIJN = { latitude: 51.068, longitude: 5.222, accuracy: 25 };
const site = useSampleSite();
let monuments: MonumentFeature[] = [];

beforeAll(async () => {
  monuments = (await site.json<{ features: MonumentFeature[] }>("/data/monuments.geojson")).features;
});

/** The ids of the `count` monuments nearest to Beringen, nearest first, measured here. */
function nearestIds(from: typeof BERINGEN, candidates: readonly MonumentFeature[], count: number): string[] {
  const here = { lat: from.latitude, lng: from.longitude };
  return candidates
    .map((feature) => ({ id: feature.properties.id, km: greatCircleKm(here, { lat: feature.geometry.coordinates[1], lng: feature.geometry.coordinates[0] }) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count)
    .map((entry) => entry.id);
}

async function openMap(options: Parameters<typeof site.newContext>[0]): Promise<{ page: Page; errors: string[] }> {
  const { context } = await site.newContext(options);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(site.server.url("/kaart/"));
  await waitForMaps(page);
  await expect.poll(() => countShownMarkers(page)).toBe(monuments.length);
  return { page, errors };
}

const nearestListIds = (page: Page) =>
  page.$$eval("[data-nearest] li", (items) => items.map((item) => (item as HTMLElement).dataset.id ?? item.querySelector("a")?.getAttribute("href") ?? ""));

describe('"waar ben ik?" with permission to share the location', () => {
  it("puts the visitor on the map and lists the nearest monuments, nearest first, with their distance", async () => {
    const { page, errors } = await openMap({ geolocation: BERINGEN, permissions: ["geolocation"] });
    await page.getByRole("button", { name: "Waar ben ik?" }).click();
    const items = page.locator("[data-nearest] li");
    await expect.poll(() => items.count()).toBeGreaterThan(0);

    const listed = await nearestListIds(page);
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(listed).toEqual(nearestIds(BERINGEN, monuments, listed.length));
    // be-MINE and the museum share one address, Koolmijnlaan 201: listed together, at the same distance.
    const mine = listed.indexOf("be-mine");
    const museum = listed.indexOf("vlaams-mijnmuseum");
    expect(mine).toBeGreaterThanOrEqual(0);
    expect(Math.abs(mine - museum)).toBe(1);
    const distances = await page.locator("[data-nearest] li .nearest__distance").allTextContents();
    expect(distances[0]).toMatch(/^\d+(,\d+)? k?m$/);
    expect(distances[mine]).toBe(distances[museum]);

    expect(await page.locator("[data-nearest]").isVisible()).toBe(true);
    expect(await page.textContent("[data-locate-status]")).toMatch(/Je positie staat op de kaart/);
    // The visitor's position is drawn on the map.
    expect(await page.locator("[data-map-canvas] .map-you").count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("at the be-MINE site lists be-MINE and the Vlaams Mijnmuseum first", async () => {
    const { page } = await openMap({ geolocation: BERINGEN_MIJN, permissions: ["geolocation"] });
    await page.getByRole("button", { name: "Waar ben ik?" }).click();
    await expect.poll(() => page.locator("[data-nearest] li").count()).toBeGreaterThan(0);
    const listed = await nearestListIds(page);
    expect(sorted(listed.slice(0, 2))).toEqual(["be-mine", "vlaams-mijnmuseum"]);
    expect(listed).toEqual(nearestIds(BERINGEN_MIJN, monuments, listed.length));
  });

  it("lists only monuments the filters show", async () => {
    const { page } = await openMap({ geolocation: BERINGEN, permissions: ["geolocation"] });
    await page.selectOption('select[name="soort"]', "church");
    await waitForRedraw(page);
    await page.getByRole("button", { name: "Waar ben ik?" }).click();
    await expect.poll(() => page.locator("[data-nearest] li").count()).toBeGreaterThan(0);

    const listed = await nearestListIds(page);
    const churches = monuments.filter((feature) => feature.properties.kind === "church");
    expect(listed).toEqual(nearestIds(BERINGEN, churches, listed.length));
    expect(listed[0]).toBe("sint-theodarduskerk-beringen");
  });
});

describe('"waar ben ik?" without permission', () => {
  it("says plainly that the location was not shared, and lists nothing", async () => {
    // No permission granted: headless Chromium refuses, as a visitor who taps "Block" does.
    const { page, errors } = await openMap({});
    await page.getByRole("button", { name: "Waar ben ik?" }).click();
    const status = page.locator("[data-locate-status]");
    await expect.poll(() => status.textContent()).toMatch(/Je locatie is niet gedeeld/);
    expect(await status.textContent()).toMatch(/sta dan locatie toe/);
    expect(await page.locator("[data-nearest] li").count()).toBe(0);
    expect(await page.locator("[data-map-canvas] .map-you").count()).toBe(0);
    // The map and the list are still all there.
    expect(await countShownMarkers(page)).toBe(monuments.length);
    expect(errors).toEqual([]);
  });
});

function sorted(ids: readonly string[]): string[] {
  return [...ids].sort();
}

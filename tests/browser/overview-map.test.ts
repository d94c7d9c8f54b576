import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { MonumentFeature } from "../../src/outputs/geojson/monuments.ts";
import { tileRequests } from "../helpers/browser.ts";
import { canvasData, countShownMarkers, searchParams, visibleListIds, visibleListLinks, waitForRedraw } from "./map-queries.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// The overview map (/kaart/) of the sample region, in Chromium, with the tile
// server unreachable: every request off the test server is aborted.


const site = useSampleSite();
let monuments: MonumentFeature[] = [];

const sorted = (ids: readonly string[]) => [...ids].sort();
const idsOf = (features: readonly MonumentFeature[]) => sorted(features.map((feature) => feature.properties.id));

beforeAll(async () => {
  monuments = (await site.json<{ features: MonumentFeature[] }>("/data/monuments.geojson")).features;
});

/** A fresh page on /kaart/<search>, drawn. */
async function openMap(search = "", viewport?: { width: number; height: number }): Promise<{ page: Page; blockedRequests: string[]; errors: string[]; requested: string[] }> {
  const { context, blockedRequests } = await site.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(site.server.url(`/kaart/${search}`));
  await waitForMaps(page);
  expect(errors, "errors in the page").toEqual([]);
  expect(await canvasData(page, "mapState")).toBe("ready");
  return { page, blockedRequests, errors, requested };
}

describe("the overview map", () => {
  it("shows every monument of the region: cluster totals and single markers add up", async () => {
    const { page, requested } = await openMap();
    expect(monuments.length).toBe(19);
    await expect.poll(() => countShownMarkers(page)).toBe(monuments.length);
    expect(await canvasData(page, "visibleCount")).toBe(String(monuments.length));
    // The data is its own file, fetched by the page, not inlined into the HTML.
    expect(requested).toContain(site.server.url("/data/monuments/points.json"));
    expect(await page.textContent("[data-map-count]")).toMatch(/^\s*19 monumenten\s*$/);
  });

  it("works with the tile server unreachable: tiles were asked for and blocked, and the map says so", async () => {
    const { page, blockedRequests } = await openMap();
    const tiles = tileRequests(blockedRequests);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((url) => url.startsWith("https://tile.openstreetmap.org/"))).toBe(true);
    // Nothing else left the machine (or tried to).
    expect(blockedRequests.filter((url) => !tiles.includes(url))).toEqual([]);
    await expect.poll(() => page.locator(".map-notice").textContent()).toMatch(/achtergrondkaart.*niet.*geladen/i);
    await expect.poll(() => countShownMarkers(page)).toBe(monuments.length);
  });

  it("credits the tile provider as the site config says (OpenStreetMap by default)", async () => {
    const { page } = await openMap();
    const attribution = page.locator(".leaflet-control-attribution");
    await expect.poll(() => attribution.textContent()).toContain("© OpenStreetMap-bijdragers");
    expect(await attribution.locator('a[href="https://www.openstreetmap.org/copyright"]').count()).toBe(1);
  });

  it("lists every monument under the map, each with a link to its page", async () => {
    const { page } = await openMap();
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(monuments));
    expect(sorted(await visibleListLinks(page))).toEqual(sorted(monuments.map((feature) => feature.properties.url)));
  });
});

describe("filters", () => {
  it("a municipality reduces the markers and the list to its monuments and goes into the URL", async () => {
    const { page } = await openMap();
    await page.selectOption('select[name="gemeente"]', { label: "Genk" });
    await waitForRedraw(page);
    const genk = monuments.filter((feature) => feature.properties.municipality === "Genk");
    expect(genk.length).toBeGreaterThan(0);
    expect(genk.length).toBeLessThan(monuments.length);

    await expect.poll(() => countShownMarkers(page)).toBe(genk.length);
    expect(await canvasData(page, "visibleCount")).toBe(String(genk.length));
    expect(searchParams(page).get("gemeente")).toBe("genk");
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(genk));
    expect(await page.textContent("[data-map-count]")).toContain(`${genk.length} van de ${monuments.length}`);
  });

  it("churches in Genk: two filters together, both in the URL, and the URL restores them", async () => {
    const { page } = await openMap();
    await page.selectOption('select[name="gemeente"]', { label: "Genk" });
    await waitForRedraw(page);
    await page.selectOption('select[name="soort"]', "church");
    await waitForRedraw(page);
    const churchesInGenk = monuments.filter((feature) => feature.properties.municipality === "Genk" && feature.properties.kind === "church");
    expect(churchesInGenk.length).toBeGreaterThan(0);

    await expect.poll(() => countShownMarkers(page)).toBe(churchesInGenk.length);
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(churchesInGenk));
    expect(Object.fromEntries(searchParams(page))).toEqual({ gemeente: "genk", soort: "church" });

    // Someone opens the shared address: same filters, same markers, same list.
    const shared = await openMap(new URL(page.url()).search);
    expect(await shared.page.inputValue('select[name="gemeente"]')).toBe("genk");
    expect(await shared.page.inputValue('select[name="soort"]')).toBe("church");
    await expect.poll(() => countShownMarkers(shared.page)).toBe(churchesInGenk.length);
    expect(await canvasData(shared.page, "visibleCount")).toBe(String(churchesInGenk.length));
    expect(sorted(await visibleListIds(shared.page))).toEqual(idsOf(churchesInGenk));
  });

  it('"open on Open Monumentendag" keeps only the monuments taking part, and goes into the URL', async () => {
    const { page } = await openMap();
    await page.check('input[name="omd"]');
    await waitForRedraw(page);
    const taking = monuments.filter((feature) => feature.properties.openMonumentendag !== null && feature.properties.openMonumentendag !== undefined);

    expect(searchParams(page).get("omd")).toBe("1");
    await expect.poll(() => countShownMarkers(page)).toBe(taking.length);
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(taking));
    if (taking.length === 0) expect(await page.textContent("[data-map-count]")).toMatch(/Geen monumenten met deze filters/);
  });

  it("an address with an unknown filter value shows all monuments rather than none", async () => {
    const { page } = await openMap("?gemeente=atlantis&soort=kasteel");
    expect(await page.inputValue('select[name="gemeente"]')).toBe("");
    await expect.poll(() => countShownMarkers(page)).toBe(monuments.length);
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(monuments));
  });

  it('"alle monumenten tonen" clears the filters and the query string', async () => {
    const { page } = await openMap("?gemeente=genk&soort=church");
    await page.click("[data-map-reset]");
    await waitForRedraw(page);
    await expect.poll(() => countShownMarkers(page)).toBe(monuments.length);
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(monuments));
    expect(new URL(page.url()).search).toBe("");
  });
});

describe("markers and popups", () => {
  it("a marker opens a popup with the title, municipality, summary, picture and a link to the page", async () => {
    // A kind with a single monument in the region: its marker is never clustered.
    const ofKind = (kind: string) => monuments.filter((feature) => feature.properties.kind === kind);
    const singles = monuments.filter((feature) => ofKind(feature.properties.kind).length === 1);
    const alone = singles.find((feature) => feature.properties.image) ?? singles[0];
    expect(alone, "a kind with exactly one monument in the sample region").toBeDefined();
    const monument = alone!.properties;

    const { page } = await openMap(`?soort=${monument.kind}`);
    const marker = page.locator("[data-map-canvas] .leaflet-marker-icon");
    await expect.poll(() => marker.count()).toBe(1);
    // Markers show the kind, and an approximate position is drawn differently.
    expect(await marker.getAttribute("class")).toContain(`map-marker--${monument.kind}`);
    expect((await marker.getAttribute("class"))?.includes("map-marker--approximate")).toBe(monument.precision === "approximate");

    await marker.click();
    const popup = page.locator(".leaflet-popup-content");
    await popup.waitFor();
    // The popup opens with the title and "Laden…", and fills in once its detail chunk is in.
    await popup.locator(".map-popup__loading").waitFor({ state: "detached" });
    const text = await popup.textContent();
    expect(text).toContain(monument.title);
    expect(text).toContain(monument.municipality);
    expect(text).toContain(monument.summary);
    expect(await popup.locator(`a[href="${monument.url}"]`).count()).toBeGreaterThan(0);
    if (monument.image) expect(await popup.locator("img").getAttribute("alt")).toBe(monument.imageAlt);
  });
});

describe("a popup on a phone", () => {
  it("is moved wholly into view once its details are in (390 px)", async () => {
    // The two casinos, far apart: the map fits both, so each marker is near the map's edge.
    const { page } = await openMap("?soort=casino", { width: 390, height: 844 });
    const markers = page.locator("[data-map-canvas] .leaflet-marker-icon.map-marker");
    await expect.poll(() => markers.count()).toBe(2);
    await markers.first().click();
    await page.locator(".leaflet-popup-content a").waitFor();
    await page.waitForFunction(() => !document.querySelector(".leaflet-pan-anim"));
    const within = async () => {
      const frame = (await page.locator("[data-map-canvas]").boundingBox())!;
      const popup = (await page.locator(".leaflet-popup-content-wrapper").boundingBox())!;
      return popup.x >= frame.x && popup.y >= frame.y && popup.x + popup.width <= frame.x + frame.width && popup.y + popup.height <= frame.y + frame.height;
    };
    await expect.poll(within).toBe(true);
  });
});

describe("monuments at one address", () => {
  it("be-MINE and the Vlaams Mijnmuseum (Koolmijnlaan 201) are side by side once their cluster opens, each with its own popup", async () => {
    const { page } = await openMap("?gemeente=beringen");
    const mine = page.locator('[data-map-canvas] .leaflet-marker-icon[title="be-MINE (steenkoolmijn van Beringen)"]');
    const museum = page.locator('[data-map-canvas] .leaflet-marker-icon[title="Vlaams Mijnmuseum"]');
    for (let step = 0; step < 20 && (await mine.count()) === 0; step++) {
      // The cluster nearest to the two: opening it zooms in on them.
      const clusters = page.locator("[data-map-canvas] .leaflet-marker-icon.marker-cluster");
      expect(await clusters.count()).toBeGreaterThan(0);
      const zoom = await page.evaluate(() => document.querySelector(".leaflet-proxy")?.getAttribute("style"));
      await clusters.last().click();
      await page.waitForFunction((before) => document.querySelector(".leaflet-proxy")?.getAttribute("style") !== before, zoom);
      await page.waitForFunction(() => !document.querySelector(".leaflet-zoom-anim"));
    }
    await expect.poll(() => museum.count()).toBe(1);
    const [a, b] = [(await mine.boundingBox())!, (await museum.boundingBox())!];
    const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart, "the two markers do not cover each other").toBe(true);
    for (const [marker, id] of [[mine, "be-mine"], [museum, "vlaams-mijnmuseum"]] as const) {
      await marker.click();
      const url = monuments.find((feature) => feature.properties.id === id)!.properties.url;
      await expect.poll(() => page.locator(`.leaflet-popup-content a[href="${url}"]`).count()).toBe(1);
    }
  });
});

describe("from a monument page", () => {
  it("its small map shows the monument, and its link opens the overview map filtered to the municipality", async () => {
    const monument = monuments.find((feature) => feature.properties.id === "c-mine")!.properties;
    const { context } = await site.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(site.server.url(monument.url));
    // Drawn when it scrolls into view.
    const figure = page.locator('[data-map="monument"]');
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-map="monument"] [data-map-canvas]')?.dataset.mapState === "ready");
    expect(await figure.locator(`.leaflet-marker-icon.map-marker--${monument.kind}`).count()).toBe(1);

    await figure.getByRole("link", { name: `Meer monumenten in ${monument.municipality} op de kaart` }).click();
    await page.waitForURL(/\/kaart\/\?gemeente=genk$/);
    await waitForMaps(page);
    const genk = monuments.filter((feature) => feature.properties.municipality === monument.municipality);
    expect(await page.inputValue('select[name="gemeente"]')).toBe("genk");
    await expect.poll(() => countShownMarkers(page)).toBe(genk.length);
    expect(sorted(await visibleListIds(page))).toEqual(idsOf(genk));
    expect(errors).toEqual([]);
  });
});

import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { RouteOfflineManifest } from "../../src/outputs/offline/manifest.ts";
import { KILL_SWITCH_WORKER } from "../../src/outputs/offline/write.ts";
import { PROJECT_DIR, runCli } from "../helpers/cli.ts";
import { axeViolations } from "./axe.ts";
import { routeParts, type RouteGeoJson } from "./route-checks.ts";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// "Bewaar offline" on a route page, in Chromium with a phone's screen: store the longest
// sample route, go offline, and walk it: the route page, a stop's page and a story's page
// come from the store, the map draws its numbered stops and path and says the background map
// is not available offline. A page that was not stored says so; after "Verwijder" the route
// is not served any more.

const site = useSampleSite();
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: "allow" } as const;
const FIVE_MB = 5 * 1024 * 1024;

/** The sample route whose offline store is largest (in Dutch): "Langs alle zeven mijnen". */
function longestRoute(): RouteOfflineManifest {
  const folder = path.join(site.outputDir, "offline", "nl");
  const manifests = readdirSync(folder).map((name) => JSON.parse(readFileSync(path.join(folder, name), "utf8")) as RouteOfflineManifest);
  return manifests.sort((a, b) => b.bytes - a.bytes)[0]!;
}

/** A page of the built site as the build wrote it. */
function readPage(url: string): string {
  return readFileSync(path.join(site.outputDir, ...url.split("/").filter(Boolean), "index.html"), "utf8");
}

async function storeRoute(page: Page, url: string): Promise<{ bytes: number; status: string }> {
  await page.goto(site.server.url(url));
  const panel = page.locator("[data-offline]");
  await expect.poll(() => panel.getAttribute("data-offline-state")).toBe("idle");
  await page.getByRole("button", { name: "Bewaar offline" }).click();
  await expect.poll(() => panel.getAttribute("data-offline-state"), { timeout: 30_000 }).toBe("stored");
  // The worker answers this page's next requests.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { bytes: Number(await panel.getAttribute("data-offline-bytes")), status: (await page.locator("[data-offline-status]").textContent()) ?? "" };
}

describe("a route stored offline", () => {
  it("is the longest sample route, and its store stays under 5 MB", () => {
    const manifest = longestRoute();
    expect(manifest.title).toBe("Langs alle zeven mijnen");
    expect(manifest.bytes).toBeLessThan(FIVE_MB);
  });

  it("works offline: the route page with its numbered map, a stop's page and a story's page", async () => {
    const manifest = longestRoute();
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    const { bytes, status } = await storeRoute(page, manifest.url);
    // The panel says what was stored, as the visitor reads it: "Opgeslagen: 0,6 MB, 16 pagina's".
    expect(status).toMatch(new RegExp(`^Opgeslagen: [\\d,]+\\s(MB|kB), ${manifest.pages} pagina's$`));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(FIVE_MB);
    expect(bytes).toBe(manifest.bytes);

    await context.setOffline(true);
    const errors = collectPageErrors(page);
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe(manifest.title);
    // From the store: the worker marks the copies it serves, and only serves them when the network fails.
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-offline-copy"))).toBe(true);
    await waitForMaps(page);
    const route = routeParts(await site.json<RouteGeoJson>(manifest.entries.find((entry) => entry.url.endsWith(".geojson"))!.url));
    const canvas = page.locator('[data-map="route"] [data-map-canvas]');
    expect(await canvas.getAttribute("data-map-state")).toBe("ready");
    expect(Number(await canvas.getAttribute("data-path-points"))).toBe(route.pointCount);
    expect(await canvas.locator(".leaflet-overlay-pane path.route-line").count()).toBe(route.segments.length);
    const numbers = (await canvas.locator(".leaflet-marker-icon.route-stop").allTextContents()).map((text) => Number(text.trim()));
    expect(numbers.sort((a, b) => a - b)).toEqual(route.stops.map((_, index) => index + 1));
    await expect.poll(() => canvas.locator(".map-notice").textContent()).toBe("Achtergrondkaart niet beschikbaar offline");
    expect(await canvas.evaluate((element) => element.classList.contains("map-canvas--offline"))).toBe(true);
    // The panel, offline too, says what is stored.
    await expect.poll(() => page.locator("[data-offline]").getAttribute("data-offline-state")).toBe("stored");
    // The visitor's own position works offline too (GPS needs no network): halfway along the first leg.
    const [[lng1, lat1], [lng2, lat2]] = route.segments[0]!.slice(0, 2) as [[number, number], [number, number]];
    await context.grantPermissions(["geolocation"], { origin: site.server.origin });
    await context.setGeolocation({ latitude: (lat1 + lat2) / 2, longitude: (lng1 + lng2) / 2, accuracy: 10 });
    await page.getByRole("button", { name: "Waar ben ik op de route?" }).click();
    await expect.poll(() => page.locator("[data-route-progress-headline]").textContent()).toMatch(/^Volgende stop: 2 · /);
    expect(await canvas.locator(".map-you").count()).toBe(1);

    // A stop's page, with its picture.
    const stop = page.locator("ol.stops .stop__name a").first();
    const stopName = ((await stop.textContent()) ?? "").trim();
    await stop.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(stopName);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-offline-copy"))).toBe(true);
    const picture = page.locator("main figure img").first();
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

    // A story of one of the stops, from a link on its monument's page.
    const storyUrl = manifest.entries.find((entry) => entry.kind === "page" && entry.url.startsWith("/verhalen/"))!.url;
    const monumentUrl = manifest.entries.find((entry) => entry.kind === "page" && entry.url.startsWith("/monumenten/") && readPage(entry.url).includes(`href="${storyUrl}"`))!.url;
    await page.goto(site.server.url(monumentUrl));
    const story = page.locator(`main a[href="${storyUrl}"]`).first();
    const storyTitle = ((await story.textContent()) ?? "").trim();
    await story.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(storyTitle);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-offline-copy"))).toBe(true);
    expect(errors.filter((error) => !/tile|openstreetmap/i.test(error))).toEqual([]);
  });

  it("offline on a wider screen than a phone's, shows the stored width of a picture in place of the one it would ask for", async () => {
    const manifest = longestRoute();
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    await storeRoute(page, manifest.url);
    await context.setOffline(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    const stopUrl = manifest.entries.find((entry) => entry.kind === "page" && entry.url.startsWith("/monumenten/") && readPage(entry.url).includes("<picture>"))!.url;
    await page.goto(site.server.url(stopUrl));
    const picture = page.locator("main figure img").first();
    await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    // It asked for a wider file than the store has (1600 px at 2x), and got the stored one.
    expect(await picture.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(/-1600-[0-9a-f]{10}\.webp$/);
    // The browser scales the file it got as if it were 1600 px wide for a 768 px slot: an 800 px file shows 384 px wide.
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe((800 * 768) / 1600);
  });

  it("offline, a page that was not stored says so and links to the stored route", async () => {
    const manifest = longestRoute();
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    await storeRoute(page, manifest.url);
    await context.setOffline(true);
    await page.goto(site.server.url("/kaart/"));
    await expect.poll(() => page.locator("h1").textContent()).toBe("Niet offline bewaard");
    await page.getByRole("link", { name: manifest.title }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(manifest.title);
  });

  it("is gone after Verwijder: offline, the route page is not served", async () => {
    const manifest = longestRoute();
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    await storeRoute(page, manifest.url);
    await page.getByRole("button", { name: "Verwijder" }).click();
    await expect.poll(() => page.locator("[data-offline]").getAttribute("data-offline-state")).toBe("idle");
    await expect.poll(() => page.locator("[data-offline-status]").textContent()).toBe("Verwijderd van dit toestel.");
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Niet offline bewaard");
    expect(await page.getByText("Er zijn nog geen routes offline bewaard.").count()).toBe(1);
  });

  it.each([390, 1280])("passes axe with the panel in its stored state at %i px", async (width) => {
    const manifest = longestRoute();
    const { context } = await site.newContext({ ...PHONE, viewport: { width, height: 900 }, isMobile: width < 600 });
    const page = await context.newPage();
    await storeRoute(page, manifest.url);
    await waitForMaps(page);
    expect(await page.getByRole("button", { name: "Verwijder" }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("the offline panel", () => {
  const panelBox = (page: Page) => page.locator("[data-offline]").evaluate((element) => element.getBoundingClientRect().height);

  it.each([390, 1280])("keeps its height at %i px: without scripts, ready to store, and stored (nothing below it moves)", async (width) => {
    const manifest = longestRoute();
    const viewport = { width, height: 900 };
    const screen = { ...PHONE, viewport, isMobile: width < 600 };
    const { context: noScript } = await site.newContext({ ...screen, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(site.server.url(manifest.url));
    // Without scripts it says what storing needs, and shows no button that cannot work.
    expect(await plain.getByText("Offline bewaren vraagt een browser die dat ondersteunt, met JavaScript aan.").isVisible()).toBe(true);
    expect(await plain.getByRole("button", { name: "Bewaar offline" }).count()).toBe(0);
    const withoutScripts = await panelBox(plain);

    const { context } = await site.newContext(screen);
    const page = await context.newPage();
    await page.goto(site.server.url(manifest.url));
    await expect.poll(() => page.locator("[data-offline]").getAttribute("data-offline-state")).toBe("idle");
    expect(await page.getByText("Offline bewaren vraagt een browser die dat ondersteunt, met JavaScript aan.").isVisible()).toBe(false);
    expect(await panelBox(page)).toBe(withoutScripts);
    await storeRoute(page, manifest.url);
    expect(await panelBox(page)).toBe(withoutScripts);
    await page.reload();
    await expect.poll(() => page.locator("[data-offline]").getAttribute("data-offline-state")).toBe("stored");
    expect(await panelBox(page)).toBe(withoutScripts);
  });

  it.each([
    ["en", "/en/routes/", "Save offline", "Saved: "],
    ["de", "/de/routen/", "Offline speichern", "Gespeichert: "],
    ["fr", "/fr/itineraires/", "Enregistrer hors ligne", "Enregistré\u00a0: "],
  ])("speaks the page's language (%s) and stores the route in it", async (lang, section, button, stored) => {
    const manifest = longestRoute();
    const url = `${section}${manifest.route}/`;
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(site.server.url(url));
    await page.getByRole("button", { name: button }).click();
    await expect.poll(() => page.locator("[data-offline-status]").textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^${stored}`));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-offline-copy"))).toBe(true);
  });
});

// Last in this file: it builds the site again into the folder the other tests are served from.
describe("a new build", () => {
  it("replaces the stored copy: offline, the stored stop page shows the new text, and the old copy is gone", async () => {
    const manifest = longestRoute();
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    await storeRoute(page, manifest.url);
    const stopUrl = manifest.entries.find((entry) => entry.url === "/monumenten/c-mine/")!.url;

    // The same site with one more sentence on a stop's page, built into the folder being served.
    const workDir = mkdtempSync(path.join(tmpdir(), "schachtbok-offline-content-"));
    const NEW_TEXT = "Deze zin kwam er bij in een nieuwere build.";
    try {
      cpSync(path.join(PROJECT_DIR, "content"), workDir, { recursive: true });
      appendFileSync(path.join(workDir, "monuments", "c-mine.md"), `\n${NEW_TEXT}\n`);
      const build = runCli("build", ["--content", workDir, "--output", site.outputDir]);
      expect(build.status, build.stderr).toBe(0);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
    const updated = longestRoute();
    expect(updated.version).not.toBe(manifest.version);

    // Online, the next page view finds the new worker, which downloads the new copy before it drops the old one.
    await page.reload();
    const storedVersion = () =>
      page.evaluate(async (key) => {
        const index = await caches.open("schachtbok-offline-index");
        const response = await index.match(`/__schachtbok-offline__/${key}.json`);
        return response ? ((await response.json()) as { version: string }).version : undefined;
      }, updated.key);
    await expect.poll(storedVersion, { timeout: 30_000 }).toBe(updated.version);
    const copies = await page.evaluate(async (key) => (await caches.keys()).filter((name) => name.startsWith(`schachtbok-offline:${key}:`)), updated.key);
    expect(copies).toHaveLength(1);

    await context.setOffline(true);
    await page.goto(site.server.url(stopUrl));
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-offline-copy"))).toBe(true);
    expect(await page.getByText(NEW_TEXT).count()).toBe(1);
  });
});

// Last of all: it puts the dev server's worker in the folder being served.
describe("the dev server at an address where a build's worker was registered", () => {
  it("is never answered from the store: its /sw.js removes the worker and the stored routes", async () => {
    const manifest = longestRoute();
    const { context } = await site.newContext(PHONE);
    const page = await context.newPage();
    await storeRoute(page, manifest.url);
    // What `npm start` writes as /sw.js (src/eleventy/offline.ts), served at the same address.
    writeFileSync(path.join(site.outputDir, "sw.js"), KILL_SWITCH_WORKER);
    await page.reload();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 15_000 }).toBe(0);
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("schachtbok-offline")))).toEqual([]);
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});

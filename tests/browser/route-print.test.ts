import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readQr } from "../helpers/images.ts";
import { useSampleSite } from "./sample-site.ts";

// A route page printed on paper: the route's map with its numbered stops, the stops with
// their notes, and a QR code that opens the page; none of the screen's navigation, buttons
// or panels.

const site = useSampleSite();
const ROUTE = "/routes/wandeling-tuinwijk-eisden/";
const ROUTE_URL = `https://mijnerfgoed.example.be${ROUTE}`;
const STOPS = ["Sint-Barbarakerk", "Tuinwijk Eisden", "Steenkoolmijn van Eisden"];

async function open(media: "print" | "screen"): Promise<Page> {
  const { context } = await site.newContext({ viewport: { width: 800, height: 1000 } });
  const page = await context.newPage();
  await page.goto(site.server.url(ROUTE));
  await page.waitForLoadState("networkidle");
  await page.emulateMedia({ media });
  return page;
}

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length);

describe("a printed route page", () => {
  it("leaves out the navigation, the buttons, the search box, the languages, the panels and the footer", async () => {
    const page = await open("print");
    for (const selector of ["header.site-header", ".site-nav", ".site-search", ".language-switch", "button", ".offline-panel", ".route-progress", "footer", ".downloads", ".leaflet-container"]) {
      expect(await visible(page, selector), selector).toBe(0);
    }
    // Some of these are on the screen: the print stylesheet takes them away.
    await page.emulateMedia({ media: "screen" });
    for (const selector of ["header.site-header", ".site-search", "footer"]) expect(await visible(page, selector), selector).toBeGreaterThan(0);
  });

  it("shows the route's map with its path and numbered stops, and every stop with its note", async () => {
    const page = await open("print");
    const map = page.locator(".route-print__map svg");
    expect(await map.isVisible()).toBe(true);
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThan(500);
    expect(await map.locator("polyline").count()).toBeGreaterThan(0);
    expect(await map.locator("[data-stop] text").allTextContents()).toEqual(["3", "2", "1"]);
    // The map comes before the stops, right under the title.
    const title = (await page.locator("h1").boundingBox())!;
    const stops = (await page.locator("ol.stops").boundingBox())!;
    expect(box.y).toBeGreaterThan(title.y);
    expect(box.y).toBeLessThan(stops.y);
    for (const name of STOPS) expect(await page.locator(".stop__name", { hasText: name }).isVisible(), name).toBe(true);
    expect(await page.locator(".stop p", { hasText: "cottagewoningen" }).isVisible()).toBe(true);
  });

  it("has a QR code that opens the route's page on the site, only on paper", async () => {
    const screen = await open("screen");
    expect(await screen.locator(".route-print").isVisible()).toBe(false);
    const page = await open("print");
    const qr = page.locator(".route-print__qr svg");
    expect(await qr.isVisible()).toBe(true);
    expect(await page.locator(".route-print__qr figcaption").textContent()).toBe(`Deze route online: ${ROUTE_URL}`);
    const png = await qr.screenshot();
    expect(await readQr(sharp(png).extend({ top: 20, bottom: 20, left: 20, right: 20, background: "#ffffff" }))).toBe(ROUTE_URL);
  });

  it("prints to a PDF with the stops, their notes and the page's address, without the screen's chrome", async () => {
    const page = await open("print");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-print-")), "route.pdf");
    writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const name of STOPS) expect(text).toContain(name);
    expect(text).toContain("De betonnen schachtbokken van 1921 en 1926");
    expect(text).toContain(ROUTE_URL);
    for (const chrome of ["Zoeken", "Menu", "Lespakketten", "GeoJSON"]) expect(text, chrome).not.toContain(chrome);
  });
});

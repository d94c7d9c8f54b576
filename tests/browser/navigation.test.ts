import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { useSampleSite } from "./sample-site.ts";

// The main menu on a phone (320 px, the narrowest phones) and on a wide screen.

const site = useSampleSite();
const SECTIONS = ["/kaart/", "/monumenten/", "/routes/", "/verhalen/", "/gemeenten/", "/postkaarten/", "/lespakketten/"];

async function open(width: number, sitePath: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { context } = await site.newContext({ viewport: { width, height: 700 }, ...options });
  const page = await context.newPage();
  await page.goto(site.server.url(sitePath));
  return page;
}

const menuLinks = (page: Page) => page.locator(".site-nav ul a");
const overflowsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe("the menu on a phone", () => {
  it("is folded behind a button, opens to every section, and closes with Escape, giving the focus back", async () => {
    const page = await open(320, "/monumenten/c-mine/");
    const button = page.locator(".site-nav__toggle");
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await menuLinks(page).first().isVisible()).toBe(false);
    expect(await overflowsSideways(page)).toBe(false);
    // With the keyboard: tab to the button, open it.
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await menuLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(SECTIONS);
    for (const link of await menuLinks(page).all()) expect(await link.isVisible()).toBe(true);
    expect(await page.getAttribute('.site-nav a[aria-current="true"]', "href")).toBe("/monumenten/");
    expect(await overflowsSideways(page)).toBe(false);
    expect(await axeViolations(page), "menu open").toEqual([]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await menuLinks(page).first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("site-nav__toggle"))).toBe(true);
  });

  it("leads to the teaching packs in two taps", async () => {
    const page = await open(320, "/");
    await page.click(".site-nav__toggle");
    await page.click('.site-nav a[href="/lespakketten/"]');
    await page.waitForURL(/\/lespakketten\/$/);
    expect(await page.textContent("h1")).toBe("Lespakketten");
  });

  it("without JavaScript, shows every section, wrapped to fit", async () => {
    const page = await open(320, "/", { javaScriptEnabled: false });
    expect(await page.locator(".site-nav__toggle").isVisible()).toBe(false);
    for (const link of await menuLinks(page).all()) expect(await link.isVisible()).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
  });
});

describe("the menu on a wide screen", () => {
  it("shows every section without a button", async () => {
    const page = await open(1280, "/de/");
    expect(await page.locator(".site-nav__toggle").isVisible()).toBe(false);
    expect(await menuLinks(page).allTextContents()).toEqual(["Karte", "Denkmäler", "Routen", "Geschichten", "Gemeinden", "Postkarten", "Unterrichtsmaterial"]);
    for (const link of await menuLinks(page).all()) expect(await link.isVisible()).toBe(true);
  });
});

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { axeViolations } from "./axe.ts";
import { collectPageErrors, useSampleSite } from "./sample-site.ts";
import path from "node:path";

// The search (Pagefind's index, made by npm run build) on the built sample region, in Chromium.

const site = useSampleSite();
const { model } = await loadSite(path.join(PROJECT_DIR, "content"));

/** Opens the search page of a language at `search` and waits until it has said how many results there are. */
async function searchFor(sitePath: string): Promise<{ page: Page; errors: string[] }> {
  const { context } = await site.newContext();
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(site.server.url(sitePath));
  await page.waitForFunction(() => {
    const status = document.querySelector("[data-search-status]");
    return status?.hasAttribute("data-search-done") || false;
  });
  return { page, errors };
}

/** Every result's address, after "more results" has been pressed until all are shown. */
async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await page.locator(".search-result").count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll(".search-result").length > count, before);
  }
  return page.$$eval(".search-result__title a", (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const monumentText = (slug: string) => {
  const monument = model!.monuments.find((candidate) => candidate.slug === slug)!;
  return `${monument.title} ${monument.summary} ${monument.body}`.toLowerCase();
};

describe("search", () => {
  it('"schachtbok" finds the monuments with headframes, each with its type, picture and summary', async () => {
    const { page, errors } = await searchFor("/zoeken/?q=schachtbok");
    const urls = await allResultUrls(page);
    const withHeadframes = model!.monuments.filter((monument) => /schachtbok/.test(monumentText(monument.slug)));
    expect(withHeadframes.length).toBeGreaterThanOrEqual(5);
    for (const monument of withHeadframes) expect(urls, monument.slug).toContain(monument.url);
    // The first result is a monument page with its picture, type line and summary.
    const first = page.locator(".search-result").first();
    expect(await first.locator(".search-result__type").textContent()).toMatch(/^Monument · /);
    expect(await first.locator("img").getAttribute("src")).toMatch(/^\/img\//);
    expect((await first.locator(".search-result__summary").textContent())!.length).toBeGreaterThan(20);
    expect(await page.locator(".search-result mark").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('"kerken" finds the church pages: Dutch words are found by their stem', async () => {
    const { page } = await searchFor("/zoeken/?q=kerken");
    const urls = await allResultUrls(page);
    const churches = model!.monuments.filter((monument) => monument.kind === "church");
    expect(churches.length).toBe(5);
    for (const church of churches) expect(urls, church.slug).toContain(church.url);
  });

  it("a municipality narrows the results, goes into the address and is restored from it", async () => {
    const { page } = await searchFor("/zoeken/?q=mijn");
    const everywhere = await allResultUrls(page);
    await page.selectOption("select[name=gemeente]", "genk");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("gemeente") === "genk" && document.querySelector("[data-search-status]")?.hasAttribute("data-search-done"));
    const inGenk = await allResultUrls(page);
    expect(inGenk.length).toBeGreaterThan(0);
    expect(inGenk.length).toBeLessThan(everywhere.length);
    const genkMonuments = model!.monuments.filter((monument) => monument.municipality.slug === "genk").map((monument) => monument.url);
    for (const url of inGenk.filter((candidate) => candidate.startsWith("/monumenten/"))) expect(genkMonuments, url).toContain(url);
    expect(new URL(page.url()).search).toBe("?q=mijn&gemeente=genk");
    // The same address, opened anew, gives the same results with the filter chosen.
    const again = await searchFor("/zoeken/?q=mijn&gemeente=genk");
    expect(await again.page.inputValue("select[name=gemeente]")).toBe("genk");
    expect(await allResultUrls(again.page)).toEqual(inGenk);
  });

  it("a kind of monument and a type of page narrow the results too", async () => {
    const { page } = await searchFor("/zoeken/?soort=church");
    const urls = await allResultUrls(page);
    expect(urls.sort()).toEqual(model!.monuments.filter((monument) => monument.kind === "church").map((monument) => monument.url).sort());
    const routes = await searchFor("/zoeken/?type=route");
    expect((await allResultUrls(routes.page)).sort()).toEqual(model!.routes.map((route) => route.url).sort());
  });

  it("searches the German pages in German, and finds nothing of the Dutch pages there", async () => {
    const { page } = await searchFor("/de/suche/?q=F%C3%B6rdergerüste");
    const urls = await allResultUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/de\//);
    expect(urls).toContain("/de/denkmale/steenkoolmijn-eisden/");
    expect(await page.locator("[data-search-status]").textContent()).toMatch(/Ergebnis/);
  });

  it("says so when nothing is found", async () => {
    const { page } = await searchFor("/zoeken/?q=xylofoonzwaluw");
    expect(await page.locator(".search-result").count()).toBe(0);
    expect(await page.locator("[data-search-status]").textContent()).toContain("Niets gevonden voor “xylofoonzwaluw”");
  });

  it("the search box in every page's header leads to the search page with the results", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url("/monumenten/c-mine/"));
    await page.fill("header input[name=q]", "Zwartberg");
    await page.press("header input[name=q]", "Enter");
    await page.waitForURL(/\/zoeken\/\?q=Zwartberg$/);
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.hasAttribute("data-search-done"));
    expect(await allResultUrls(page)).toContain("/monumenten/steenkoolmijn-zwartberg/");
  });

  it("without JavaScript, says that searching needs it and links to the listings", async () => {
    const { context } = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url("/zoeken/?q=kerk"));
    const html = await page.content();
    expect(html).toMatch(/<noscript>\s*<p class="notice">Zoeken werkt met JavaScript/);
    for (const listing of ["/monumenten/", "/routes/", "/verhalen/", "/gemeenten/", "/kaart/"]) {
      expect(await page.locator(`.search-listings a[href="${listing}"]`).count(), listing).toBe(1);
    }
  });
});

describe("accessibility (axe-core)", () => {
  it("finds no violations on the search page with results", async () => {
    const { page } = await searchFor("/zoeken/?q=kerk");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("finds no violations on a translated monument page, nor on an untranslated one", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    for (const sitePath of ["/de/denkmale/c-mine/", "/en/monuments/casino-beringen/"]) {
      await page.goto(site.server.url(sitePath));
      expect(await axeViolations(page), sitePath).toEqual([]);
    }
  });
});

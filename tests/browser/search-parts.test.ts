import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { languageData } from "../../src/site/languages.ts";
import { writeSearchIndex } from "../../src/outputs/search/pagefind.ts";
import { searchParts } from "../../src/outputs/search/parts.ts";
import { searchPages } from "../../src/outputs/search/records.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { collectPageErrors, useSampleSite } from "./sample-site.ts";

// The search of a site whose index is in parts (src/outputs/search/parts.ts), in Chromium: the
// sample region built with 20 search pages a part, so each language's 43 pages lie in three
// parts (9 parts in all, most holding two languages). One search must find the pages of all
// of them, and filters must narrow all of them.

const PART_SIZE = 20;
// Read by the build this file starts (a process of its own; vitest runs each file in its own).
process.env.SCHACHTBOK_SEARCH_PART_SIZE = String(PART_SIZE);
const site = useSampleSite();

const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
const { views } = languageData(model!);
const parts = searchParts(views, PART_SIZE);
/** The part (1, 2, …) each search page's address is in. */
const partOf = new Map(views.flatMap((view) => searchPages(view)).map((page, index) => [page.url, parts.find((part) => index < part.end)!.number]));
const viewOf = (lang: string) => views.find((view) => view.lang === lang)!;

/** Opens a search address, waits for the answer, and gives the results' addresses (all of them) and the index files fetched. */
async function searchFor(sitePath: string): Promise<{ page: Page; urls: string[]; fetched: string[]; errors: string[] }> {
  const { context } = await site.newContext();
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const fetched: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/pagefind/")) fetched.push(pathname);
  });
  await page.goto(site.server.url(sitePath));
  const answered = () => page.waitForFunction(() => document.querySelector("[data-search-status]")?.hasAttribute("data-search-done"));
  await answered();
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await page.locator(".search-result").count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll(".search-result").length > count, before);
  }
  const urls = await page.$$eval(".search-result__title a", (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { page, urls, fetched, errors };
}

/** The parts whose page lists (pagefind.*.pf_meta) a page fetched: "" for part 1, "part-2", … */
const partsFetched = (fetched: string[]) =>
  [...new Set(fetched.filter((file) => file.endsWith(".pf_meta")).map((file) => path.posix.dirname(file).replace(/^\/pagefind\/?/, "")))].sort();

describe("search in an index of parts", () => {
  it("the build made the index in parts, each language's pages in three of them", () => {
    expect(parts).toHaveLength(9);
    for (const view of views) expect(parts.filter((part) => part.languages.includes(view.lang)), view.lang).toHaveLength(3);
  });

  it("one Dutch search finds the pages of all three Dutch parts, and loads nothing of the other languages' parts", async () => {
    const { urls, fetched, errors, page } = await searchFor("/zoeken/?q=mijn");
    expect(new Set(urls.map((url) => partOf.get(url)))).toEqual(new Set([1, 2, 3]));
    for (const url of urls) expect(url).not.toMatch(/^\/(en|de|fr)\//);
    expect(partsFetched(fetched)).toEqual(["", "part-2", "part-3"]);
    // Pagefind's script and WebAssembly come once, from the first part.
    expect(fetched.filter((file) => file.endsWith("/pagefind.js"))).toEqual(["/pagefind/pagefind.js"]);
    expect(fetched.filter((file) => file.includes("wasm.")).every((file) => file.startsWith("/pagefind/wasm."))).toBe(true);
    expect(await page.locator(".search-result__summary").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("a type filter narrows every part: all municipalities, from two parts, and nothing else", async () => {
    const municipalities = viewOf("nl").municipalities.map((municipality) => municipality.url);
    expect(new Set(municipalities.map((url) => partOf.get(url))).size).toBe(2);
    const { urls } = await searchFor("/zoeken/?type=municipality");
    expect(urls.sort()).toEqual([...municipalities].sort());
  });

  it("a municipality narrows a search in every part", async () => {
    const everywhere = (await searchFor("/zoeken/?q=mijn")).urls;
    const { urls, page } = await searchFor("/zoeken/?q=mijn&gemeente=genk");
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBeLessThan(everywhere.length);
    for (const url of urls) expect(everywhere).toContain(url);
    const genk = viewOf("nl").monuments.filter((monument) => monument.municipality.slug === "genk").map((monument) => monument.url);
    for (const url of urls.filter((candidate) => candidate.startsWith("/monumenten/"))) expect(genk, url).toContain(url);
    expect(await page.inputValue("select[name=gemeente]")).toBe("genk");
  });

  it("the English page loads Pagefind from the first part with English pages and finds the English monuments of two parts", async () => {
    const monuments = viewOf("en").monuments.map((monument) => monument.url);
    const inParts = [...new Set(monuments.map((url) => partOf.get(url)))].sort();
    expect(inParts.length).toBe(2);
    const { urls, fetched, errors } = await searchFor("/en/search/?type=monument");
    expect(urls.sort()).toEqual([...monuments].sort());
    expect(fetched.filter((file) => file.endsWith("/pagefind.js"))).toEqual([`/pagefind/part-${inParts[0]}/pagefind.js`]);
    expect(partsFetched(fetched)).toEqual(parts.filter((part) => part.languages.includes("en")).map((part) => part.folder));
    expect(errors).toEqual([]);
  });

  it.each([
    ["beringen", "fietslus", 2],
    ["steenkoolmijn", "februari", 1],
  ])("a query of two words, the second in one part only, finds what one index finds: only the pages with both (%s %s, part %i)", async (common, rare, part) => {
    const dutch = viewOf("nl");
    const holding = (word: string) => searchPages(dutch).filter((page) => page.html.replace(/<[^>]+>/g, " ").toLowerCase().includes(word));
    // The case of the problem: the rare word lies in one part, the common one in all three.
    expect(new Set(holding(rare).map((page) => partOf.get(page.url)))).toEqual(new Set([part]));
    expect(new Set(holding(common).map((page) => partOf.get(page.url)))).toEqual(new Set([1, 2, 3]));
    // The same pages in one index, made as the build makes it, served next to the site.
    if (!existsSync(path.join(site.outputDir, "whole"))) await writeSearchIndex(views, path.join(site.outputDir, "whole"), { partSize: 1000 });

    const { urls, page, fetched, errors } = await searchFor(`/zoeken/?q=${common}+${rare}`);
    const whole = (await page.evaluate(`(async () => {
      const pagefind = await import("/whole/pagefind/pagefind.js");
      await pagefind.options({ baseUrl: "/" });
      await pagefind.init();
      const response = await pagefind.search(${JSON.stringify(`${common} ${rare}`)});
      return Promise.all(response.results.map(async (result) => new URL((await result.data()).url, location.href).pathname));
    })()`)) as string[];
    expect(whole.length).toBeGreaterThan(0);
    expect(urls.sort()).toEqual(whole.sort());
    expect(await page.textContent("[data-search-status]")).toContain(whole.length === 1 ? "1 resultaat" : `${whole.length} resultaten`);
    const withCommon = holding(common).map((candidate) => candidate.url);
    const both = holding(rare).map((candidate) => candidate.url).filter((url) => withCommon.includes(url));
    for (const url of urls) expect(both, url).toContain(url);
    // The words were first counted alone, per part, without loading a page: only the results shown were.
    expect(fetched.filter((file) => file.startsWith("/pagefind/") && file.includes("/fragment/"))).toHaveLength(urls.length);
    // The parts' own filter is not one the visitor can choose.
    for (const value of await page.$$eval("select option", (options) => options.map((option) => `${(option as HTMLOptionElement).value} ${option.textContent}`))) {
      expect(value).not.toMatch(/pagefind|schachtbok-part/);
    }
    expect(errors).toEqual([]);
  });

  it("a query of two words keeps the visitor's filters: monuments with both words, of which there are none", async () => {
    const { urls, page } = await searchFor("/zoeken/?q=beringen+fietslus&type=monument");
    expect(urls).toEqual([]);
    expect(await page.textContent("[data-search-status]")).toMatch(/Niets gevonden/);
    expect((await searchFor("/zoeken/?q=beringen+fietslus&type=route")).urls.length).toBeGreaterThan(0);
  });

  it("a query of two words with one found nowhere leaves that word out in every part, as one index does", async () => {
    const { urls } = await searchFor("/zoeken/?q=vertrekt+xylofoonzwaluw");
    const alone = (await searchFor("/zoeken/?q=vertrekt")).urls;
    expect(alone.length).toBeGreaterThan(0);
    expect(urls.sort()).toEqual(alone.sort());
  });
});

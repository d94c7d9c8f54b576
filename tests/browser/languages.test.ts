import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { collectPageErrors, useSampleSite, waitForMaps } from "./sample-site.ts";

// The sample region's languages in Chromium: the switcher, untranslated texts, every page's
// alternates, and the maps' texts in the page's language.

const site = useSampleSite();

/** The site's pages: not Pagefind's files, nor /admin/, the staff's editor (in Dutch only; tests/browser/admin.test.ts). */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".html") && !name.startsWith("pagefind") && !name.startsWith("admin"))
    .map((name) => path.join(folder, name));
}

/** The site path of a built file: de/denkmale/c-mine/index.html → /de/denkmale/c-mine/ */
const sitePathOf = (file: string) => `/${path.relative(site.outputDir, file).split(path.sep).join("/")}`.replace(/index\.html$/, "");

describe("the language switcher", () => {
  it("on a monument page leads to the same monument in German, and back to Dutch", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(site.server.url("/monumenten/c-mine/"));
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    await page.click('.language-switch a[hreflang="de"]');
    await page.waitForURL(/\/de\/denkmale\/c-mine\/$/);
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await page.textContent("h1")).toBe("C-mine (Zeche Winterslag)");
    expect(await page.getAttribute('.language-switch a[aria-current="true"]', "hreflang")).toBe("de");
    // The interface is German: menu, breadcrumbs, facts.
    expect(await page.textContent(".site-nav")).toContain("Denkmäler");
    expect(await page.textContent(".breadcrumbs")).toContain("Startseite");
    await page.click('.language-switch a[hreflang="nl"]');
    await page.waitForURL(/\/monumenten\/c-mine\/$/);
    expect(await page.textContent("h1")).toBe("C-mine (steenkoolmijn van Winterslag)");
    expect(errors).toEqual([]);
  });
});

describe("the language switcher on a page with choices in its address", () => {
  it("takes the map's filters and the search's words along to the other language", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url("/kaart/?gemeente=genk"));
    await waitForMaps(page);
    expect(await page.getAttribute('.language-switch a[hreflang="de"]', "href")).toBe("/de/karte/?gemeente=genk");
    await page.selectOption("select[name=soort]", "church");
    await expect.poll(() => page.getAttribute('.language-switch a[hreflang="fr"]', "href")).toBe("/fr/carte/?gemeente=genk&soort=church");
    await page.click('.language-switch a[hreflang="fr"]');
    await page.waitForURL(/\/fr\/carte\/\?gemeente=genk&soort=church$/);
    await waitForMaps(page);
    expect(await page.inputValue("select[name=soort]")).toBe("church");
    await page.goto(site.server.url("/zoeken/?q=kerk"));
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.hasAttribute("data-search-done"));
    expect(await page.getAttribute('.language-switch a[hreflang="en"]', "href")).toBe("/en/search/?q=kerk");
  });
});

describe("a text that is not translated", () => {
  it("is shown in Dutch, marked lang=nl, with a notice in the page's language", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url("/en/monuments/casino-beringen/"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent(".notice--language")).toBe("This text is not yet available in English.");
    expect(await page.getAttribute("h1", "lang")).toBe("nl");
    expect(await page.getAttribute(".lead", "lang")).toBe("nl");
    expect(await page.getAttribute(".prose", "lang")).toBe("nl");
    // The interface around it is English, and links lead to English pages.
    expect(await page.textContent(".page-header__meta")).toMatch(/^Casino in Beringen$/);
    expect(await page.getAttribute(".page-header__meta a", "href")).toBe("/en/municipalities/beringen/");
    // A translated page has no notice and nothing marked Dutch in its main text.
    await page.goto(site.server.url("/en/monuments/c-mine/"));
    expect(await page.locator(".notice--language").count()).toBe(0);
    expect(await page.locator("main h1[lang], main .lead[lang], main .prose[lang]").count()).toBe(0);
  });
});

describe("every page", () => {
  it("names itself in each language with hreflang (and x-default), and each of those addresses exists", async () => {
    const files = htmlFiles(site.outputDir);
    expect(files.length).toBeGreaterThan(150);
    const paths = new Set(files.map(sitePathOf));
    for (const file of files) {
      const html = parse(readFileSync(file, "utf8"));
      const own = sitePathOf(file);
      const alternates = html.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => ({ lang: link.getAttribute("hreflang")!, url: new URL(link.getAttribute("href")!).pathname }));
      expect(alternates.map((alternate) => alternate.lang), own).toEqual(["nl", "en", "de", "fr", "x-default"]);
      expect(alternates.map((alternate) => alternate.url), own).toContain(own.replace(/\/404\.html$/, "/404.html"));
      for (const alternate of alternates) expect(paths.has(alternate.url) || paths.has(`${alternate.url}`), `${own} → ${alternate.url}`).toBe(true);
      // The same page in another language points back here.
      expect(new URL(html.querySelector('link[rel="canonical"]')!.getAttribute("href")!).pathname, own).toBe(own);
    }
    // ... and they resolve over HTTP, as a visitor or a search engine follows them.
    const sample = ["/", "/de/", "/fr/carte/", "/en/monuments/be-mine/", "/de/routen/alle-zeven-mijnen/", "/fr/communes/leopoldsburg/"];
    for (const sitePath of sample) expect((await fetch(site.server.url(sitePath))).status, sitePath).toBe(200);
  });

  it("links only to pages and files that exist, in every language", () => {
    const files = new Set(
      readdirSync(site.outputDir, { recursive: true, encoding: "utf8" }).map((name) => `/${name.split(path.sep).join("/")}`),
    );
    const exists = (pathname: string) => files.has(pathname) || files.has(`${pathname.replace(/\/?$/, "/")}index.html`);
    const broken: string[] = [];
    for (const file of htmlFiles(site.outputDir)) {
      const html = parse(readFileSync(file, "utf8"));
      for (const element of html.querySelectorAll("a[href], link[href], img[src], source[srcset], script[src]")) {
        const reference = element.getAttribute("href") ?? element.getAttribute("src") ?? element.getAttribute("srcset")!.split(" ")[0]!;
        if (!reference.startsWith("/") || reference.startsWith("//")) continue;
        const pathname = decodeURI(new URL(reference, "http://site").pathname);
        if (!exists(pathname)) broken.push(`${sitePathOf(file)} → ${reference}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("is in the sitemap, in every language", async () => {
    const xml = await (await fetch(site.server.url("/sitemap.xml"))).text();
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    for (const sitePath of ["/", "/en/", "/de/denkmale/c-mine/", "/fr/monuments/c-mine/", "/verhalen/ontdekking-1901/", "/en/teaching-packs/"]) {
      expect(locations, sitePath).toContain(sitePath);
    }
    expect(locations.some((location) => location.includes("404"))).toBe(false);
  });
});

describe("the maps in another language", () => {
  it("label the markers, the list and the controls in the page's language", async () => {
    const { context } = await site.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(site.server.url("/de/karte/"));
    await waitForMaps(page);
    expect(errors).toEqual([]);
    expect(await page.getAttribute(".leaflet-control-zoom-in", "title")).toBe("Hineinzoomen");
    expect(await page.textContent("[data-map-count]")).toMatch(/19 Denkmäler/);
    const features = (await site.json<{ features: { properties: { url: string; title: string } }[] }>("/de/data/monuments.geojson")).features;
    expect(features.every((feature) => feature.properties.url.startsWith("/de/denkmale/"))).toBe(true);
    expect(features.map((feature) => feature.properties.title)).toContain("C-mine (Zeche Winterslag)");
  });
});

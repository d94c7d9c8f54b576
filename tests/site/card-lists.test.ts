import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { cardListings, cardPageSizes, MUNICIPALITY_PREVIEW } from "../../src/site/card-lists.ts";
import { languageData } from "../../src/site/languages.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { buildBilingualRegion } from "../helpers/synthetic-build.ts";

// 300 monuments, 3 routes, 15 stories at 6 monuments a page: 2 routes a page, 6 a preview.
const PAGE_SIZE = 6;

function pageAt(outputDir: string, url: string): string {
  return readFileSync(path.join(outputDir, url.split("#")[0]!, "index.html"), "utf8");
}

describe("route and story lists in pages", () => {
  it("sizes route pages at a third of monument pages, and previews at most 12", () => {
    expect(cardPageSizes(150)).toEqual({ routes: 50, stories: 150, preview: MUNICIPALITY_PREVIEW });
    expect(cardPageSizes(6)).toEqual({ routes: 2, stories: 6, preview: 6 });
    expect(cardPageSizes(2).routes).toBe(1);
  });

  describe("a generated region in Dutch and German", () => {
    let outputDir = "";
    const entryUrls: Record<string, Set<string>> = {};

    beforeAll(() => {
      outputDir = buildBilingualRegion(300, PAGE_SIZE, "schachtbok-card-lists-");
      for (const section of ["routes", "verhalen", "de/routen", "de/geschichten"]) {
        entryUrls[section] = new Set(readdirSync(path.join(outputDir, section)).filter((name) => /^(route|verhaal)-/.test(name)).map((name) => `/${section}/${name}/`));
      }
    }, 120_000);

    /** Follows links that stay under `listing` from `start`; returns the entries of `section` reached and the list pages visited. */
    function crawl(start: string, listing: RegExp, section: string) {
      const visited = new Set<string>([start]);
      const queue = [start];
      const reached: string[] = [];
      while (queue.length) {
        const url = queue.shift()!;
        for (const link of parse(pageAt(outputDir, url)).querySelectorAll("main a[href]")) {
          const href = link.getAttribute("href")!.split("#")[0]!;
          if (entryUrls[section]!.has(href)) reached.push(href);
          else if (listing.test(href) && !visited.has(href)) {
            visited.add(href);
            queue.push(href);
          }
        }
      }
      return { reached: new Set(reached), visited };
    }

    it("puts /routes/ and /verhalen/ in pages that reach every route and story, in both languages", () => {
      expect(entryUrls.routes!.size).toBe(3);
      expect(entryUrls.verhalen!.size).toBe(15);
      for (const [start, section, pages] of [
        ["/routes/", "routes", 2],
        ["/verhalen/", "verhalen", 3],
        ["/de/routen/", "de/routen", 2],
        ["/de/geschichten/", "de/geschichten", 3],
      ] as const) {
        const { reached, visited } = crawl(start, new RegExp(`^${start}\\d+/$`), section);
        expect(reached, start).toEqual(entryUrls[section]);
        expect(visited.size, start).toBe(pages);
      }
      const second = parse(pageAt(outputDir, "/verhalen/2/"));
      expect(second.querySelector("h1")!.text).toBe("Verhalen");
      expect(second.querySelector("title")!.text).toContain("Verhalen, pagina 2 van 3");
      expect(second.querySelectorAll("main .card__title")).toHaveLength(PAGE_SIZE);
      expect(second.querySelector('nav.pagination [aria-current="page"]')!.text).toBe("2");
      // Page 1 is the section's own page: its map stays, with the first cards and the navigation.
      const first = parse(pageAt(outputDir, "/routes/"));
      expect(first.querySelector('[data-map="routes"]')).not.toBeNull();
      expect(first.querySelectorAll("main .card__title")).toHaveLength(2);
      expect(first.querySelector('nav.pagination a[href="/routes/2/"]')).not.toBeNull();
    });

    it("shows a municipality's first stories on its page and links to all of them, in pages", () => {
      const page = parse(pageAt(outputDir, "/gemeenten/genk/"));
      const storyLinks = page.querySelectorAll("section[aria-labelledby=verhalen] .card__title a");
      expect(storyLinks).toHaveLength(PAGE_SIZE);
      const all = page.querySelectorAll("main a").find((link) => /^Alle \d+ verhalen uit Genk$/.test(link.text))!;
      expect(all.getAttribute("href")).toBe("/gemeenten/genk/verhalen/");
      const total = Number(/\d+/.exec(all.text)![0]);
      const { reached } = crawl("/gemeenten/genk/verhalen/", /^\/gemeenten\/genk\/verhalen\/(\d+\/)?$/, "verhalen");
      expect(reached.size).toBe(total);
      // Its 3 routes fit the preview: no list of their own.
      expect(page.querySelectorAll("section[aria-labelledby=routes] .card__title")).toHaveLength(3);
      expect(page.querySelectorAll("main a").some((link) => link.text.includes("routes door Genk"))).toBe(false);
    });

    it("has the list pages in the sitemap and as hreflang alternates of each other, every one far under 100 KB gzipped", () => {
      const sitemap = readFileSync(path.join(outputDir, "sitemap.xml"), "utf8");
      expect(sitemap).toContain("<loc>https://bench.example.org/verhalen/3/</loc>");
      expect(sitemap).toContain("<loc>https://bench.example.org/de/gemeinden/genk/geschichten/2/</loc>");
      const page = parse(pageAt(outputDir, "/de/gemeinden/genk/geschichten/2/"));
      expect(page.querySelector("h1")!.text).toBe("Geschichten aus Genk");
      expect(page.querySelector('link[hreflang="nl"]')!.getAttribute("href")).toBe("https://bench.example.org/gemeenten/genk/verhalen/2/");
      for (const url of ["/routes/", "/routes/2/", "/verhalen/2/", "/gemeenten/genk/", "/gemeenten/genk/verhalen/"]) {
        expect(gzipSync(pageAt(outputDir, url)).length, url).toBeLessThan(100_000);
      }
    });
  });

  describe("the sample region", () => {
    it("fits: its route, story and municipality pages show every card and make no list pages", async () => {
      const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
      const data = languageData(model!);
      for (const view of data.views) {
        const listings = cardListings(view, 150);
        expect(listings.pages).toEqual([]);
        expect(listings.routes.items).toHaveLength(view.routes.length);
        expect(listings.stories.items).toHaveLength(view.stories.length);
        expect(listings.routes.firstPage).toBeUndefined();
      }
    });
  });
});

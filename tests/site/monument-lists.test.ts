import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { languageData } from "../../src/site/languages.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { buildBilingualRegion } from "../helpers/synthetic-build.ts";

const PAGE_SIZE = 40;

function pageAt(outputDir: string, url: string): string {
  return readFileSync(path.join(outputDir, url.split("#")[0]!, "index.html"), "utf8");
}

describe("monument lists in pages", () => {
  describe("a generated region of 1000 monuments in Dutch and German, 40 a page", () => {
    let outputDir = "";
    const monumentUrls: Record<string, Set<string>> = { nl: new Set(), de: new Set() };

    beforeAll(() => {
      outputDir = buildBilingualRegion(1000, PAGE_SIZE, "schachtbok-lists-");
      for (const [lang, section] of [["nl", "monumenten"], ["de", "de/denkmale"]] as const) {
        for (const name of readdirSync(path.join(outputDir, section))) {
          if (name.startsWith("monument-")) monumentUrls[lang]!.add(`/${section}/${name}/`);
        }
      }
    }, 120_000);

    /** Follows the links of the listing pages from `start`; returns the monument pages reached and the listing pages visited. */
    function crawl(start: string, lang: "nl" | "de") {
      const listing = lang === "nl" ? /^\/(monumenten\/per-soort\/|gemeenten\/)/ : /^\/de\/(denkmale\/nach-art\/|gemeinden\/)/;
      const visited = new Set<string>([start]);
      const queue = [start];
      const reached = new Set<string>();
      while (queue.length) {
        const url = queue.shift()!;
        for (const link of parse(pageAt(outputDir, url)).querySelectorAll("main a[href]")) {
          const href = link.getAttribute("href")!.split("#")[0]!;
          if (monumentUrls[lang]!.has(href)) reached.add(href);
          else if ((listing.test(href) || href === start) && !visited.has(href)) {
            visited.add(href);
            queue.push(href);
          }
        }
      }
      return { reached, visited };
    }

    it("reaches every monument from /monumenten/ and from /monumenten/per-soort/ by following links, in both languages", () => {
      expect(monumentUrls.nl!.size).toBe(1000);
      expect(monumentUrls.de!.size).toBe(1000);
      for (const [lang, start] of [["nl", "/monumenten/"], ["nl", "/monumenten/per-soort/"], ["de", "/de/denkmale/"], ["de", "/de/denkmale/nach-art/"]] as const) {
        const { reached } = crawl(start, lang);
        expect(reached.size, `${start}`).toBe(1000);
      }
    });

    it("keeps every listing page far under 100 KB gzipped", () => {
      for (const lang of ["nl", "de"] as const) {
        const { visited } = crawl(lang === "nl" ? "/monumenten/" : "/de/denkmale/", lang);
        for (const url of [...visited, ...crawl(lang === "nl" ? "/monumenten/per-soort/" : "/de/denkmale/nach-art/", lang).visited]) {
          expect(gzipSync(pageAt(outputDir, url)).length, url).toBeLessThan(100_000);
        }
      }
    });

    it("indexes the municipalities with their counts and lists each alphabetically, with page navigation", () => {
      const index = parse(pageAt(outputDir, "/monumenten/"));
      const genk = index.querySelectorAll("main a").find((link) => link.text === "Genk")!;
      expect(genk.getAttribute("href")).toBe("/gemeenten/genk/monumenten/");
      expect(genk.parentNode!.text).toContain("143 monumenten");

      const titles: string[] = [];
      for (let number = 1; number <= 4; number++) {
        const page = parse(pageAt(outputDir, number === 1 ? "/gemeenten/genk/monumenten/" : `/gemeenten/genk/monumenten/${number}/`));
        expect(page.querySelector("main")!.text).toContain(`pagina ${number} van 4`);
        titles.push(...page.querySelectorAll("main .card__title").map((title) => title.text.trim()));
        const nav = page.querySelector("nav.pagination")!;
        expect(nav.getAttribute("aria-label")).toBe("Pagina's van deze lijst");
        expect(nav.querySelector('[aria-current="page"]')!.text).toBe(String(number));
        const labels = nav.querySelectorAll("a").map((link) => link.text);
        expect(labels.includes("Vorige")).toBe(number > 1);
        expect(labels.includes("Volgende")).toBe(number < 4);
      }
      expect(titles).toHaveLength(143);
      const collator = new Intl.Collator("nl-BE", { numeric: true });
      expect(titles).toEqual([...titles].sort(collator.compare));
    });

    it("shows a municipality's first page on its own page, with a link to the whole list", () => {
      const page = parse(pageAt(outputDir, "/gemeenten/genk/"));
      expect(page.querySelectorAll("main .card__title a").filter((link) => link.getAttribute("href")!.startsWith("/monumenten/"))).toHaveLength(PAGE_SIZE);
      const all = page.querySelectorAll("main a").find((link) => link.text === "Alle 143 monumenten in Genk")!;
      expect(all.getAttribute("href")).toBe("/gemeenten/genk/monumenten/");
    });

    it("has the list pages in the sitemap and as hreflang alternates of each other", () => {
      const sitemap = readFileSync(path.join(outputDir, "sitemap.xml"), "utf8");
      expect(sitemap).toContain("<loc>https://bench.example.org/gemeenten/genk/monumenten/2/</loc>");
      expect(sitemap).toContain("<loc>https://bench.example.org/de/denkmale/nach-art/headframe/2/</loc>");
      const page = parse(pageAt(outputDir, "/de/gemeinden/genk/denkmale/2/"));
      expect(page.querySelector("main")!.text).toContain("Seite 2 von 4");
      expect(page.querySelector('link[hreflang="nl"]')!.getAttribute("href")).toBe("https://bench.example.org/gemeenten/genk/monumenten/2/");
    });
  });

  describe("the sample region", () => {
    it("fits one page: no list pages, and its listings stay the single pages they were", async () => {
      const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
      const data = languageData(model!);
      expect(data.monumentLists).toEqual([]);
      expect(data.cardLists).toEqual([]);
      for (const view of data.views) {
        expect(data.alternates.has(view.paths.sections.monuments)).toBe(true);
        expect(data.alternates.has(view.paths.sections.monumentsByKind)).toBe(true);
      }
    });
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import { languageData } from "../../../src/site/languages.ts";
import { DEFAULT_SEARCH_PART_SIZE, searchBundleFor, searchPartSize, searchParts, splitSearchPages } from "../../../src/outputs/search/parts.ts";
import { searchPageCount, searchPages } from "../../../src/outputs/search/records.ts";
import { PROJECT_DIR } from "../../helpers/cli.ts";

// The split of a large site's search index into parts (src/outputs/search/parts.ts), which the
// build and the search page compute alike.

describe("search index parts", () => {
  it("keeps an index that fits in one part whole, at /pagefind/, with nothing to merge", () => {
    const parts = splitSearchPages(
      [
        { lang: "nl", pages: 43 },
        { lang: "en", pages: 43 },
      ],
      DEFAULT_SEARCH_PART_SIZE,
    );
    expect(parts).toEqual([{ number: 1, folder: "", start: 0, end: 86, languages: ["nl", "en"] }]);
    expect(searchBundleFor(parts, "nl")).toEqual({ bundle: "/pagefind/pagefind.js" });
    expect(searchBundleFor(parts, "en")).toEqual({ bundle: "/pagefind/pagefind.js" });
    // Exactly the part size is still one part.
    expect(splitSearchPages([{ lang: "nl", pages: 50 }], 50)).toHaveLength(1);
    // A site without pages still has its (empty) index.
    expect(splitSearchPages([{ lang: "nl", pages: 0 }], 50)).toEqual([{ number: 1, folder: "", start: 0, end: 0, languages: [] }]);
  });

  it("cuts the pages of all languages, in order, into as few parts of at most the part size as can be, of equal size, each knowing its languages", () => {
    const parts = splitSearchPages(
      [
        { lang: "nl", pages: 45 },
        { lang: "en", pages: 10 },
        { lang: "de", pages: 0 },
        { lang: "fr", pages: 30 },
      ],
      20,
    );
    expect(parts.map((part) => [part.folder, part.start, part.end, part.languages])).toEqual([
      ["", 0, 17, ["nl"]],
      ["part-2", 17, 34, ["nl"]],
      ["part-3", 34, 51, ["nl", "en"]],
      ["part-4", 51, 68, ["en", "fr"]],
      ["part-5", 68, 85, ["fr"]],
    ]);
    // Each language's search page loads the first part with its pages and merges the others with them.
    expect(searchBundleFor(parts, "nl")).toEqual({ bundle: "/pagefind/pagefind.js", merge: ["/pagefind/part-2/", "/pagefind/part-3/"] });
    expect(searchBundleFor(parts, "en")).toEqual({ bundle: "/pagefind/part-3/pagefind.js", merge: ["/pagefind/part-4/"] });
    expect(searchBundleFor(parts, "fr")).toEqual({ bundle: "/pagefind/part-4/pagefind.js", merge: ["/pagefind/part-5/"] });
    // A 50,000-monument site (53,007 pages) is one index at the default part size.
    expect(splitSearchPages([{ lang: "nl", pages: 53_007 }], DEFAULT_SEARCH_PART_SIZE).map((part) => part.end - part.start)).toEqual([53_007]);
    // A part more than needed would be one too many: 212,007 pages at 60,000 a part are four quarters, and 60,001 two halves.
    expect(splitSearchPages([{ lang: "nl", pages: 212_007 }], DEFAULT_SEARCH_PART_SIZE).map((part) => part.end - part.start)).toEqual([53_001, 53_002, 53_002, 53_002]);
    expect(splitSearchPages([{ lang: "nl", pages: 60_001 }], DEFAULT_SEARCH_PART_SIZE).map((part) => part.end - part.start)).toEqual([30_000, 30_001]);
    // A language without pages gets the first part, as on a small site.
    expect(searchBundleFor(parts, "de")).toEqual({ bundle: "/pagefind/pagefind.js" });
    // The same counts give the same parts.
    expect(splitSearchPages([{ lang: "nl", pages: 45 }, { lang: "en", pages: 10 }, { lang: "de", pages: 0 }, { lang: "fr", pages: 30 }], 20)).toEqual(parts);
  });

  it("reads the part size from SCHACHTBOK_SEARCH_PART_SIZE, refusing what is not a number of pages", () => {
    expect(searchPartSize({})).toBe(60_000);
    expect(searchPartSize({ SCHACHTBOK_SEARCH_PART_SIZE: "20" })).toBe(20);
    expect(() => searchPartSize({ SCHACHTBOK_SEARCH_PART_SIZE: "0" })).toThrow(/SCHACHTBOK_SEARCH_PART_SIZE/);
    expect(() => searchPartSize({ SCHACHTBOK_SEARCH_PART_SIZE: "1e3x" })).toThrow(/SCHACHTBOK_SEARCH_PART_SIZE/);
    expect(() => splitSearchPages([{ lang: "nl", pages: 3 }], 0)).toThrow();
  });

  it("counts the sample's search pages as searchPages writes them, so the page and the build agree on the parts", async () => {
    const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
    const { views } = languageData(model!);
    expect(views.length).toBeGreaterThan(1);
    for (const view of views) expect(searchPageCount(view), view.lang).toBe(searchPages(view).length);
    const parts = searchParts(views, 20);
    const total = views.reduce((sum, view) => sum + searchPageCount(view), 0);
    expect(parts).toHaveLength(Math.ceil(total / 20));
    expect(parts.at(-1)!.end).toBe(total);
    for (const part of parts) expect(part.end - part.start).toBeLessThanOrEqual(20);
  });
});

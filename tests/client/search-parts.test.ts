import { describe, expect, it } from "vitest";
import { partsHoldingEveryWord, queryWords } from "../../src/client/search-parts.ts";

// Which parts of an index in parts a query of several words runs on (src/client/search-parts.ts).

describe("a query of several words on an index in parts", () => {
  it("takes the query's distinct words", () => {
    expect(queryWords("  Monument   1234 ")).toEqual(["Monument", "1234"]);
    expect(queryWords("mijn Mijn kerk")).toEqual(["mijn", "kerk"]);
    expect(queryWords("kerk")).toEqual(["kerk"]);
    expect(queryWords("")).toEqual([]);
  });

  it("runs on the parts holding every word that some part holds", () => {
    const monument = { "/pagefind/": 20, "/pagefind/part-2/": 18, "/pagefind/part-3/": 19 };
    const number = { "/pagefind/": 0, "/pagefind/part-2/": 3, "/pagefind/part-3/": 0 };
    expect(partsHoldingEveryWord([monument, number])).toEqual(["/pagefind/part-2/"]);
    expect(partsHoldingEveryWord([monument, { ...number, "/pagefind/": 1 }])).toEqual(["/pagefind/", "/pagefind/part-2/"]);
    // A word found nowhere is left out, as one index leaves it out.
    expect(partsHoldingEveryWord([monument, { "/pagefind/": 0, "/pagefind/part-2/": 0, "/pagefind/part-3/": 0 }, undefined])).toEqual([
      "/pagefind/",
      "/pagefind/part-2/",
      "/pagefind/part-3/",
    ]);
    // Two words each in another part: no page holds both.
    expect(partsHoldingEveryWord([{ "/pagefind/": 2 }, { "/pagefind/part-2/": 1 }])).toEqual([]);
    // No word anywhere: the query runs as it is.
    expect(partsHoldingEveryWord([{ "/pagefind/": 0 }, undefined])).toBeUndefined();
  });
});

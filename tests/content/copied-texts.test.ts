import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { CHURCH_MD, MONUMENT_MD, ROUTE_MD, regionWith } from "../helpers/content-dir.ts";

// A summary or a fun fact copied from another entry to start from, and left unchanged:
// a warning on the later file that names the other one with its line.

const C_MINE_SUMMARY = "De vroegere steenkoolmijn van Winterslag, nu een creatieve site.";
// The church with a picture, so it can be a card of a series.
const CHURCH_WITH_IMAGE = CHURCH_MD.replace(
  /^(summary: .*\n)/m,
  '$1images:\n  - file: schets.svg\n    alt: Tekening van een kerk\n    credit: "Illustratie: test"\n    licence: CC0-1.0\n',
);

function withPostcard(markdown: string, text: string, before = "---\n") {
  const end = markdown.indexOf(before, 4);
  return `${markdown.slice(0, end)}postcard:\n  title: Wist je dat?\n  text: ${text}\n${markdown.slice(end)}`;
}

async function linesOf(files: Record<string, string>) {
  const { model, problems } = await loadSite(regionWith(files));
  expect(model, JSON.stringify(problems)).toBeDefined();
  // The temporary folder, wherever it is from the working directory ("../../tmp/…/", "../…/").
  return problems.map((problem) => formatProblem(problem).replace(/\S*schachtbok-content-[^/]+\//g, ""));
}

describe("texts copied and left unchanged", () => {
  it("warns on a monument whose summary is another's, up to case and spacing, naming both files and lines", async () => {
    const copied = CHURCH_MD.replace(/^summary: .*$/m, `summary: "${C_MINE_SUMMARY.toUpperCase().replace(", ", ",\\n   ")}"`);
    expect(await linesOf({ "monuments/heilig-hartkerk.md": copied })).toEqual([
      "content/monuments/heilig-hartkerk.md:6 summary: warning: the same summary as content/monuments/c-mine.md:9 (copied and not changed? write this monument's own)",
    ]);
  });

  it("warns on routes and stories with another's summary", async () => {
    const lines = await linesOf({
      "routes/kerkwandeling.md": ROUTE_MD.replace("title: Mijnwandeling", "title: Kerkwandeling"),
    });
    expect(lines).toEqual([
      "content/routes/mijnwandeling.md:4 summary: warning: the same summary as content/routes/kerkwandeling.md:4 (copied and not changed? write this route's own)",
    ]);
  });

  it("warns once on two monuments of a series with the same postcard text", async () => {
    const fact = "Winterslag haalde als eerste Kempense mijn steenkool boven.";
    const lines = await linesOf({
      "monuments/c-mine.md": withPostcard(MONUMENT_MD, fact),
      "monuments/heilig-hartkerk.md": withPostcard(CHURCH_WITH_IMAGE, `${fact}  `),
      "series/mijnen.md": "---\ntitle: Mijnen op kaart\nyear: 2026\ncards:\n  - monument: c-mine\n  - monument: heilig-hartkerk\n---\nEen reeks.\n",
    });
    expect(lines).toEqual([
      "content/monuments/heilig-hartkerk.md:14 postcard.text: warning: the same postcard text as content/monuments/c-mine.md:18 (copied and not changed? write this monument's own)",
    ]);
  });

  it("warns on a series' own card text that repeats another card's", async () => {
    const fact = "Winterslag haalde als eerste Kempense mijn steenkool boven.";
    const lines = await linesOf({
      "monuments/c-mine.md": withPostcard(MONUMENT_MD, fact),
      "monuments/heilig-hartkerk.md": CHURCH_WITH_IMAGE,
      "series/mijnen.md": `---\ntitle: Mijnen op kaart\nyear: 2026\ncards:\n  - monument: c-mine\n  - monument: heilig-hartkerk\n    title: De kerk\n    text: ${fact.toLowerCase()}\n---\nEen reeks.\n`,
    });
    expect(lines).toEqual([
      "content/series/mijnen.md:8 cards[1].text: warning: the same postcard text as content/monuments/c-mine.md:18 (copied and not changed? write this card's own fun fact)",
    ]);
  });

  it("says nothing about texts that differ", async () => {
    const lines = await linesOf({
      "monuments/c-mine.md": withPostcard(MONUMENT_MD, "Winterslag haalde als eerste Kempense mijn steenkool boven."),
      "monuments/heilig-hartkerk.md": withPostcard(CHURCH_WITH_IMAGE, "De kerk werd gebouwd voor de mijnwerkers van Winterslag."),
      "series/mijnen.md": "---\ntitle: Mijnen op kaart\nyear: 2026\ncards:\n  - monument: c-mine\n  - monument: heilig-hartkerk\n---\nEen reeks.\n",
    });
    expect(lines).toEqual([]);
  });
});

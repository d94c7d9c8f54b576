import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { CHURCH_MD, MONUMENT_MD, regionWith } from "../helpers/content-dir.ts";
import { loadWithImages } from "../helpers/images.ts";

// Postcard series (content/series/*.md): which monuments, in which order, with which
// text, and what staff are told when a card cannot be made.

const WITH_POSTCARD = MONUMENT_MD.replace(
  "stories: [laatste-mijn]",
  "postcard:\n  title: De eerste kolen\n  text: Winterslag haalde als eerste Kempense mijn steenkool boven.\nstories: [laatste-mijn]",
);

function series(cards: string, extra = ""): string {
  return `---\ntitle: Mijnen op kaart\nyear: 2026\n${extra}cards:\n${cards}---\nEen reeks.\n`;
}

async function problemsOf(files: Record<string, string>) {
  const { model, problems } = await loadSite(regionWith({ "monuments/c-mine.md": WITH_POSTCARD, ...files }));
  return { model, lines: problems.map((problem) => formatProblem(problem).replace(/^.*?(content\/)/, "$1")) };
}

describe("a postcard series", () => {
  it("numbers its cards in order, with the monument's postcard text, or this series' own", async () => {
    const { model, lines } = await problemsOf({
      "series/mijnen.md": series("  - monument: c-mine\n    title: Eigen titel\n"),
    });
    expect(lines).toEqual([]);
    const [only] = model!.series;
    expect(only).toMatchObject({ slug: "mijnen", url: "/postkaarten/mijnen/", title: "Mijnen op kaart", year: 2026, colour: "rgb", safeMm: 5, band: true });
    expect(only!.print).toEqual({ card: "A6", orientation: "landscape", bleedMm: 3 });
    expect(only!.cards.map((card) => [card.number, card.monument.slug, card.title, card.text])).toEqual([
      [1, "c-mine", "Eigen titel", "Winterslag haalde als eerste Kempense mijn steenkool boven."],
    ]);
  });

  it("takes its card size from the series, or else from site.yaml", async () => {
    const { model } = await problemsOf({ "series/mijnen.md": series("  - monument: c-mine\n", "card: DL\nbleed: 2\n") });
    expect(model!.series[0]!.print).toEqual({ card: "DL", orientation: "landscape", bleedMm: 2 });
  });

  it("gets a print master for each card front, at the series' own size", async () => {
    const contentDir = regionWith({ "monuments/c-mine.md": WITH_POSTCARD, "series/mijnen.md": series("  - monument: c-mine\n", "card: DL\n") });
    const { model } = await loadWithImages(contentDir);
    const card = model.series[0]!.cards[0]!;
    expect(card.master).toMatchObject({ px: { width: 2551, height: 1240 }, settings: { card: "DL" } });
    // The monument's own master stays at the site's size.
    expect(card.image.rendition!.print!.px).toEqual({ width: 1819, height: 1311 });
  });

  it("names the line of a card that cannot be made, and says how to fix it", async () => {
    const { lines } = await problemsOf({
      "monuments/heilig-hartkerk.md": CHURCH_MD,
      "series/mijnen.md": series("  - monument: c-mine\n  - monument: c-mijn\n  - monument: heilig-hartkerk\n  - monument: c-mine\n"),
    });
    expect(lines).toEqual([
      'content/series/mijnen.md:6 cards[1].monument: there is no monument "c-mijn" (did you mean "c-mine"?)',
      expect.stringMatching(
        /^content\/series\/mijnen\.md:7 cards\[2\]\.monument: "heilig-hartkerk" has no postcard text \(add postcard: with title and text to .*monuments\/heilig-hartkerk\.md, or title: and text: to this card\)$/,
      ),
      'content/series/mijnen.md:8 cards[3].monument: "c-mine" is already card 1 of this series (a series shows each monument once; remove one of them)',
    ]);
  });
});

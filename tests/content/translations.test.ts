import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { translationCoverage } from "../../src/i18n/coverage.ts";
import { SITE_YAML, regionWith } from "../helpers/content-dir.ts";

// Translation files (content/monuments/c-mine.de.md next to c-mine.md, content/site.de.yaml):
// how they are read, attached to what they translate, and reported when they are wrong.

const SITE_DE_EN = SITE_YAML.replace("language: nl\n", "language: nl\ntranslations: [de, en]\n");

const C_MINE_DE = `---
title: C-mine (Zeche Winterslag)
summary: Die ehemalige Zeche Winterslag, heute ein Ort für Kreative.
images:
  - alt: Zeichnung eines stählernen Fördergerüsts
---
Die Zeche **Winterslag**, siehe auch die [Kirche](/monumenten/heilig-hartkerk/).
`;

async function load(overrides: Record<string, string | undefined>) {
  const contentDir = regionWith({ "site.yaml": SITE_DE_EN, ...overrides });
  const { model, problems } = await loadSite(contentDir);
  // Messages name files from the working directory: shown here from the region's folder.
  const prefix = `${path.relative(process.cwd(), path.dirname(contentDir))}/`;
  return { model, lines: problems.map((problem) => formatProblem(problem).replaceAll(prefix, "")) };
}

describe("translations", () => {
  it("attach to the monument they translate, with their body rendered", async () => {
    const { model, lines } = await load({ "monuments/c-mine.de.md": C_MINE_DE });
    expect(lines).toEqual([]);
    const monument = model!.monuments.find((candidate) => candidate.slug === "c-mine")!;
    const german = monument.translations.de!;
    expect(german.title).toBe("C-mine (Zeche Winterslag)");
    expect(german.images).toEqual([{ alt: "Zeichnung eines stählernen Fördergerüsts" }]);
    expect(german.bodyHtml).toContain("<strong>Winterslag</strong>");
    expect(german.source.path).toMatch(/content\/monuments\/c-mine\.de\.md$/);
    expect(monument.translations.en).toBeUndefined();
    // The translation is not a monument of its own.
    expect(model!.monuments.map((candidate) => candidate.slug)).toEqual(["c-mine", "heilig-hartkerk"]);
  });

  it("translate a route's stops in order, and the site's texts and municipalities from site.<lang>.yaml", async () => {
    const { model, lines } = await load({
      "routes/mijnwandeling.de.md": "---\ntitle: Zechenwanderung\nstops:\n  - {}\n  - name: Aussichtspunkt\n  - {}\n---\n",
      "site.de.yaml": "title: Testregion\nregion:\n  intro: Eine Region mit einer Zeche und einer Kirche.\nmunicipalities:\n  Genk:\n    intro: Genk hatte drei Steinkohlenzechen.\n",
    });
    expect(lines).toEqual([]);
    expect(model!.routes[0]!.translations.de!.stops).toEqual([{}, { name: "Aussichtspunkt" }, {}]);
    expect(model!.siteTranslations.de!.title).toBe("Testregion");
    expect(model!.municipalities.find((municipality) => municipality.slug === "genk")!.translations.de).toEqual({ intro: "Genk hatte drei Steinkohlenzechen." });
  });

  describe("problems, each with file, line and field", () => {
    it("a translated field the original does not have", async () => {
      const { lines } = await load({ "monuments/c-mine.de.md": "---\ntitle: C-mine\nvisiting:\n  notes: Parkplatz am Eingang.\n---\n" });
      expect(lines).toEqual([
        "content/monuments/c-mine.de.md:4 visiting.notes: content/monuments/c-mine.md has no visiting.notes to translate (add it to content/monuments/c-mine.md first, or remove it here)",
      ]);
    });

    it("a field that is never translated (a position), with what can be", async () => {
      const { lines } = await load({ "monuments/c-mine.de.md": "---\ntitle: C-mine\nlocation:\n  lat: 51\n  lng: 5.5\n  precision: exact\n---\n" });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.de\.md:3 location: is not translated \(it is the same in every language and comes from content\/monuments\/c-mine\.md; remove it here\. Translated here: title, summary, address, images, visiting, openMonumentendag, postcard, the text\)$/);
    });

    it("a misspelt field gets a did-you-mean, as in any other file", async () => {
      const { lines } = await load({ "monuments/c-mine.de.md": "---\ntitel: C-mine\n---\n" });
      expect(lines).toEqual(['content/monuments/c-mine.de.md:2 titel: unknown field (did you mean "title"?)']);
    });

    it("a translation of a monument that does not exist", async () => {
      const { lines } = await load({ "monuments/c-mien.de.md": C_MINE_DE });
      expect(lines).toEqual(['content/monuments/c-mien.de.md:1 there is no monument "c-mien" to translate (did you mean "c-mine"? Rename the file to c-mine.de.md)']);
    });

    it("a language the site does not declare, one schachtbok has no interface for, and the site's own", async () => {
      const { lines } = await load({ "monuments/c-mine.fr.md": C_MINE_DE, "monuments/c-mine.es.md": C_MINE_DE, "monuments/c-mine.nl.md": C_MINE_DE });
      expect(lines).toEqual([
        'content/monuments/c-mine.es.md:1 "es" is not a language of this site (the site is in nl with translations into de, en; schachtbok has interface texts for nl, en, de, fr)',
        'content/monuments/c-mine.fr.md:1 "fr" is not a language of this site (add fr to translations: in content/site.yaml (now: de, en), or rename the file)',
        "content/monuments/c-mine.nl.md:1 this file translates into nl, the language the site is written in (write the text in c-mine.md itself, and remove this file)",
      ]);
    });

    it("too many stops is an error; too few a warning, and the stops stay untranslated", async () => {
      const tooMany = await load({ "routes/mijnwandeling.de.md": "---\nstops: [{}, {}, {}, {}]\n---\n" });
      expect(tooMany.lines).toEqual([
        "content/routes/mijnwandeling.de.md:2 stops: lists 4 stops, but content/routes/mijnwandeling.md has 3 stops (write one entry per stop of content/routes/mijnwandeling.md, in its order)",
      ]);
      const tooFew = await load({ "routes/mijnwandeling.de.md": "---\ntitle: Zechenwanderung\nstops:\n  - {}\n---\n" });
      expect(tooFew.lines).toHaveLength(1);
      expect(tooFew.lines[0]).toMatch(/^content\/routes\/mijnwandeling\.de\.md:3 stops: warning: lists 1 stop, but content\/routes\/mijnwandeling\.md has 3 stops: its stops are shown untranslated/);
      const route = tooFew.model!.routes[0]!;
      expect(route.translations.de!.title).toBe("Zechenwanderung");
      expect(route.translations.de!.stops).toBeUndefined();
    });

    it("a name for a stop that is a monument", async () => {
      const { lines } = await load({ "routes/mijnwandeling.de.md": "---\nstops:\n  - name: Zeche\n  - {}\n  - {}\n---\n" });
      expect(lines).toEqual([
        'content/routes/mijnwandeling.de.md:3 stops[0].name: stop 1 is the monument "c-mine" (its name comes from that monument (and its translation); remove name: here)',
      ]);
    });

    it("a municipality that is not in site.yaml, and a site text that is never translated", async () => {
      const { lines } = await load({ "site.de.yaml": "baseUrl: https://example.de\nmunicipalities:\n  Genck:\n    intro: Genk hatte drei Steinkohlenzechen.\n" });
      expect(lines).toEqual([
        "content/site.de.yaml:1 baseUrl: is not translated (it is the same in every language and comes from site.yaml; remove it here. Translated here: title, description, organisation, region, municipalities)",
        'content/site.de.yaml:3 municipalities.Genck: "Genck" is not a municipality of this region (did you mean "Genk"?)',
      ]);
    });

    it("a series in a language the site does not have", async () => {
      const series = "---\ntitle: Reeks\nlanguage: fr\nyear: 2026\ncards:\n  - monument: c-mine\n    title: La mine\n    text: Une mine de charbon à Genk, la première à produire.\n---\n";
      const { lines } = await load({ "series/reeks.md": series });
      expect(lines).toEqual(["content/series/reeks.md:3 language: the site has no French pages for the QR codes to point at (add fr to translations: in content/site.yaml, or write the series in Dutch)"]);
    });

    it("a series in German whose monument has no German postcard text", async () => {
      const series = "---\ntitle: Reihe\nlanguage: de\nyear: 2026\ncards:\n  - monument: c-mine\n---\n";
      const { lines } = await load({ "series/reihe.md": series, "monuments/c-mine.de.md": C_MINE_DE });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^content\/series\/reihe\.md:6 cards\[0\]\.monument: "c-mine" has no German postcard text \(add postcard: with title and text to .*content\/monuments\/c-mine\.de\.md, or title: and text: to this card\)$/,
      );
    });
  });

  it("coverage says per language how much is translated, and what is only partly", async () => {
    const { model } = await load({
      "monuments/c-mine.de.md": C_MINE_DE,
      "monuments/heilig-hartkerk.de.md": "---\ntitle: Herz-Jesu-Kirche\n---\n",
      "stories/laatste-mijn.en.md": "---\ntitle: The last mine\nsummary: In 1992 the last coal mine in Belgium closed, in Zolder.\n---\nThe end of an era.\n",
    });
    expect(translationCoverage(model!)).toEqual([
      "de: 2 of 2 monuments (1 partly: heilig-hartkerk), 0 of 1 route, 0 of 1 story, 0 of 2 municipality intros, site texts not translated",
      "en: 0 of 2 monuments, 0 of 1 route, 1 of 1 story, 0 of 2 municipality intros, site texts not translated",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { languageData, sitemapXml } from "../../src/site/languages.ts";
import { langAttr } from "../../src/eleventy/filters.ts";
import { formatCoordinatesIn, formatDistanceIn, formatDurationIn, formatPartialDateIn } from "../../src/i18n/format.ts";
import { localizeSite } from "../../src/i18n/localize.ts";
import { entryUrl, localePaths } from "../../src/i18n/locales.ts";
import { SITE_YAML, regionWith } from "../helpers/content-dir.ts";

// The site as a page in another language sees it (src/i18n/localize.ts), and every page's addresses.

const SITE = SITE_YAML.replace("language: nl\n", "language: nl\ntranslations: [en, de]\n");
const C_MINE_DE = `---
title: C-mine (Zeche Winterslag)
summary: Die ehemalige Zeche Winterslag, heute ein Ort für Kreative.
---
Siehe die [Kirche](/monumenten/heilig-hartkerk/) und die [Karte](/kaart/?gemeente=genk), nicht [diese Seite](/elders/).
`;

async function sampleModel() {
  const { model, problems } = await loadSite(regionWith({ "site.yaml": SITE, "monuments/c-mine.de.md": C_MINE_DE }));
  if (!model) throw new Error(JSON.stringify(problems));
  return model;
}

describe("addresses", () => {
  it("keep the site's own language at the root and put each translation under its code, with its section names", () => {
    expect(entryUrl("monument", "c-mine", "nl", "nl")).toBe("/monumenten/c-mine/");
    expect(entryUrl("monument", "c-mine", "de", "nl")).toBe("/de/denkmale/c-mine/");
    expect(entryUrl("route", "mijnwandeling", "fr", "nl")).toBe("/fr/itineraires/mijnwandeling/");
    expect(entryUrl("story", "laatste-mijn", "en", "nl")).toBe("/en/stories/laatste-mijn/");
    expect(localePaths("en", "nl").sections.search).toBe("/en/search/");
    expect(localePaths("nl", "nl").home).toBe("/");
    expect(localePaths("de", "nl").data).toBe("/de/data/");
  });
});

describe("a view of the site in another language", () => {
  it("has the translated texts, and the rest in the site's language, marked as such", async () => {
    const model = await sampleModel();
    const german = localizeSite(model, "de");
    const cMine = german.monuments.find((monument) => monument.slug === "c-mine")!;
    expect(cMine.title).toBe("C-mine (Zeche Winterslag)");
    expect(cMine.url).toBe("/de/denkmale/c-mine/");
    expect(cMine.i18n).toMatchObject({ lang: "de", original: "nl", untranslated: false });
    // The image's alt text was not translated: it is the Dutch one, marked for lang="nl".
    expect(cMine.images[0]!.alt).toBe("Tekening van een stalen schachtbok");
    expect(langAttr(cMine.images[0]!.i18n, "alt")).toBe(' lang="nl"');
    expect(langAttr(cMine.i18n, "title")).toBe("");
    const church = german.monuments.find((monument) => monument.slug === "heilig-hartkerk")!;
    expect(church.title).toBe("Heilig Hartkerk");
    expect(church.i18n.untranslated).toBe(true);
    expect(langAttr(church.i18n, "body")).toBe(' lang="nl"');
    expect(langAttr(church.i18n)).toBe(' lang="nl"');
    // The Dutch view marks nothing.
    expect(langAttr(localizeSite(model, "nl").monuments[0]!.i18n, "title")).toBe("");
  });

  it("points links between entries, and links in texts, at the pages in its language", async () => {
    const model = await sampleModel();
    const german = localizeSite(model, "de");
    const cMine = german.monuments.find((monument) => monument.slug === "c-mine")!;
    expect(cMine.bodyHtml).toContain('href="/de/denkmale/heilig-hartkerk/"');
    expect(cMine.bodyHtml).toContain('href="/de/karte/?gemeente=genk"');
    expect(cMine.bodyHtml).toContain('href="/elders/"');
    expect(cMine.municipality.url).toBe("/de/gemeinden/genk/");
    expect(cMine.stories.map((story) => story.url)).toEqual(["/de/geschichten/laatste-mijn/"]);
    const route = german.routes[0]!;
    expect(route.stops[0]!.type === "monument" && route.stops[0]!.monument).toBe(cMine);
    expect(route.stops[0]!.name).toBe("C-mine (Zeche Winterslag)");
    expect(route.downloads.gpx).toBe("/de/routen/mijnwandeling/mijnwandeling.gpx");
    expect(route.legs[0]!.from).toBe(route.stops[0]);
    // The original model is untouched.
    expect(model.monuments.find((monument) => monument.slug === "c-mine")!.url).toBe("/monumenten/c-mine/");
  });
});

describe("every page's addresses in each language", () => {
  it("link a page to itself in the other languages, and list each page in the sitemap with its alternates", async () => {
    const model = await sampleModel();
    const data = languageData(model);
    expect(data.views.map((view) => view.lang)).toEqual(["nl", "en", "de"]);
    expect(data.alternates.get("/de/denkmale/c-mine/")).toEqual([
      { lang: "nl", url: "/monumenten/c-mine/" },
      { lang: "en", url: "/en/monuments/c-mine/" },
      { lang: "de", url: "/de/denkmale/c-mine/" },
    ]);
    expect(data.alternates.get("/")).toEqual(data.alternates.get("/en/"));
    expect(data.monuments).toHaveLength(model.monuments.length * 3);
    const xml = sitemapXml(data, "https://example.org");
    expect(xml).toContain(
      '<url><loc>https://example.org/en/monuments/c-mine/</loc><xhtml:link rel="alternate" hreflang="nl" href="https://example.org/monumenten/c-mine/"/><xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/monuments/c-mine/"/><xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/denkmale/c-mine/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/monumenten/c-mine/"/></url>',
    );
    expect(xml).not.toContain("404");
    expect(xml).not.toContain("/zoeken/");
  });
});

describe("formats in each language", () => {
  it("writes dates, distances, durations and coordinates as each language does", () => {
    expect(["nl", "en", "de", "fr"].map((lang) => formatPartialDateIn(lang as "nl", "1901-08-02"))).toEqual(["2 augustus 1901", "2 August 1901", "2. August 1901", "2 août 1901"]);
    expect(formatPartialDateIn("fr", "1988-03")).toBe("mars 1988");
    expect(formatPartialDateIn("de", "1939-1943")).toBe("1939–1943");
    expect(formatDistanceIn("en", 12.44)).toBe("12.4 km");
    expect(formatDistanceIn("de", 12.44)).toBe("12,4 km");
    expect(formatDistanceIn("fr", 0.853)).toBe("850 m");
    expect(formatDurationIn("nl", 135)).toBe("2 u 15 min");
    expect(formatDurationIn("de", 135)).toBe("2 Std. 15 Min.");
    expect(formatDurationIn("en", 60)).toBe("1 h");
    expect(formatCoordinatesIn("en", { lat: 51.01278, lng: 5.57972 })).toBe("51.01278° N, 5.57972° E");
    expect(formatCoordinatesIn("de", { lat: 51.01278, lng: 5.57972 })).toBe("51,01278° N, 5,57972° O");
  });
});

import { describe, expect, it } from "vitest";
import type { Monument, Municipality, Route, SiteModel, Story } from "../../src/content/model.ts";
import filtersPlugin, {
  dateHtml,
  inventoryLinks,
  machineDate,
  markdownToHtml,
  monumentJsonLd,
} from "../../src/eleventy/filters.ts";
import { siteIndex } from "../../src/site/site-index.ts";

type Filter = (...args: unknown[]) => unknown;

/** The filters as Eleventy would register them. */
function registeredFilters(): Map<string, Filter> {
  const filters = new Map<string, Filter>();
  filtersPlugin({ addNunjucksFilter: (name: string, filter: Filter) => filters.set(name, filter) });
  return filters;
}

const NL = { lang: "nl", original: "nl", fallback: {}, untranslated: false } as const;
const genk: Municipality = { slug: "genk", name: "Genk", intro: "Drie mijnen in één stad.", url: "/gemeenten/genk/", translations: {}, i18n: NL };
const as: Municipality = { slug: "as", name: "As", intro: "Hier werd steenkool gevonden.", url: "/gemeenten/as/", translations: {}, i18n: NL };
const leopoldsburg: Municipality = { slug: "leopoldsburg", name: "Leopoldsburg", intro: "Kamp van Beverlo.", url: "/gemeenten/leopoldsburg/", translations: {}, i18n: NL };

function monument(slug: string, municipality: Municipality, kind: Monument["kind"], extra: Partial<Monument> = {}): Monument {
  return {
    slug,
    url: `/monumenten/${slug}/`,
    title: slug,
    kind,
    municipality,
    location: { lat: 51, lng: 5.5, precision: "exact" },
    summary: `Samenvatting van ${slug}.`,
    images: [],
    stories: [],
    routes: [],
    body: "",
    source: { path: `content/monuments/${slug}.md` },
    ...extra,
  } as Monument;
}

function sampleModel(): SiteModel {
  const winterslag = monument("winterslag", genk, "mine-site");
  const zwartberg = monument("zwartberg", genk, "mine-site");
  const kerk = monument("heilig-hartkerk", genk, "church");
  const dumont = monument("dumont", as, "memorial");
  const route = { slug: "drie-mijnen", title: "Drie mijnen", municipalities: [genk, as] } as Route;
  const newest = { slug: "laatste-shift", date: "1988-03", monuments: [winterslag, zwartberg] } as Story;
  const oldest = { slug: "kohle", date: "1901-08-02", monuments: [dumont, winterslag] } as Story;
  return {
    config: { baseUrl: "https://example.org/" } as SiteModel["config"],
    siteTranslations: {},
    municipalities: [as, genk, leopoldsburg],
    monuments: [dumont, kerk, winterslag, zwartberg],
    routes: [route],
    featuredRoutes: [route],
    stories: [newest, oldest],
    series: [],
    packs: [],
  };
}

describe("filters", () => {
  describe("filtersPlugin", () => {
    const filters = registeredFilters();
    const call = (name: string, ...args: unknown[]) => filters.get(name)!(...args);

    it("turns schema values into Dutch labels", () => {
      expect(call("kindLabel", "headframe")).toBe("Schachtbok");
      expect(call("kindPlural", "church")).toBe("Kerken");
      expect(call("storyKindLabel", "event")).toBe("Gebeurtenis");
      expect(call("routeModeLabel", "car")).toBe("Autoroute");
      expect(call("routeModeAdverb", "walk")).toBe("te voet");
      expect(call("protectionLabel", "listed")).toBe("Vastgesteld bouwkundig erfgoed");
      expect(call("accessLabel", "partly")).toBe("gedeeltelijk toegankelijk");
      expect(call("accessLabel", undefined)).toBe("niet bekend");
      expect(call("precisionLabel", "approximate")).toBe("locatie bij benadering");
      expect(call("licence", "CC-BY-4.0")).toEqual({ label: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.nl" });
    });

    it("formats dates, distances and durations", () => {
      expect(call("partialDate", "1901-08-02")).toBe("2 augustus 1901");
      expect(call("distance", 12.44)).toBe("12,4 km");
      expect(call("distance", 0.853)).toBe("850 m");
      expect(call("duration", 135)).toBe("2 u 15 min");
      expect(call("coordinates", { lat: 51.01278, lng: 5.57972 })).toBe("51,01278° NB, 5,57972° OL");
    });

    it("renders Markdown bodies safely, with headings below the page's h1", () => {
      const html = call("markdown", "# Geschiedenis\n\nDe **mijn**. <script>alert(1)</script> [x](javascript:alert(1))") as string;
      expect(html).toContain("<h2>Geschiedenis</h2>");
      expect(html).toContain("<strong>mijn</strong>");
      expect(html).not.toContain("<script>");
      expect(html).not.toContain('href="javascript:');
      expect(call("markdown", undefined)).toBe("");
    });

    it("takes the first items of a list", () => {
      expect(call("take", [1, 2, 3, 4], 3)).toEqual([1, 2, 3]);
      expect(call("take", undefined, 3)).toEqual([]);
    });

    it("finds a municipality's monuments, routes and stories", () => {
      const model = sampleModel();
      expect((call("monumentsIn", genk, model) as Monument[]).map((m) => m.slug)).toEqual(["heilig-hartkerk", "winterslag", "zwartberg"]);
      expect(call("monumentsIn", leopoldsburg, model)).toEqual([]);
      expect((call("routesThrough", as, model) as Route[]).map((r) => r.slug)).toEqual(["drie-mijnen"]);
      expect(call("routesThrough", leopoldsburg, model)).toEqual([]);
      // Newest first, and a story about two Genk monuments is listed once.
      expect((call("storiesAbout", genk, model) as Story[]).map((s) => s.slug)).toEqual(["laatste-shift", "kohle"]);
      expect((call("storiesAbout", as, model) as Story[]).map((s) => s.slug)).toEqual(["kohle"]);
    });
  });

  describe("markdownToHtml", () => {
    it("makes the body's highest heading an h2, whether written as # or ##", () => {
      expect(markdownToHtml("# Geschiedenis\n\n## Bouw\n\nTekst.")).toMatch(/<h2>Geschiedenis<\/h2>\s*<h3>Bouw<\/h3>/);
      expect(markdownToHtml("## Geschiedenis\n\n### Bouw\n\nTekst.")).toMatch(/<h2>Geschiedenis<\/h2>\s*<h3>Bouw<\/h3>/);
      expect(markdownToHtml("Inleiding.\n\n### Vandaag\n\nTekst.")).toContain("<h2>Vandaag</h2>");
    });

    it("gives an empty string for a missing body", () => {
      expect(markdownToHtml("")).toBe("");
      expect(markdownToHtml(undefined)).toBe("");
    });
  });

  describe("markdownToHtml headings", () => {
    it("makes the highest heading an h2, also underlined ones", () => {
      expect(markdownToHtml("## Een\n\n### Twee")).toBe("<h2>Een</h2>\n<h3>Twee</h3>\n");
      expect(markdownToHtml("Titel\n=====\n\nTekst")).toBe("<h2>Titel</h2>\n<p>Tekst</p>\n");
      expect(markdownToHtml("Tekst\n\nTussentitel\n---\n")).toBe("<p>Tekst</p>\n<h2>Tussentitel</h2>\n");
    });

    it("ignores a # in fenced code", () => {
      expect(markdownToHtml("```sh\n# een commentaar\n```\n\n### Kop")).toBe('<pre><code class="language-sh"># een commentaar\n</code></pre>\n<h2>Kop</h2>\n');
    });
  });

  describe("siteIndex", () => {
    it("groups monuments by municipality in site order, keeping municipalities without monuments", () => {
      const groups = siteIndex(sampleModel()).byMunicipality;
      expect(groups.map((group) => [group.municipality.name, group.monuments.length])).toEqual([
        ["As", 1],
        ["Genk", 3],
        ["Leopoldsburg", 0],
      ]);
    });

    it("groups monuments by kind in schema order with plural headings, only kinds in use", () => {
      const groups = siteIndex(sampleModel()).byKind;
      expect(groups.map((group) => [group.kind, group.label, group.monuments.map((m) => m.slug)])).toEqual([
        ["mine-site", "Mijnsites", ["winterslag", "zwartberg"]],
        ["church", "Kerken", ["heilig-hartkerk"]],
        ["memorial", "Gedenktekens", ["dumont"]],
      ]);
    });

    it("is computed once per model, also when each page sees the model through its own proxy", () => {
      const model = sampleModel();
      const first = siteIndex(model);
      expect(siteIndex(new Proxy(model, {}))).toBe(first);
      expect(siteIndex({ ...model })).toBe(first);
      expect(siteIndex(sampleModel())).not.toBe(first);
    });
  });

  describe("inventoryLinks", () => {
    it("links the erfgoedobject and the aanduidingsobject in the Flemish inventory", () => {
      expect(inventoryLinks({ status: "protected-monument", erfgoedobject: 120956, aanduidingsobject: 4130 })).toEqual([
        { label: "Inventaris Onroerend Erfgoed: erfgoedobject 120956", url: "https://inventaris.onroerenderfgoed.be/erfgoedobjecten/120956" },
        { label: "Inventaris Onroerend Erfgoed: aanduidingsobject 4130", url: "https://inventaris.onroerenderfgoed.be/aanduidingsobjecten/4130" },
      ]);
      expect(inventoryLinks({ status: "none" })).toEqual([]);
      expect(inventoryLinks(undefined)).toEqual([]);
    });
  });

  describe("machineDate", () => {
    it("gives a datetime value for dates, months and years, none for spans", () => {
      expect(machineDate("1901-08-02")).toBe("1901-08-02");
      expect(machineDate("1988-03")).toBe("1988-03");
      expect(machineDate(1914)).toBe("1914");
      expect(machineDate("1939–1943")).toBe("");
    });
  });

  describe("monumentJsonLd", () => {
    const winterslag = monument("winterslag", genk, "mine-site", {
      title: "C-mine </script><script>alert(1)</script>",
      summary: "De eerste mijn die produceerde.",
      address: "C-Mine 10, 3600 Genk",
      location: { lat: 50.98259, lng: 5.49053, precision: "exact" },
      protection: { status: "protected-monument", erfgoedobject: 122123 },
      images: [
        {
          url: "/media/c-mine.svg",
          rendition: { social: { url: "/img/c-mine-social-0123456789.jpg", width: 1200, height: 630 } },
        } as Monument["images"][number],
      ],
    });
    const json = monumentJsonLd(winterslag, { baseUrl: "https://example.org/" });

    it("describes the monument as a schema.org landmark with place, address and inventory link", () => {
      expect(JSON.parse(json)).toEqual({
        "@context": "https://schema.org",
        "@type": "LandmarksOrHistoricalBuildings",
        name: "C-mine </script><script>alert(1)</script>",
        description: "De eerste mijn die produceerde.",
        url: "https://example.org/monumenten/winterslag/",
        geo: { "@type": "GeoCoordinates", latitude: 50.98259, longitude: 5.49053 },
        address: { "@type": "PostalAddress", streetAddress: "C-Mine 10, 3600 Genk", addressLocality: "Genk", addressCountry: "BE" },
        image: "https://example.org/img/c-mine-social-0123456789.jpg",
        sameAs: ["https://inventaris.onroerenderfgoed.be/erfgoedobjecten/122123"],
      });
    });

    it("cannot close its <script> element", () => {
      expect(json).not.toContain("<");
      expect(json).toContain("\\u003c/script>");
    });

    it("leaves out what the monument does not have", () => {
      const bare = JSON.parse(monumentJsonLd(monument("dumont", as, "memorial"), { baseUrl: "https://example.org" }));
      expect(bare.sameAs).toBeUndefined();
      expect(bare.image).toBeUndefined();
      expect(bare.address).toEqual({ "@type": "PostalAddress", addressLocality: "As", addressCountry: "BE" });
    });
  });
});

describe("dateHtml", () => {
  it("wraps a day, month or year in <time> with its machine value", () => {
    expect(dateHtml("1901-08-02")).toBe('<time datetime="1901-08-02">2 augustus 1901</time>');
    expect(dateHtml("1988-03")).toBe('<time datetime="1988-03">maart 1988</time>');
    expect(dateHtml("1914")).toBe('<time datetime="1914">1914</time>');
  });

  it("writes a span of years without <time>", () => {
    expect(dateHtml("1939–1943")).toBe("1939–1943");
  });
});

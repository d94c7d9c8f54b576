import path from "node:path";
import nunjucks from "nunjucks";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { languageData, type LanguageData } from "../../src/site/languages.ts";
import filtersPlugin from "../../src/eleventy/filters.ts";
import sketchesPlugin from "../../src/eleventy/sketches.ts";
import pagePartsPlugin, { headerState } from "../../src/eleventy/page-parts.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";

// The header and footer are rendered once per language and state (src/eleventy/page-parts.ts):
// each page must still get exactly what rendering the partial for that page gives.

let data: LanguageData;
let env: InstanceType<typeof nunjucks.Environment>;

beforeAll(async () => {
  const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
  data = languageData(model!);
  env = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(PROJECT_DIR, "layouts", "partials")), { autoescape: true });
  const eleventyConfig = { addNunjucksFilter: (name: string, filter: (...args: never[]) => unknown) => env.addFilter(name, filter) };
  filtersPlugin(eleventyConfig);
  sketchesPlugin(eleventyConfig);
  pagePartsPlugin(eleventyConfig);
});

/** base.njk's use of the filters, for a page at `pageUrl`. */
function page(lang: string, pageUrl: string, pageKey?: string): { header: string; footer: string; direct: string; directFooter: string } {
  const model = data.models[lang]!;
  const alternates = data.alternates.get(pageUrl) ?? [];
  const context = { model, t: model.t, pageUrl, pageKey, alternates };
  return {
    header: env.renderString("{{ model | siteHeader(pageUrl, pageKey, alternates) | safe }}", context),
    footer: env.renderString("{{ model | siteFooter | safe }}", context),
    direct: env.render("header.njk", context),
    directFooter: env.render("footer.njk", context),
  };
}

/** The site name's and main navigation's links marked current (not the language switcher's). */
const currentLinks = (html: string) =>
  [...html.split('<nav class="language-switch"')[0]!.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*aria-current="(page|true)"/g)].map(([, url, value]) => `${url} ${value}`);

describe("the header and footer rendered once per language and state", () => {
  it("give every page what its own render gives, in any order, the current section marked on each", () => {
    const nl = data.models.nl!;
    const monument = data.monuments.find((entry) => entry.i18n.lang === "nl")!;
    const route = data.routes.find((entry) => entry.i18n.lang === "nl")!;
    const visits = [
      page("nl", nl.paths.home),
      page("nl", monument.url),
      page("nl", nl.paths.sections.monuments),
      page("nl", route.url),
      page("nl", monument.url),
      page("nl", nl.paths.sections.search, "search"),
      page("nl", nl.paths.home),
    ];
    for (const visit of visits) {
      expect(visit.header).toBe(visit.direct);
      expect(visit.footer).toBe(visit.directFooter);
    }
    expect(currentLinks(visits[0]!.header)).toEqual([`${nl.paths.home} page`]);
    expect(currentLinks(visits[1]!.header)).toEqual([`${nl.paths.sections.monuments} true`]);
    expect(currentLinks(visits[2]!.header)).toEqual([`${nl.paths.sections.monuments} page`]);
    expect(currentLinks(visits[3]!.header)).toEqual([`${nl.paths.sections.routes} true`]);
    // The search page has no search box of its own in the header; the others do.
    expect(visits[5]!.header).not.toContain('role="search"');
    expect(visits[1]!.header).toContain('role="search"');
  });

  it("links the language switcher to the page's own translations on a site in several languages", () => {
    const monuments = ["nl", "en"].map((lang) => data.monuments.find((entry) => entry.i18n.lang === lang && entry.slug === data.monuments[0]!.slug)!);
    const other = data.monuments.find((entry) => entry.i18n.lang === "en" && entry.slug !== monuments[0]!.slug)!;
    for (const [lang, url] of [["nl", monuments[0]!.url], ["en", monuments[1]!.url], ["en", other.url]] as const) {
      const visit = page(lang, url);
      expect(visit.header).toBe(visit.direct);
      expect(visit.header).toContain(`href="${data.alternates.get(url)!.find((alternate) => alternate.lang === "de")!.url}"`);
    }
  });

  it("gives a route's or story's card on every monument page what the card's own render gives", () => {
    for (const lang of ["nl", "en"]) {
      const model = data.models[lang]!;
      const monuments = data.monuments.filter((monument) => monument.i18n.lang === lang && (monument.routes.length || monument.stories.length));
      expect(monuments.length).toBeGreaterThan(1);
      for (const monument of monuments) {
        for (const [name, variable, entries] of [["card-route.njk", "route", monument.routes], ["card-story.njk", "story", monument.stories]] as const) {
          for (const entry of entries) {
            for (const cardLevel of [undefined, 2]) {
              const context = { model, t: model.t, cardLevel, [variable]: entry };
              const card = env.renderString(`{{ ${variable} | card("${name}", cardLevel) | safe }}`, context);
              expect(card).toBe(env.render(name, context));
              expect(card).toContain(`href="${entry.url}"`);
              expect(card).toContain(cardLevel === 2 ? "<h2" : "<h3");
            }
          }
        }
      }
    }
  });

  it("renders a monument's figures with the partial filter as the include rendered them, in every language", () => {
    let figures = 0;
    for (const monument of data.monuments) {
      const model = data.models[monument.i18n.lang]!;
      for (const [index, image] of monument.images.entries()) {
        const lazy = index > 0;
        const figure = env.renderString("{{ 'figure.njk' | partial({ image: image, lazy: lazy }) | safe }}", { model, t: model.t, image, lazy });
        expect(figure).toBe(env.render("figure.njk", { model, t: model.t, image, lazy }));
        expect(figure).toContain('<span class="figure__credit">');
        figures++;
      }
    }
    expect(figures).toBeGreaterThan(20);
  });

  it("names the home page, each section's page and the pages inside a section apart", () => {
    const nl = data.models.nl!;
    const states = new Set([nl.paths.home, nl.paths.sections.monuments, nl.paths.sections.monumentsByKind, data.monuments[0]!.url, "/elders/"].map((url) => headerState(nl, url, undefined)));
    expect(states.size).toBe(5);
    expect(headerState(nl, nl.paths.sections.search, "search")).not.toBe(headerState(nl, nl.paths.sections.search, undefined));
  });
});

import type { Monument, Municipality, Pack, PostcardSeries, Route, SiteModel, Story } from "../content/model.ts";
import { entriesWithPages, siteViews, type SiteView } from "../i18n/localize.ts";
import { entryUrl, SECTIONS, localePaths, type Lang } from "../i18n/locales.ts";
import { escapeHtml } from "../client/html.ts";
import { absoluteUrl } from "../urls.ts";
import { listingPageSize } from "./listing-pages.ts";
import { monumentListings, type MonumentListPage } from "./monument-lists.ts";
import { cardListings, type CardListPage } from "./card-lists.ts";

// What the templates need to render every page in every language of the site: a view
// of the model per language (src/i18n/localize.ts), the entries of all languages in one
// list per type (Eleventy paginates over them: one page per entry and language), and,
// for every page, the same page in the other languages (hreflang, the language switcher
// and the sitemap).

export interface Alternate {
  lang: Lang;
  url: string;
}

export interface LanguageData {
  /** The view of each language, by code. */
  models: Record<string, SiteView>;
  /** The views, the site's own language first: listing pages paginate over these. */
  views: SiteView[];
  monuments: Monument[];
  routes: Route[];
  stories: Story[];
  municipalities: Municipality[];
  series: PostcardSeries[];
  packs: Pack[];
  /** The pages of the long monument lists of every language (src/site/monument-lists.ts). */
  monumentLists: MonumentListPage[];
  /** The pages of the long route and story lists of every language (src/site/card-lists.ts). */
  cardLists: CardListPage[];
  /** Every page's address in each language, by any of its addresses. */
  alternates: Map<string, Alternate[]>;
  /** Each page once, with its addresses, for sitemap.xml (not the search and error pages). */
  sitemap: Alternate[][];
}

const cache = new WeakMap<SiteModel, LanguageData>();

export function languageData(model: SiteModel): LanguageData {
  let data = cache.get(model);
  if (!data) cache.set(model, (data = makeLanguageData(model)));
  return data;
}

function makeLanguageData(model: SiteModel): LanguageData {
  // Frozen (their own fields; nothing changes them once made): Eleventy gives each paginated page
  // its data through a proxy that wraps every plain object read from the global data in another
  // proxy, level by level, but hands frozen objects through as they are. With thousands of pages
  // reading model.t..., that is measured here as about a second of the build.
  const views = siteViews(model).map((view) => Object.freeze(view));
  const siteLang = model.config.language;
  const languages = views.map((view) => view.lang);
  const alternates = new Map<string, Alternate[]>();
  const sitemap: Alternate[][] = [];
  const group = (urlIn: (lang: Lang) => string, inSitemap = true) => {
    const pages = languages.map((lang) => ({ lang, url: urlIn(lang) }));
    for (const page of pages) alternates.set(page.url, pages);
    if (inSitemap) sitemap.push(pages);
  };
  group((lang) => localePaths(lang, siteLang).home);
  for (const section of SECTIONS) group((lang) => localePaths(lang, siteLang).sections[section], section !== "search");
  group((lang) => `${localePaths(lang, siteLang).prefix}/404.html`, false);
  for (const [kind, entries] of entriesWithPages(model)) {
    for (const entry of entries) group((lang) => entryUrl(kind, entry.slug, lang, siteLang));
  }
  // The list pages: every language has the same lists and page counts (each has every monument).
  const pageSize = listingPageSize();
  const monumentLists = views.flatMap((view) => monumentListings(view, pageSize).pages);
  const listPageUrls = new Map(monumentLists.map((page) => [`${page.lang}/${page.key}`, page.url]));
  for (const page of monumentListings(views[0]!, pageSize).pages) {
    group((lang) => listPageUrls.get(`${lang}/${page.key}`) ?? page.url);
  }
  const cardLists = views.flatMap((view) => cardListings(view, pageSize).pages);
  const cardPageUrls = new Map(cardLists.map((page) => [`${page.lang}/${page.key}`, page.url]));
  for (const page of cardListings(views[0]!, pageSize).pages) {
    group((lang) => cardPageUrls.get(`${lang}/${page.key}`) ?? page.url);
  }
  const all = <T>(pick: (view: SiteView) => T[]) => views.flatMap(pick);
  return Object.freeze({
    models: Object.fromEntries(views.map((view) => [view.lang, view])),
    views,
    monuments: all((view) => view.monuments),
    routes: all((view) => view.routes),
    stories: all((view) => view.stories),
    municipalities: all((view) => view.municipalities),
    series: all((view) => view.series),
    packs: all((view) => view.packs),
    monumentLists,
    cardLists,
    alternates,
    sitemap,
  });
}

/**
 * sitemap.xml: every page in every language, each with its alternates and x-default (the
 * site's own language), as search engines read multilingual sites.
 */
export function sitemapXml(data: LanguageData, baseUrl: string): string {
  const multilingual = data.views.length > 1;
  const urls = data.sitemap.flatMap((pages) =>
    pages.map((page) => {
      const links = multilingual
        ? [...pages, { lang: "x-default", url: pages[0]!.url }]
            .map((alternate) => `<xhtml:link rel="alternate" hreflang="${alternate.lang}" href="${escapeHtml(absoluteUrl(alternate.url, baseUrl))}"/>`)
            .join("")
        : "";
      return `<url><loc>${escapeHtml(absoluteUrl(page.url, baseUrl))}</loc>${links}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

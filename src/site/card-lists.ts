import type { Municipality, Route, Story } from "../content/model.ts";
import type { SiteView } from "../i18n/localize.ts";
import { siteIndex } from "./site-index.ts";
import { listingPages, type ListHtmlPage } from "./listing-pages.ts";

// The route and story lists of one language when they are too long for one page, as the
// monument lists are (src/site/monument-lists.ts): /routes/ and /verhalen/ in pages
// (/routes/2/), and a municipality's routes and stories in lists of their own
// (/gemeenten/genk/routes/, /gemeenten/genk/verhalen/2/) while its page shows the first few.
// A site whose lists fit keeps its pages as they were: nothing here makes a page.

/** Route cards are heavier than monument and story cards (each carries its drawn shape): fewer a page. */
export const ROUTES_PER_MONUMENT_PAGE = 1 / 3;
/** Routes and stories a municipality page shows before it links to the full list. */
export const MUNICIPALITY_PREVIEW = 12;

export type CardItemType = "route" | "story";

/** One HTML page of a route or story list (rendered by layouts/pages/card-list.njk). */
export interface CardListPage<T = Route | Story> extends ListHtmlPage<T> {
  itemType: CardItemType;
  /** The breadcrumb section. */
  section: "routes" | "stories" | "municipalities";
}

/** What a page with a possibly long list shows: the items, and where the rest are. */
export interface ShownList<T> {
  items: T[];
  total: number;
  /** The list's first page when the items shown are not all (a link "all 500 routes through Genk"). */
  more?: CardListPage<T>;
  /** The navigation of /routes/ and /verhalen/ when they are in pages. */
  firstPage?: CardListPage<T>;
}

export interface CardListings {
  /** Every list page of this language that Eleventy renders (not the first pages of /routes/ and /verhalen/: those are the sections' own pages). */
  pages: CardListPage[];
  routes: ShownList<Route>;
  stories: ShownList<Story>;
  routesIn: Map<string, ShownList<Route>>;
  storiesIn: Map<string, ShownList<Story>>;
}

export interface CardPageSizes {
  routes: number;
  stories: number;
  preview: number;
}

/** Page sizes from the monument page size (src/site/listing-pages.ts). */
export function cardPageSizes(monumentPageSize: number): CardPageSizes {
  return {
    routes: Math.max(1, Math.floor(monumentPageSize * ROUTES_PER_MONUMENT_PAGE)),
    stories: monumentPageSize,
    preview: Math.min(MUNICIPALITY_PREVIEW, monumentPageSize),
  };
}

const cache = new WeakMap<Route[], Map<number, CardListings>>();

/** The route and story lists of one language view, computed once per page size. */
export function cardListings(view: SiteView, monumentPageSize: number): CardListings {
  let bySize = cache.get(view.routes);
  if (!bySize) cache.set(view.routes, (bySize = new Map()));
  let listings = bySize.get(monumentPageSize);
  if (!listings) bySize.set(monumentPageSize, (listings = makeCardListings(view, cardPageSizes(monumentPageSize))));
  return listings;
}

function makeCardListings(view: SiteView, sizes: CardPageSizes): CardListings {
  const index = siteIndex(view);
  const pages: CardListPage[] = [];
  const t = view.t;
  const segment = (section: "routes" | "stories") => view.paths.sections[section].slice(view.paths.prefix.length + 1);

  // /routes/ and /verhalen/: the section page is page 1; pages 2… are list pages.
  const overview = <T extends Route | Story>(items: T[], itemType: CardItemType, section: "routes" | "stories", size: number): ShownList<T> => {
    if (items.length <= size) return { items, total: items.length };
    const list = makeList(view, items, size, view.paths.sections[section], itemType, {
      heading: t.sections[section],
      parent: { url: view.paths.sections[section], title: t.sections[section] },
      key: `${section}`,
      section,
    });
    pages.push(...list.slice(1));
    return { items: list[0]!.items, total: items.length, firstPage: list[0] };
  };
  const routes = overview(view.routes, "route", "routes", sizes.routes);
  const stories = overview(view.stories, "story", "stories", sizes.stories);

  // A municipality's routes and stories: the first few on its page, all in a list of their own.
  const inMunicipality = <T extends Route | Story>(municipality: Municipality, items: T[], itemType: CardItemType, section: "routes" | "stories", size: number, heading: string): ShownList<T> => {
    if (items.length <= sizes.preview) return { items, total: items.length };
    const list = makeList(view, items, size, `${municipality.url}${segment(section)}`, itemType, {
      heading,
      parent: { url: municipality.url, title: municipality.name },
      key: `municipality:${municipality.slug}:${section}`,
      section: "municipalities",
    });
    pages.push(...list);
    return { items: items.slice(0, sizes.preview), total: items.length, more: list[0] };
  };
  const routesIn = new Map<string, ShownList<Route>>();
  const storiesIn = new Map<string, ShownList<Story>>();
  for (const municipality of view.municipalities) {
    const ofRoutes = index.routesByMunicipality.get(municipality.slug) ?? [];
    const ofStories = index.storiesByMunicipality.get(municipality.slug) ?? [];
    routesIn.set(municipality.slug, inMunicipality(municipality, ofRoutes, "route", "routes", sizes.routes, t.municipality.routes(municipality.name)));
    storiesIn.set(municipality.slug, inMunicipality(municipality, ofStories, "story", "stories", sizes.stories, t.municipality.stories(municipality.name)));
  }
  return { pages, routes, stories, routesIn, storiesIn };
}

function makeList<T extends Route | Story>(
  view: SiteView,
  items: T[],
  pageSize: number,
  base: string,
  itemType: CardItemType,
  about: { heading: string; parent: CardListPage["parent"]; key: string; section: CardListPage["section"] },
): CardListPage<T>[] {
  return listingPages(items, pageSize, base).map((page) =>
    // Frozen: Eleventy hands frozen objects to the pages without wrapping them in proxies (see languages.ts).
    Object.freeze({
      ...page,
      itemType,
      lang: view.lang,
      i18n: { lang: view.lang },
      title: page.number > 1 ? `${about.heading}, ${view.t.pagination.pageOf(page.number, page.count)}` : about.heading,
      heading: about.heading,
      parent: about.parent,
      key: `${about.key}:${page.number}`,
      section: about.section,
    }),
  );
}

import type { Monument, MonumentKind, Municipality } from "../content/model.ts";
import type { SiteView } from "../i18n/localize.ts";
import { LOCALES } from "../i18n/locales.ts";
import { siteIndex } from "./site-index.ts";
import { listingPages, type ListHtmlPage } from "./listing-pages.ts";

// The monument listings of one language when they are too long for one page: an index
// of municipalities and of kinds, each linking to its own list, alphabetical and in
// pages (src/site/listing-pages.ts). A site whose monuments fit one page keeps its
// single /monumenten/ and /monumenten/per-soort/ pages, and needs none of this.

/** One HTML page of a municipality's or a kind's monument list. */
export type MonumentListPage = ListHtmlPage<Monument>;

/** An entry of an index: a municipality or kind, its count, and where its monuments are listed. */
export interface ListingIndexEntry {
  name: string;
  count: number;
  url: string;
}

export interface MonumentListings {
  /** True when the monuments do not fit one page: /monumenten/ becomes an index. */
  paginated: boolean;
  byMunicipality: ListingIndexEntry[];
  byKind: ListingIndexEntry[];
  /** Every list page of this language. */
  pages: MonumentListPage[];
  /** Each paginated municipality's first page, by slug: its municipality page shows it. */
  firstPageOf: Map<string, MonumentListPage>;
}

const cache = new WeakMap<Monument[], Map<number, MonumentListings>>();

/** The listings of one language view with `pageSize` monuments a page, computed once. */
export function monumentListings(view: SiteView, pageSize: number): MonumentListings {
  let bySize = cache.get(view.monuments);
  if (!bySize) cache.set(view.monuments, (bySize = new Map()));
  let listings = bySize.get(pageSize);
  if (!listings) bySize.set(pageSize, (listings = makeListings(view, pageSize)));
  return listings;
}

function makeListings(view: SiteView, pageSize: number): MonumentListings {
  const index = siteIndex(view);
  const paginated = view.monuments.length > pageSize;
  const collator = new Intl.Collator(LOCALES[view.lang], { numeric: true, sensitivity: "base" });
  const alphabetical = (monuments: readonly Monument[]) => [...monuments].sort((a, b) => collator.compare(a.title, b.title) || a.slug.localeCompare(b.slug));
  const pages: MonumentListPage[] = [];
  const firstPageOf = new Map<string, MonumentListPage>();
  const monumentsSegment = view.paths.sections.monuments.slice(view.paths.prefix.length + 1);

  const byMunicipality: ListingIndexEntry[] = [];
  for (const { municipality, monuments } of index.byMunicipality) {
    if (!monuments.length) continue;
    let url = `${municipality.url}#monumenten`;
    // A municipality whose monuments fit one page lists them all on its own page.
    if (monuments.length > pageSize) {
      const list = makeList(view, alphabetical(monuments), pageSize, `${municipality.url}${monumentsSegment}`, {
        heading: view.t.municipality.monuments(municipality.name),
        parent: { url: municipality.url, title: municipality.name },
        key: `municipality:${municipality.slug}`,
      });
      pages.push(...list);
      firstPageOf.set(municipality.slug, list[0]!);
      url = list[0]!.url;
    }
    byMunicipality.push({ name: municipality.name, count: monuments.length, url });
  }

  const byKind: ListingIndexEntry[] = [];
  for (const { kind, label, monuments } of index.byKind) {
    if (!paginated) continue;
    const list = makeList(view, alphabetical(monuments), pageSize, kindListUrl(view, kind), {
      heading: label,
      parent: { url: view.paths.sections.monumentsByKind, title: view.t.pages.monumentsByKind.title },
      key: `kind:${kind}`,
    });
    pages.push(...list);
    byKind.push({ name: label, count: monuments.length, url: list[0]!.url });
  }
  return { paginated, byMunicipality, byKind, pages, firstPageOf };
}

/** The list of one kind: /monumenten/per-soort/headframe/ (the kind's key, the same in every language). */
export function kindListUrl(view: Pick<SiteView, "paths">, kind: MonumentKind): string {
  return `${view.paths.sections.monumentsByKind}${kind}/`;
}

function makeList(
  view: SiteView,
  monuments: Monument[],
  pageSize: number,
  base: string,
  about: { heading: string; parent: MonumentListPage["parent"]; key: string },
): MonumentListPage[] {
  return listingPages(monuments, pageSize, base).map((page) =>
    // Frozen: Eleventy hands frozen objects to the pages without wrapping them in proxies (see languages.ts).
    Object.freeze({
      ...page,
      lang: view.lang,
      i18n: { lang: view.lang },
      title: page.number > 1 ? `${about.heading}, ${view.t.pagination.pageOf(page.number, page.count)}` : about.heading,
      heading: about.heading, parent: about.parent, key: `${about.key}:${page.number}` }),
  );
}

/** Today's municipality page when its monuments fit one page; else the first page of its list. */
export function municipalityMonuments(view: SiteView, municipality: Municipality, pageSize: number): { monuments: Monument[]; total: number; list?: MonumentListPage } {
  const all = siteIndex(view).byMunicipality.find((group) => group.municipality.slug === municipality.slug)?.monuments ?? [];
  const list = monumentListings(view, pageSize).firstPageOf.get(municipality.slug);
  return list ? { monuments: list.items, total: all.length, list } : { monuments: all, total: all.length };
}

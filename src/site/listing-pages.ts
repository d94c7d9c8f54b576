import type { Lang } from "../i18n/locales.ts";

// Long monument lists split into pages of a fixed size: the list of one municipality
// and of one kind. Pure: the page objects are built once per build here, and Eleventy
// renders one HTML page per object (layouts/pages/monument-list.njk).
//
// A list that fits one page has no list pages of its own: the overview pages show it
// whole, as a small site always did. Page 1 of a list is at its address, page n at
// "<address><n>/" (/gemeenten/genk/monumenten/2/).

/**
 * Monuments per listing page. A sample card is about 145 bytes gzipped among others and
 * 490 alone (README): 150 cards stay under 100 KB even when no two cards share a word.
 */
export const DEFAULT_LISTING_PAGE_SIZE = 150;

/** The page size of this build: SCHACHTBOK_LISTING_PAGE_SIZE for tests, else the default. */
export function listingPageSize(env: Record<string, string | undefined> = process.env): number {
  const size = Number(env.SCHACHTBOK_LISTING_PAGE_SIZE);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_LISTING_PAGE_SIZE;
}

/** The address of page `number` of a list whose first page is at `base` (ending in "/"). */
export function listingPageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}${number}/`;
}

/** Items in pages of `size`, in order; always at least one page (empty for no items). */
export function splitIntoPages<T>(items: readonly T[], size: number): T[][] {
  if (!(size > 0)) throw new RangeError(`page size must be positive, not ${size}`);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}

/**
 * The page numbers the navigation shows: the first, the last, and two either side of
 * the current one; `null` where numbers are left out. pageNumbers(7, 14) →
 * [1, null, 5, 6, 7, 8, 9, null, 14].
 */
export function pageNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let number = 1; number <= count; number++) {
    const near = Math.abs(number - current) <= around;
    if (number === 1 || number === count || near) shown.push(number);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  // A gap of a single number is shown as that number rather than as "…".
  return shown.flatMap((number, index) => {
    if (number !== null) return [number];
    const before = shown[index - 1] as number;
    const after = shown[index + 1] as number;
    return after - before === 2 ? [before + 1] : [null];
  });
}

/** One page of a list, as its navigation needs it. */
export interface ListingPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  url: string;
  items: T[];
  previousUrl?: string;
  nextUrl?: string;
  /** The numbers to link (null: a gap), each with its address. */
  links: { number: number | null; url?: string }[];
}

/** What every HTML page of a long list carries besides its items (monument-lists.ts, card-lists.ts). */
export interface ListHtmlPage<T> extends ListingPage<T> {
  lang: Lang;
  /** Its language, as base.njk reads it from any page's subject. */
  i18n: { lang: Lang };
  /** The page's title: the heading, and from page 2 on "…, page 2 of 14". */
  title: string;
  /** "Monuments in Genk", "Headframes", "Routes through Genk". */
  heading: string;
  /** Where the list belongs: its municipality page, the listing by kind, or the overview page itself. */
  parent: { url: string; title: string };
  /** The same page in the other languages: the list and page number. */
  key: string;
}

/** A whole list as pages: the first at `base`. */
export function listingPages<T>(items: readonly T[], size: number, base: string): ListingPage<T>[] {
  const chunks = splitIntoPages(items, size);
  const count = chunks.length;
  return chunks.map((chunk, index) => {
    const number = index + 1;
    return {
      number,
      count,
      url: listingPageUrl(base, number),
      items: chunk,
      previousUrl: number > 1 ? listingPageUrl(base, number - 1) : undefined,
      nextUrl: number < count ? listingPageUrl(base, number + 1) : undefined,
      links: pageNumbers(number, count).map((shown) => (shown === null ? { number: null } : { number: shown, url: listingPageUrl(base, shown) })),
    };
  });
}

import type { SiteView } from "../../i18n/localize.ts";
import type { Lang } from "../../i18n/locales.ts";
import { searchPageCount } from "./records.ts";

// A large site's search index in parts (src/outputs/search/pagefind.ts): Pagefind's indexer
// holds about 60 KB for every page it is given until it has written the index (13 GB at
// 212,000 pages), so a build with more search pages than the part size makes the index in
// parts, each by its own Pagefind run, one after the other. The default, 60,000 pages, keeps a
// 50,000-monument site (53,007 pages) one index and a part's run near 3.3 GB. Part 1 is at /pagefind/ as on a
// small site, part k at /pagefind/part-k/. The search page loads Pagefind from the first part
// that holds pages of its language and merges the others that do (Pagefind's mergeIndex).
//
// The split is a pure function of how many search pages each language has, in the order of
// the views and of searchPages (records.ts): the writer and the search page compute it alike,
// so the page knows the parts without asking the server.

/** Search pages per part unless SCHACHTBOK_SEARCH_PART_SIZE says otherwise (tests use a few dozen). */
export const DEFAULT_SEARCH_PART_SIZE = 60_000;

/** Where the index is published (under the site's root). */
export const SEARCH_BUNDLE_URL = "/pagefind/";

/** The part size of this build: SCHACHTBOK_SEARCH_PART_SIZE, a whole number of pages, or the default. */
export function searchPartSize(env: Record<string, string | undefined> = process.env): number {
  const value = env.SCHACHTBOK_SEARCH_PART_SIZE;
  if (value === undefined || value === "") return DEFAULT_SEARCH_PART_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`SCHACHTBOK_SEARCH_PART_SIZE must be a whole number of pages above 0, not "${value}"`);
  return size;
}

export interface SearchPart {
  /** 1, 2, …: part 1 is the index at /pagefind/. */
  number: number;
  /** Its folder under the bundle folder: "" for part 1, "part-2", … */
  folder: string;
  /** Its pages: from `start` up to `end` (not included) of all languages' search pages, in order. */
  start: number;
  end: number;
  /** The languages with pages in it, in the views' order. */
  languages: Lang[];
}

/** The folder of part `number` under the bundle folder. */
export const searchPartFolder = (number: number): string => (number === 1 ? "" : `part-${number}`);

/**
 * The parts of an index of `languages` (each with its number of search pages, in the views'
 * order): as few as hold at most `partSize` pages each, of nearly equal size (212,007 pages at
 * 60,000 a part are four of about 53,000, not three of 60,000 and 32,007: the indexer's peak is
 * set by the largest part). One part, the whole index, when all fit in one.
 */
export function splitSearchPages(languages: readonly { lang: Lang; pages: number }[], partSize: number): SearchPart[] {
  if (!Number.isInteger(partSize) || partSize < 1) throw new Error(`a search part holds at least one page, not ${partSize}`);
  const total = languages.reduce((sum, language) => sum + language.pages, 0);
  const count = Math.max(1, Math.ceil(total / partSize));
  const parts: SearchPart[] = [];
  for (let index = 0; index < count; index++) {
    const start = Math.floor((index * total) / count);
    const end = Math.floor(((index + 1) * total) / count);
    const languagesIn: Lang[] = [];
    let offset = 0;
    for (const { lang, pages } of languages) {
      if (pages > 0 && offset < end && offset + pages > start) languagesIn.push(lang);
      offset += pages;
    }
    const number = parts.length + 1;
    parts.push({ number, folder: searchPartFolder(number), start, end, languages: languagesIn });
  }
  return parts;
}

/** The parts of the index of these views (what the build writes). */
export function searchParts(views: readonly SiteView[], partSize = searchPartSize()): SearchPart[] {
  return splitSearchPages(
    views.map((view) => ({ lang: view.lang, pages: searchPageCount(view) })),
    partSize,
  );
}

export interface SearchBundle {
  /** Pagefind's script to load: that of the first part with pages of the language. */
  bundle: string;
  /** The other parts with pages of the language, to merge (their folders' addresses); absent when there are none. */
  merge?: string[];
}

/** What the search page of `lang` loads: as on a small site (/pagefind/pagefind.js, nothing to merge) when the index is one part. */
export function searchBundleFor(parts: readonly SearchPart[], lang: Lang): SearchBundle {
  const url = (part: SearchPart) => `${SEARCH_BUNDLE_URL}${part.folder ? `${part.folder}/` : ""}`;
  const holding = parts.filter((part) => part.languages.includes(lang));
  const [first, ...others] = holding.length > 0 ? holding : parts.slice(0, 1);
  return { bundle: `${url(first!)}pagefind.js`, ...(others.length > 0 ? { merge: others.map(url) } : {}) };
}

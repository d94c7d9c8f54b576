import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { copyFile, link } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { forEachLimited } from "../../images/pool.ts";
import type { SiteView } from "../../i18n/localize.ts";
import { searchPageCount, searchPages, type SearchPage } from "./records.ts";
import { searchPartSize, splitSearchPages, type SearchPart } from "./parts.ts";

/** Pagefind's version, part of the cache key (its package exports no package.json: found on the module paths). */
const PAGEFIND_VERSION = (() => {
  for (const folder of createRequire(import.meta.url).resolve.paths("pagefind") ?? []) {
    const file = path.join(folder, "pagefind", "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "unknown";
})();
/** Raise when the search documents change shape (records.ts), so cached indexes are not reused. */
const RECORDS_VERSION = 1;

// The site's search index, made by Pagefind (the npm package ships its binary), one index
// per language, from the search documents of src/outputs/search/records.ts: the main texts
// of every monument, route, story, municipality, postcard series and pack, with each
// result's type, picture, summary and filters.
//
// npm run build makes it after the pages, into its staging folder: a failed build publishes
// no index, and the index lists exactly the pages of the model, which are the pages built.
// (Feeding Pagefind while Eleventy renders was tried: on two cores the two only slowed each
// other down.) An index is kept in the cache by a digest of its documents, so a build whose
// texts did not change does not make it again.
//
// A site with more search pages than the part size (60,000; parts.ts) gets its index in parts,
// each made by a Pagefind run of its own, one after the other, so that the indexer's memory
// (about 60 KB a page until it writes) is given back between them: part 1 at /pagefind/,
// part k at /pagefind/part-k/. The cache keeps all parts of an index as one entry.

/** Where the index and Pagefind's script are published. */
export const SEARCH_BUNDLE_DIR = "pagefind";

/** Pagefind also writes three ready-made interfaces; the site has its own (src/client/search.ts). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.|^wasm\.unknown\./;

export interface SearchIndexReport {
  /** Pages indexed, all languages together. */
  pages: number;
  /** Languages with an index, e.g. ["de", "en", "fr", "nl"]. */
  languages: string[];
  /** The files written, absolute paths. */
  files: string[];
  /** True when the texts had not changed since an index in the cache was made. */
  cached: boolean;
  /** Pagefind runs the index is made of (1 unless the site has more search pages than the part size). */
  parts: number;
  milliseconds: number;
}

export class SearchIndexError extends Error {}

export interface SearchIndexOptions {
  /**
   * Where indexes are kept (node_modules/.cache/schachtbok/search), by a digest of every search
   * document and of Pagefind's version: a build whose texts did not change links the index it
   * made before instead of making it again. Without it, the index is always made.
   */
  cacheDir?: string;
  /** Search pages per part (parts.ts); SCHACHTBOK_SEARCH_PART_SIZE or 60,000 by default. */
  partSize?: number;
}

/** Indexes the pages of every language's view and writes the index to `siteDir`/pagefind/. */
export async function writeSearchIndex(views: readonly SiteView[], siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const pages = views.flatMap((view) => {
    const written = searchPages(view);
    // The search page computes the parts from the counts (parts.ts): they must be the pages written.
    if (written.length !== searchPageCount(view)) throw new SearchIndexError(`searchPageCount(${view.lang}) is ${searchPageCount(view)}, searchPages gives ${written.length}`);
    return written;
  });
  const parts = splitSearchPages(
    views.map((view) => ({ lang: view.lang, pages: searchPageCount(view) })),
    options.partSize ?? searchPartSize(),
  );
  const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
  const entryFiles = (folder: string) => parts.map((part) => path.join(folder, part.folder, ENTRY_FILE));
  let cached = false;
  if (options.cacheDir) {
    const digest = digestOf(pages, parts);
    const folder = path.join(options.cacheDir, digest.slice(0, 16));
    if (entryFiles(folder).every((file) => existsSync(file))) {
      cached = true;
      // Marks it as in use (see forgetStaleIndexes).
      const now = new Date();
      utimesSync(folder, now, now);
    } else {
      // Made next to its place and renamed: an interrupted build never leaves half an index in the cache.
      const temporary = `${folder}.${process.pid}.tmp`;
      await makeParts(pages, parts, temporary);
      try {
        renameSync(temporary, folder);
      } catch {
        rmSync(temporary, { recursive: true, force: true }); // a parallel build made the same index first
      }
      forgetStaleIndexes(options.cacheDir, path.basename(folder));
    }
    // The staging folder is the site of two builds ago: its index may be this one already. The entry
    // file names each language's index by a digest of all of it, so equal entry files are equal indexes
    // (of every part: the parts are the same when the part size is).
    const [fromCache, published] = [entryFiles(folder), entryFiles(outputPath)];
    if (!fromCache.every((file, index) => sameFile(file, published[index]!)) || existsSync(path.join(outputPath, searchPartFolderAfter(parts)))) {
      rmSync(outputPath, { recursive: true, force: true });
      await linkTree(folder, outputPath);
    }
  } else {
    rmSync(outputPath, { recursive: true, force: true });
    await makeParts(pages, parts, outputPath);
  }
  const files = readdirSync(outputPath, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const entries = entryFiles(outputPath).map((file) => JSON.parse(readFileSync(file, "utf8")) as { languages: Record<string, { page_count: number }> });
  return {
    pages: entries.reduce((sum, entry) => sum + Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0), 0),
    languages: [...new Set(entries.flatMap((entry) => Object.keys(entry.languages)))].sort(),
    files,
    cached,
    parts: parts.length,
    milliseconds: performance.now() - started,
  };
}

const ENTRY_FILE = "pagefind-entry.json";
/** Pages sent to Pagefind's indexer before the first is answered. */
const PAGES_IN_FLIGHT = 32;

/** The folder of the first part after the last: present only when an index of more parts was published before. */
const searchPartFolderAfter = (parts: readonly SearchPart[]) => `part-${parts.length + 1}`;

/** Each part by a Pagefind run of its own, part 1 first (its folder holds the others). */
async function makeParts(pages: readonly SearchPage[], parts: readonly SearchPart[], outputPath: string): Promise<void> {
  for (const part of parts) await makeIndex(pages.slice(part.start, part.end), path.join(outputPath, part.folder));
}

async function makeIndex(pages: readonly SearchPage[], outputPath: string): Promise<void> {
  // Imported here: the binary is started on first use.
  const pagefind = await import("pagefind");
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new SearchIndexError(created.errors.join("; ") || "Pagefind could not start");
    const { index } = created;
    // A few pages in flight at a time: all at once queued every page's HTML in both processes
    // (measured at 212,000 pages: Pagefind's indexer at 13 GB).
    const errors: string[] = [];
    let next = 0;
    const feed = async () => {
      while (next < pages.length) {
        const page = pages[next++]!;
        errors.push(...(await index.addHTMLFile({ url: page.url, content: page.html })).errors);
      }
    };
    await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, feed));
    if (errors.length > 0) throw new SearchIndexError(errors.join("; "));
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
  for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(path.join(outputPath, name), { recursive: true });
}

/**
 * Indexes not used for a day, and half-made ones of builds that stopped, are removed. A day's
 * grace, not "all but this one": builds run side by side (the tests do), each linking its own.
 */
function forgetStaleIndexes(cacheDir: string, current: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(cacheDir)) {
    if (name === current) continue;
    const folder = path.join(cacheDir, name);
    try {
      if (statSync(folder).mtimeMs < dayAgo) rmSync(folder, { recursive: true, force: true });
    } catch {
      // Removed by a parallel build: fine.
    }
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

function digestOf(pages: readonly SearchPage[], parts: readonly SearchPart[]): string {
  const hash = createHash("sha256").update(`pagefind ${PAGEFIND_VERSION}\0records ${RECORDS_VERSION}\0`);
  // An index of one part has the digest it had before there were parts.
  if (parts.length > 1) hash.update(`parts ${parts.map((part) => part.end).join(" ")}\0`);
  for (const page of pages) hash.update(page.url).update("\0").update(page.html).update("\0");
  return hash.digest("hex");
}

/** Hard links of every file under `from` at the same place under `to` (copies where links are not possible). */
async function linkTree(from: string, to: string): Promise<void> {
  const files = readdirSync(from, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const folder of new Set(files.map((entry) => path.join(to, path.relative(from, entry.parentPath))))) mkdirSync(folder, { recursive: true });
  await forEachLimited(
    files,
    async (entry) => {
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      try {
        await link(source, target);
      } catch {
        await copyFile(source, target);
      }
    },
    16,
  );
}


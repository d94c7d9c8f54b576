import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

// The site's search index, made by Pagefind (the npm package ships its binary) from the
// built pages, one index per language (the `lang` of <html>). Only what a page marks
// with data-pagefind-body is indexed: the main content of monuments, routes, stories,
// municipalities, postcard series and packs, never listings, menus or credits
// (layouts/partials/search-meta.njk adds each result's type, picture, summary and filters).
//
// The index is written into the folder being built (the build's staging folder), so a
// failed build publishes no index, and the index never lists a page that is not there.

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
  milliseconds: number;
}

export class SearchIndexError extends Error {}

/** Indexes the HTML pages under `siteDir` and writes the index to `siteDir`/pagefind/. */
export async function writeSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  // Imported here: the binary is started on first use, and only a build that gets this far needs it.
  const pagefind = await import("pagefind");
  const outputPath = path.join(siteDir, SEARCH_BUNDLE_DIR);
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new SearchIndexError(created.errors.join("; ") || "Pagefind could not start");
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors.join("; "));
    // A previous build's index in the same folder would mix with this one.
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
  const files: string[] = [];
  const languages = new Set<string>();
  for (const entry of readdirSync(outputPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.parentPath === outputPath && UNUSED.test(entry.name)) {
      rmSync(file);
      continue;
    }
    const language = /^pagefind\.([a-z]{2})_[0-9a-f]+\.pf_meta$/.exec(entry.name);
    if (language) languages.add(language[1]!);
    files.push(file);
  }
  const pages = await countPages(outputPath);
  return { pages, languages: [...languages].sort(), files, milliseconds: performance.now() - started };
}

async function countPages(outputPath: string): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import { loadSite, SITE_CONFIG_FILE, type LoadOptions } from "../content/load.ts";
import type { SiteModel } from "../content/model.ts";
import { compareProblems, type ContentProblem } from "../content/problems.ts";
import { defaultImageCacheDir } from "../images/cache.ts";
import { processImages, type ImageReport } from "../images/pipeline.ts";
import { publishImages } from "../images/publish.ts";
import { writePostcards } from "../outputs/postcards/write.ts";
import { writePacks } from "../outputs/packs/write.ts";
import { displayPath } from "../content/collections.ts";
import { parseYamlFile } from "../content/source-file.ts";
import { keyPassword, KeyPasswordError, type KeyPassword } from "../outputs/packs/key-password.ts";

/** The teaching packs' answer keys: how many packs, and where the password that protects them came from (none: not published). */
export interface KeyReport {
  packs: number;
  protectedWith?: string;
}
import { writeFlyers } from "../outputs/flyers/write.ts";
import { SEARCH_BUNDLE_DIR, writeSearchIndex, type SearchIndexReport } from "../outputs/search/pagefind.ts";
import { offlinePageFiles, writeOfflineFiles, type OfflineReport } from "../outputs/offline/write.ts";
import { languageData } from "../site/languages.ts";
import { mediaFiles } from "./media.ts";
import { providePreloadedModel } from "./model-data.ts";
import { PageWriter, writePagesInBackground } from "./page-writes.ts";
import { renderDirectPages } from "./direct-pages.ts";
import configureEleventy from "../../.eleventy.js";

export interface BuildOptions extends LoadOptions {
  contentDir: string;
  outputDir: string;
  /** The folder holding .eleventy.js and layouts/ (the project root). */
  projectDir?: string;
  /** The image cache (default: node_modules/.cache/schachtbok/images). */
  imageCacheDir?: string;
}

export type BuildResult =
  | { ok: true; model: SiteModel; problems: ContentProblem[]; files: number; images: ImageReport; search: SearchIndexReport; offline: OfflineReport; keys: KeyReport }
  | { ok: false; problems: ContentProblem[]; error?: Error };

/** The hidden folder next to the output where the next site is rendered. */
export function stagingDirFor(outputDir: string): string {
  return path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.staging`);
}

/**
 * Validates the content, renders the site into a staging folder next to the
 * output and swaps it in only when everything succeeded: a failed build leaves
 * the previous site exactly as it was.
 *
 * The staging folder holds the site from two builds ago. Overwriting its files
 * costs a fraction of creating new ones (and of deleting the old site), so it
 * is reused: after rendering, files this build did not write are removed, and
 * after the swap the previous site becomes the next staging folder.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { model, problems } = await loadSite(path.resolve(options.contentDir), options);
  if (!model) return { ok: false, problems };
  // The answer keys' password, from the environment (never the content): set but unusable stops the build here.
  let password: KeyPassword | undefined;
  try {
    password = keyPassword();
  } catch (error) {
    if (error instanceof KeyPasswordError) return { ok: false, problems, error };
    throw error;
  }
  // Images before pages: the pages need their sizes, and a damaged photo stops the build here.
  const imageCacheDir = options.imageCacheDir ?? defaultImageCacheDir(options.projectDir);
  const images = await processImages(model, { cacheDir: imageCacheDir });
  problems.push(...images.problems);
  problems.sort(compareProblems);
  if (images.problems.some((problem) => problem.severity === "error")) return { ok: false, problems };
  // Eleventy is a large import: only pay for it when there is a site to build.
  const { Eleventy } = await import("@11ty/eleventy");

  const outputDir = path.resolve(options.outputDir);
  const staging = stagingDirFor(outputDir);
  const retired = `${staging}-${process.pid}`;
  await mkdir(staging, { recursive: true });

  // The search index first, into the same staging folder (src/outputs/search/); kept with the content
  // cache. It is made from the model, not from the pages, and before them: Pagefind's indexer takes
  // about 60 KB a page (13 GB at 212,000 pages) while this process holds only the model, not yet
  // Eleventy's pages as well.
  let search: SearchIndexReport;
  try {
    search = await writeSearchIndex(languageData(model).views, staging, { cacheDir: options.cache && path.join(path.dirname(options.cache.file), "search") });
  } catch (error) {
    return { ok: false, problems, error: new Error(`the search index could not be made: ${(error as Error).message}`) };
  }

  const projectDir = path.resolve(options.projectDir ?? process.cwd());
  const previousCwd = process.cwd();
  const written = new Set<string>();
  const rendered = new Map<string, string>();
  providePreloadedModel(model);
  try {
    // Eleventy resolves its folders from the working directory.
    process.chdir(projectDir);
    // The configuration comes in as a function rather than as a file for Eleventy to
    // import: the build runs bundled on plain Node.js (scripts/run.mjs), which cannot
    // import .ts files at run time.
    const eleventy = new Eleventy("layouts", staging, { configPath: false, config: configureEleventy, quietMode: true });
    // The pages the offline stores take, as rendered: the manifests read them from memory, not from the disk.
    const offlinePages = offlinePageFiles(languageData(model), staging);
    // Pages are written by a thread of their own, and every other page's memory is let go once handed over (page-writes.ts).
    const writer = new PageWriter((file) => offlinePages.has(file));
    try {
      await writePagesInBackground(eleventy, writer);
      const results = await eleventy.write();
      for (const file of writtenFiles(results)) written.add(path.resolve(projectDir, file));
      for (const { file, content } of renderedPages(results)) {
        const full = path.resolve(projectDir, file);
        if (offlinePages.has(full)) rendered.set(full, content);
      }
      // The pages per entry, which Eleventy's templates handed over (src/eleventy/direct-pages.ts).
      const direct = await renderDirectPages(staging, writer, (file) => offlinePages.has(file));
      for (const file of direct.files) written.add(file);
      for (const [file, content] of direct.kept) rendered.set(file, content);
    } finally {
      await writer.close();
    }
  } catch (error) {
    return { ok: false, problems, error: error as Error };
  } finally {
    providePreloadedModel(undefined);
    process.chdir(previousCwd);
  }
  for (const relative of mediaFiles(model).keys()) written.add(path.join(staging, ...relative.split("/")));
  for (const file of await publishImages(images.published, staging)) written.add(file);
  // Postcard PDFs last: a card whose text does not fit stops the build before the swap.
  const postcards = await writePostcards(model, staging, imageCacheDir);
  problems.push(...postcards.problems);
  problems.sort(compareProblems);
  if (postcards.problems.some((problem) => problem.severity === "error")) return { ok: false, problems };
  for (const file of postcards.files) written.add(file);
  const packs = await writePacks(model, staging, { password: password?.password, cacheDir: imageCacheDir });
  for (const file of packs.files) written.add(file);
  if (packs.basemap?.failure) {
    // Once per build: the maps are printed as before, without their background.
    const siteFile = path.join(path.resolve(options.contentDir), SITE_CONFIG_FILE);
    problems.push({
      file: displayPath(siteFile),
      line: parseYamlFile(displayPath(siteFile), siteFile, readFileSync(siteFile, "utf8")).lineOf(["packs", "basemap", "url"]),
      field: "packs.basemap.url",
      severity: "warning",
      message: `the teaching packs' maps are printed without their background map: ${packs.basemap.failure}`,
      hint: "build again with network; check the address if it stays; tiles fetched once are kept in the cache",
    });
    problems.sort(compareProblems);
  }
  // Every route's folded flyer (src/outputs/flyers/); one whose text does not fit is a warning.
  const flyers = await writeFlyers(model, staging, imageCacheDir, projectDir);
  for (const file of flyers.files) written.add(file);
  if (flyers.problems.length > 0) {
    problems.push(...flyers.problems);
    problems.sort(compareProblems);
  }
  // Last: the offline manifests list the files above by their size, and /sw.js carries their version.
  const offline = await writeOfflineFiles(languageData(model), staging, projectDir, (file) => written.has(file), rendered);
  for (const file of offline.files) written.add(file);
  const files = await pruneExcept(staging, written, new Map([[SEARCH_BUNDLE_DIR, search.files.length]]));

  if (existsSync(outputDir)) await rename(outputDir, retired);
  await rename(staging, outputDir);
  if (existsSync(retired)) await rename(retired, staging);
  const keys = { packs: model.packs.length, protectedWith: password?.source };
  return { ok: true, model, problems, files, images, search, offline, keys };
}

/** Output paths from the result of Eleventy's write(): passthrough copies and templates. */
function writtenFiles(results: unknown): string[] {
  const paths: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const record = value as { outputPath?: unknown; map?: Record<string, string> };
    if (typeof record.outputPath === "string") paths.push(record.outputPath);
    if (record.map) paths.push(...Object.values(record.map));
  };
  visit(results);
  return paths;
}

/** The pages in the result of Eleventy's write(), with their contents as written. */
function renderedPages(results: unknown): { file: string; content: string }[] {
  const pages: { file: string; content: string }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const record = value as { outputPath?: unknown; content?: unknown };
    if (typeof record.outputPath !== "string") return;
    // Buffers in npm run build (plugin.ts); those of pages written and let go are empty.
    if (typeof record.content === "string") pages.push({ file: record.outputPath, content: record.content });
    else if (Buffer.isBuffer(record.content)) pages.push({ file: record.outputPath, content: record.content.toString("utf8") });
  };
  visit(results);
  return pages;
}

/**
 * Removes every file (and emptied folder) under `directory` that is not in `keep`; returns how many
 * files remain. A top-level folder in `complete` was written whole by this build and is not listed
 * (the search index: half the files of the site).
 */
async function pruneExcept(directory: string, keep: Set<string>, complete: ReadonlyMap<string, number> = new Map()): Promise<number> {
  // Sync on purpose: Node 20's recursive fs.promises.readdir is about 8x slower
  // (measured: 0.5 s against 0.06 s for a 4000-page site).
  let remaining = 0;
  const entries = readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (!entry.isDirectory()) return [entry];
    if (complete.has(entry.name)) {
      remaining += complete.get(entry.name)!;
      return [];
    }
    return [entry, ...readdirSync(full, { recursive: true, withFileTypes: true })];
  });
  const needed = new Set<string>();
  for (const file of keep) {
    for (let folder = path.dirname(file); folder.length > directory.length && !needed.has(folder); folder = path.dirname(folder)) {
      needed.add(folder);
    }
  }
  const emptied: string[] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      if (!needed.has(full)) emptied.push(full);
    } else if (keep.has(full)) {
      remaining++;
    } else {
      await unlink(full);
    }
  }
  // Deepest first, so each folder is empty by the time it is removed.
  emptied.sort((a, b) => b.length - a.length);
  for (const folder of emptied) await rmdir(folder);
  return remaining;
}


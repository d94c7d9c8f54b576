import { existsSync, mkdirSync, rmSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ContentCache } from "../content/cache.ts";
import type { LanguageData } from "./languages.ts";
import { onlyEntriesChanged, pageGraph, pagesToRender, partialLanguageData, type PageGraph } from "./incremental.ts";

// npm start's rebuilds after an edit (see src/eleventy/incremental.ts for what is rendered
// again and why): the state kept from one rebuild to the next. The content cache in memory
// parses, validates and renders only the files that changed; the graph of the pages on disk
// says which pages an edit reaches.

/** Pages about the site itself that no entry's edit changes: only a full build renders them. */
const SITE_ONLY_TEMPLATES = ["pages/404.njk", "pages/search.njk", "data/sitemap.xml.njk", "data/robots.txt.njk"];

export class DevRebuilds {
  /** The front matter and rendered bodies of the content files, from the previous rebuild. */
  readonly cache = ContentCache.inMemory();
  /** The pages in the output folder: the graph of the last build that finished. */
  private onDisk: PageGraph | undefined;
  /** This build's graph, and the pages to render (undefined: all of them). */
  private planned: { graph: PageGraph | undefined; render: Set<string> | undefined } | undefined;
  /** Files changed since the last build that finished (a build stopped by a content error renders nothing). */
  private changedFiles: string[] = [];

  constructor(private readonly contentDir: string) {}

  /** eleventy.before: nothing planned until the content is loaded. */
  startBuild(): void {
    this.planned = undefined;
  }

  /** eleventy.beforeWatch: the files that changed. */
  filesChanged(files: readonly string[]): void {
    this.changedFiles.push(...files);
  }

  /** Decides what this build renders, from the new content. */
  plan(data: LanguageData): void {
    let graph: PageGraph | undefined;
    try {
      graph = pageGraph(data);
    } catch {
      // A model the graph cannot follow: every build is a full one.
    }
    const render =
      this.onDisk && graph && onlyEntriesChanged(this.changedFiles, this.contentDir) ? pagesToRender(this.onDisk, graph, this.changedFiles) : undefined;
    this.planned = { graph, render };
  }

  /** The pages to render in this build, or undefined for all. */
  get render(): ReadonlySet<string> | undefined {
    return this.planned?.render;
  }

  /** The language data for the templates: only the pages to render to paginate over. */
  languageData(data: LanguageData): LanguageData {
    return this.planned?.render ? partialLanguageData(data, this.planned.render) : data;
  }

  /** True for a template this build leaves as it is. */
  skips(inputPath: string): boolean {
    return this.planned?.render !== undefined && SITE_ONLY_TEMPLATES.some((name) => inputPath.endsWith(`/${name}`));
  }

  /** eleventy.after: the pages planned are on disk. */
  built(): void {
    if (!this.planned) return;
    this.onDisk = this.planned.graph;
    this.planned = undefined;
    this.changedFiles = [];
  }

  /**
   * Eleventy's watcher does not rebuild when a file is deleted, which left pages linking to
   * the deleted entry's page. A file it watches records each content file removed, so that
   * Eleventy rebuilds (a full rebuild: the addresses changed). Started by the dev server.
   */
  readonly removals = path.join(tmpdir(), `schachtbok-dev-${process.pid}`, "removed-content.txt");
  private removalWatcher: FSWatcher | undefined;

  watchRemovals(): void {
    if (this.removalWatcher) return;
    const root = path.resolve(this.contentDir);
    // There before Eleventy's watcher starts (after the first build), which watches only files that exist.
    mkdirSync(path.dirname(this.removals), { recursive: true });
    writeFileSync(this.removals, "");
    try {
      this.removalWatcher = watch(root, { recursive: true }, (event, name) => {
        // Only content files: an editor's temporary files come and go next to them.
        if (event !== "rename" || !name || !/\.(md|ya?ml)$/.test(name) || existsSync(path.join(root, name))) return;
        writeFileSync(this.removals, `${path.join(root, name)}\n`);
      });
      this.removalWatcher.unref();
      process.once("exit", () => rmSync(path.dirname(this.removals), { recursive: true, force: true }));
    } catch {
      // No recursive watching here: a removal shows with the next rebuild.
    }
  }
}

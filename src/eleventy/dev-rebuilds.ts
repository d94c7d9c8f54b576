import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ContentCache } from "../content/cache.ts";
import type { LanguageData } from "../site/languages.ts";
import { onlyEntriesChanged, pageGraph, pagesToRender, partialLanguageData, type PageGraph } from "./incremental.ts";

// npm start's rebuilds after an edit (see src/eleventy/incremental.ts for what is rendered
// again and why): the state kept from one rebuild to the next. The content cache in memory
// parses, validates and renders only the files that changed; the graph of the pages on disk
// says which pages an edit reaches.

/** How long the content folder must be quiet before a rebuild starts (an editor may save in several writes). */
const CONTENT_SETTLE_MS = 50;

/** The files content is made of: texts, settings, images, audio, tracks. */
const CONTENT_FILE = /\.(md|ya?ml|jpe?g|png|webp|avif|gif|tiff?|svg|mp3|m4a|ogg|opus|wav|gpx|pdf)$/i;

/** Pages about the site itself that no entry's edit changes: only a full build renders them. */
const SITE_ONLY_TEMPLATES = ["pages/404.njk", "pages/search.njk", "data/sitemap.xml.njk", "data/robots.txt.njk"];

export class DevRebuilds {
  /** The front matter and rendered bodies of the content files, from the previous rebuild. */
  readonly cache = ContentCache.inMemory();
  /** The pages in the output folder: the graph of the last build that finished. */
  private onDisk: PageGraph | undefined;
  /** This build's graph, and the pages to render (undefined: all of them). */
  private planned: { graph: PageGraph | undefined; render: Set<string> | undefined; files: number } | undefined;
  /** Files changed since the last build that finished (a build stopped by a content error renders nothing). */
  private changedFiles: string[] = [];

  constructor(private readonly contentDir: string) {
    // One per project and content folder, kept from one npm start to the next (so none pile up).
    const key = createHash("sha1").update(`${process.cwd()}\n${path.resolve(contentDir)}`).digest("hex").slice(0, 12);
    this.changes = path.join(tmpdir(), "schachtbok-dev", key, "content-changed");
  }

  /** eleventy.before: nothing planned until the content is loaded. */
  startBuild(): void {
    this.planned = undefined;
  }

  /** eleventy.beforeWatch: the files that changed (the content folder's come from watchContent). */
  filesChanged(files: readonly string[]): void {
    this.changedFiles.push(...files.filter((file) => path.resolve(file) !== this.changes));
  }

  /** Decides what this build renders, from the new content. */
  plan(data: LanguageData): void {
    let graph: PageGraph | undefined;
    try {
      graph = pageGraph(data);
    } catch {
      // A model the graph cannot follow: every build is a full one.
    }
    const files = [...this.changedFiles];
    const render = this.onDisk && graph && onlyEntriesChanged(files, this.contentDir) ? pagesToRender(this.onDisk, graph, files) : undefined;
    this.planned = { graph, render, files: files.length };
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
    // Files changed while this build ran are for the next one.
    this.changedFiles.splice(0, this.planned.files);
    this.planned = undefined;
  }

  /**
   * The content folder is watched here, not by Eleventy. Its watcher (chokidar) reads a whole
   * folder again on every change in it, and checks each name against its patterns: for a
   * folder of 4000 monuments, 0.2 s of the processor on every save, 2.5 s at 50,000. Nor did
   * it rebuild when a file was deleted, which left pages linking to the deleted entry. Node's
   * own recursive watcher reports the file; after a short pause, the changed files are
   * written to `changes`, a file Eleventy watches, which starts its rebuild.
   */
  readonly changes: string;
  private contentWatcher: FSWatcher | undefined;
  private pendingChanges = new Set<string>();
  private settle: NodeJS.Timeout | undefined;

  watchContent(): void {
    if (this.contentWatcher) return;
    const root = path.resolve(this.contentDir);
    // There before Eleventy's watcher starts (after the first build): it watches only files that exist.
    mkdirSync(path.dirname(this.changes), { recursive: true });
    writeFileSync(this.changes, "");
    this.contentWatcher = watch(root, { recursive: true }, (_event, name) => {
      // Editors' swap, backup and lock files come and go next to the content.
      if (!name || /(^|[\\/])\.|~$|\.sw[a-p]$/.test(name)) return;
      this.pendingChanges.add(path.join(root, name));
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.reportChanges(root), CONTENT_SETTLE_MS);
    });
    this.contentWatcher.unref();
  }

  private reportChanges(root: string): void {
    const files = [...this.pendingChanges].sort();
    this.pendingChanges.clear();
    // Files only (a folder's event names the folder). One no longer there was deleted, unless it
    // was an editor's temporary file (saved under a name of its own, then renamed over the file).
    const changed = files.filter((file) => (existsSync(file) ? statSync(file).isFile() : CONTENT_FILE.test(file)));
    if (changed.length === 0) return;
    this.changedFiles.push(...changed);
    for (const file of changed.slice(0, 5)) console.log(`Content ${existsSync(file) ? "changed" : "deleted"}: ${path.relative(process.cwd(), file).split(path.sep).join("/")}`);
    if (changed.length > 5) console.log(`… and ${changed.length - 5} more in ${path.relative(process.cwd(), root) || "."}`);
    writeFileSync(this.changes, `${changed.join("\n")}\n`);
  }
}

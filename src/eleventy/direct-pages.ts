import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { hasPreloadedModel } from "./model-data.ts";
import type { PageWriter } from "./page-writes.ts";

// npm run build: the one-page-per-entry templates (monuments, stories, routes, municipalities,
// postcard series, teaching packs, the pages of the long monument lists) render their pages here,
// not through Eleventy's pagination.
//
// For every page of a paginated template Eleventy clones the template, wraps the page's data in a
// proxy, renders the permalink, works out the output paths, and for each layout copies all of the
// page's data into a new object before rendering it. At 4000 monuments the monument pages were
// 1.3 s of a 2.9 s build, of which Nunjucks' own rendering is about half. Here the same layouts
// (the chain named in the template's front matter, compiled once by Eleventy's own Nunjucks
// environment, with every filter) render each entry with one context: the data Eleventy made for
// the template, with the page's own fields set on it (its item under the alias, `page.url`, and
// `pagination` with `items`, `pages` and `pageNumber`: not the links to the next and previous pages,
// which no page per entry shows).
//
// How: the template's pagination has `before: (items, data) => data.directPages.take(items, data)`.
// Eleventy calls it with the template's full data (global data, directory data, front matter,
// layout front matter) when it works out the pages; in npm run build take() keeps the items and
// that data here and gives Eleventy none to paginate. After Eleventy's write(), renderDirectPages
// renders them. The dev server (npm start) gets the items back: Eleventy renders them as any page,
// and renders again only the pages an edit reaches (incremental.ts). Both give the same bytes
// (tests/eleventy/direct-pages.test.ts compares them on the sample region and a synthetic one).

/** How many rendered pages may wait to be written before rendering pauses. */
const WRITES_AHEAD = 64;

/** The template's data as Eleventy hands it to `pagination.before`. */
type TemplateData = Record<string, unknown> & {
  pagination: { data: string; size: number; alias?: string };
  permalink: (data: Record<string, unknown>) => string;
  layout?: string;
  page?: Record<string, unknown>;
  eleventy?: { directories?: { layouts?: string; includes?: string } };
};

interface Taken {
  items: unknown[];
  data: TemplateData;
}

interface NunjucksTemplate {
  render(context: Record<string, unknown>): string;
}
interface NunjucksLibrary {
  Template: new (source: string, environment: unknown, path: string, eagerCompile: boolean) => NunjucksTemplate;
}

// Kept on globalThis, as the preloaded model (model-data.ts): Eleventy may import this module again.
const REGISTRY = Symbol.for("schachtbok.directPages");
interface Registry {
  taken: Taken[];
  nunjucks?: { library: NunjucksLibrary; environment: unknown };
}
const registry = ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= { taken: [] });

/** Whether renderDirectPages is on: npm run build, unless SCHACHTBOK_DIRECT_PAGES=0 (tests compare both). */
function directPagesOn(): boolean {
  return hasPreloadedModel() && process.env.SCHACHTBOK_DIRECT_PAGES !== "0";
}

/** Global data `directPages` for the templates' `pagination.before`. */
export const directPagesData = Object.freeze({
  /** The items Eleventy is to paginate: all of them on the dev server, none in npm run build (kept for renderDirectPages). */
  take(items: unknown[], data: TemplateData): unknown[] {
    // Only templates of one page per item whose own content is empty (no template engine for it) and
    // without computed data: the pages here are their layouts, with the data as it is before pagination.
    if (!directPagesOn() || data.pagination.size !== 1 || data.templateEngineOverride !== false || data.eleventyComputed) return items;
    registry.taken.push({ items, data });
    return [];
  },
});

/** Eleventy glue: the Nunjucks environment Eleventy renders with, and `directPages` for the templates. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function directPagesPlugin(eleventyConfig: any): void {
  eleventyConfig.addGlobalData("directPages", directPagesData);
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }: { nunjucks: NunjucksLibrary; environment: unknown }) => {
    registry.nunjucks = { library: nunjucks, environment };
  });
  eleventyConfig.on("eleventy.before", () => {
    registry.taken = [];
  });
}

export interface DirectPagesResult {
  /** Every file written (absolute paths). */
  files: string[];
  /** The pages `keep` asked for, as rendered. */
  kept: Map<string, string>;
}

/**
 * Renders the pages the templates handed over in Eleventy's last write() (npm run build) and has
 * `writer` write them into `outputDir`, the folder Eleventy wrote to. `keep(file)` names the pages
 * whose text the build reads afterwards (the offline manifests'): they are returned as rendered.
 */
export async function renderDirectPages(outputDir: string, writer: PageWriter, keep: (file: string) => boolean = () => false): Promise<DirectPagesResult> {
  const taken = registry.taken;
  registry.taken = [];
  const result: DirectPagesResult = { files: [], kept: new Map() };
  if (!taken.length) return result;
  const nunjucks = registry.nunjucks;
  if (!nunjucks) throw new Error("Eleventy's Nunjucks environment was not found (the direct-pages plugin is not in the configuration).");
  const layouts = new LayoutChains(nunjucks.library, nunjucks.environment);
  const writes = new Set<Promise<void>>();
  let failure: unknown;
  for (const { items, data } of taken) {
    const { chain, layoutData } = layouts.chain(data);
    const { data: dataKey, size, alias } = data.pagination;
    const inputPath = String(data.page?.inputPath ?? "");
    for (const [pageNumber, item] of items.entries()) {
      // As Eleventy's pagination gives each page (size 1): its item under the alias, and `pagination`.
      const context: Record<string, unknown> = {
        ...layoutData,
        ...data,
        pagination: { data: dataKey, size, alias, items: [item], pages: items, pageNumber },
        page: { ...data.page },
      };
      if (alias) context[alias] = item;
      const url = data.permalink(context);
      const file = path.join(outputDir, ...url.split("/"), url.endsWith("/") ? "index.html" : "");
      Object.assign(context.page as object, { url, outputPath: file });
      let content = "";
      try {
        for (const layout of chain) content = layout.render({ content, ...context });
      } catch (error) {
        throw new Error(`Having trouble rendering ${inputPath} for ${url}: ${messages(error)}`, { cause: error });
      }
      if (keep(file)) result.kept.set(file, content);
      result.files.push(file);
      // Written in the background (page-writes.ts), each folder made once; a failed write stops the build
      // below. At most WRITES_AHEAD pages wait for the disk: the rest are not rendered yet.
      const write = writer
        .write(file, Buffer.from(content))
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => writes.delete(write));
      writes.add(write);
      if (writes.size >= WRITES_AHEAD) await Promise.race(writes);
      if (failure) break;
    }
  }
  await Promise.all(writes);
  if (failure) throw failure;
  return result;
}

/** An error's message and those of its causes (Nunjucks and Eleventy wrap a filter's error in theirs). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let current = error; current instanceof Error && parts.length < 5; ) {
    if (!parts.includes(current.message)) parts.push(current.message);
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return parts.join(": ") || String(error);
}

/** The layout chains of the templates, each layout compiled once. */
class LayoutChains {
  #compiled = new Map<string, { template: NunjucksTemplate; data: Record<string, unknown> }>();

  constructor(
    private readonly nunjucks: NunjucksLibrary,
    private readonly environment: unknown,
  ) {}

  /**
   * The layouts a page of this template goes through, innermost first, and the data of their front
   * matter (the inner layout's over the outer's; the template's own data goes over both, as in Eleventy).
   */
  chain(data: TemplateData): { chain: { render(context: Record<string, unknown>): string }[]; layoutData: Record<string, unknown> } {
    // Eleventy looks for layouts in the includes folder unless a layouts folder is set.
    const folder = data.eleventy?.directories?.layouts ?? data.eleventy?.directories?.includes;
    if (!folder) throw new Error("Eleventy's data has no layouts folder (eleventy.directories.layouts).");
    const chain: NunjucksTemplate[] = [];
    const layers: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (let name = data.layout; name; ) {
      if (seen.has(name)) throw new Error(`The layout ${name} includes itself.`);
      seen.add(name);
      const layout = this.#layout(path.join(folder, name));
      chain.push(layout.template);
      layers.unshift(layout.data);
      name = typeof layout.data.layout === "string" ? layout.data.layout : undefined;
    }
    return {
      // Rendered synchronously: none of the filters is asynchronous (Nunjucks throws if one is).
      chain: chain.map((template) => ({ render: (context: Record<string, unknown>) => template.render(context) })),
      layoutData: Object.assign({}, ...layers),
    };
  }

  #layout(file: string): { template: NunjucksTemplate; data: Record<string, unknown> } {
    let layout = this.#compiled.get(file);
    if (!layout) {
      const { content, data } = matter(readFileSync(file, "utf8"));
      // As Eleventy compiles a layout (Engines/Nunjucks.js): the text after the front matter, by path.
      layout = { template: new this.nunjucks.Template(content, this.environment, file, false), data };
      this.#compiled.set(file, layout);
    }
    return layout;
  }
}

import path from "node:path";
import type { LanguageData } from "../site/languages.ts";

// npm start at thousands of monuments: after an edit of one content file, render only the
// pages that can show something of it, instead of every page of the site (which takes
// seconds). Pure: the plugin (src/eleventy/plugin.ts) compares the language data of the
// pages on disk with the new one, and feeds Eleventy's pagination only the pages to render.
// Eleventy leaves the other files in the output folder as they are.
//
// The pages made one per item (a monument, route, story, municipality, series or pack in a
// language, a page of a long list) are the nodes of a graph; the entries an item holds (a
// route's monuments, a monument's stories and municipality) are its references. A page is
// rendered again when its entry's file changed, or when an entry it refers to has a file that
// changed, before the edit or after it (a route page shows its stops' monuments; a monument
// page its stories and routes as cards). An entry is made from its own file and the entries
// it refers to, so nothing else can have changed. Of an entry two references away, a page
// shows only what the entry between holds itself (a stop's name; a route's distance, computed
// from its monuments' places): it is rendered again when that entry between changed as well,
// found by comparing it before and after. Templates must keep to this: a page that showed, say,
// the stories of a route's monuments would not be rendered again after such a story's edit.
// A page of a long list is rendered again when its list changed (an edit can move a monument
// from one page to another, and all pages between shift by one). A municipality page also
// lists what lies in it (filters find that in the whole model), so it is rendered again when
// a changed entry refers to it, directly or through one other entry that changed as well.
// The pages about the whole site (home, map, listings, data files) are rendered again on
// every change. Anything else (an entry added, removed or renamed, so that addresses change;
// site.yaml, media, templates) asks for a full rebuild.

/** The lists of LanguageData that Eleventy paginates over, one page per item. */
export const PAGED_LISTS = ["monuments", "routes", "stories", "municipalities", "series", "packs", "monumentLists", "cardLists"] as const;
type PagedList = (typeof PAGED_LISTS)[number];
const LIST_PAGES: readonly PagedList[] = ["monumentLists", "cardLists"];

/** How many references from a page are followed to find what it shows. */
const DEPTH = 2;

export interface PageGraph {
  /** The addresses of the entries each page's item holds. */
  refs: Map<string, Set<string>>;
  /** Each page's entry's source file (absolute), when it has one. */
  sources: Map<string, string>;
  /** The pages of long lists: what they list, in order, and their texts. */
  lists: Map<string, string>;
  /** The addresses of the municipality pages. */
  municipalities: Set<string>;
  /** Each page's item, by address. */
  items: Map<string, object>;
}

/** An entry with a page of its own: it has an address and a slug. List pages have no slug: they are nodes, never references. */
function isEntry(value: object): value is { url: string; slug: string } {
  return typeof (value as { url?: unknown }).url === "string" && typeof (value as { slug?: unknown }).slug === "string";
}

/** The addresses of the entries `item` holds, at any depth (not through another entry). */
export function referencesOf(item: object): Set<string> {
  const refs = new Set<string>();
  const walk = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== "object") return;
    if (depth > 0 && isEntry(value)) {
      refs.add(value.url);
      return;
    }
    // A cycle that does not pass through an entry: the caller does a full rebuild.
    if (depth > 40) throw new Error("the content model is nested too deeply to follow");
    // Lists of numbers or texts (a route's track: thousands of points) hold no entries.
    if (Array.isArray(value) && value.length > 0 && (value[0] === null || typeof value[0] !== "object")) return;
    if (Array.isArray(value) || value instanceof Set) {
      for (const element of value) walk(element, depth + 1);
    } else if (value instanceof Map) {
      for (const element of value.values()) walk(element, depth + 1);
    } else {
      for (const key in value) walk((value as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(item, 0);
  refs.delete((item as { url?: string }).url ?? "");
  return refs;
}

/** An item's contents as text, the entries in it by address: two are equal when its page shows the same of it. */
function contentText(page: object): string {
  return JSON.stringify(page, (key, value: unknown) => (key !== "" && value !== null && typeof value === "object" && isEntry(value) ? `@${value.url}` : value));
}

export function pageGraph(data: LanguageData): PageGraph {
  const graph: PageGraph = { refs: new Map(), sources: new Map(), lists: new Map(), municipalities: new Set(), items: new Map() };
  for (const list of PAGED_LISTS) {
    for (const item of data[list] as readonly { url: string; source?: { path: string } }[]) {
      graph.refs.set(item.url, referencesOf(item));
      if (item.source) graph.sources.set(item.url, path.resolve(item.source.path));
      graph.items.set(item.url, item);
      if (LIST_PAGES.includes(list)) graph.lists.set(item.url, contentText(item));
      if (list === "municipalities") graph.municipalities.add(item.url);
    }
  }
  return graph;
}

/** The entry file a changed file belongs to: a translation (monument.en.md) to its original (monument.md). */
function entryFile(file: string): string {
  return path.resolve(file).replace(/\.[a-z]{2}\.md$/, ".md");
}

/**
 * The addresses of the pages to render again after `previous` (the pages on disk) became
 * `next` through changes to `changedFiles`; undefined when every page must be (an address
 * was added or removed).
 */
export function pagesToRender(previous: PageGraph, next: PageGraph, changedFiles: readonly string[]): Set<string> | undefined {
  if (previous.refs.size !== next.refs.size) return undefined;
  for (const url of next.refs.keys()) if (!previous.refs.has(url)) return undefined;
  const files = new Set(changedFiles.map(entryFile));
  const changed = new Set<string>();
  for (const graph of [previous, next]) {
    for (const [url, source] of graph.sources) if (files.has(source)) changed.add(url);
  }
  for (const [url, text] of next.lists) if (previous.lists.get(url) !== text) changed.add(url);
  // A page shows what its entry refers to, but of the entries those refer to only what was
  // copied into them (a stop's name) or computed from them (a route's distance): it needs an
  // entry two references away only when the one between changed as well.
  const itemChanged = new Map<string, boolean>();
  const changedItself = (url: string): boolean => {
    let result = itemChanged.get(url);
    if (result === undefined) {
      const before = previous.items.get(url);
      const after = next.items.get(url);
      result = changed.has(url) || !before || !after || contentText(before) !== contentText(after);
      itemChanged.set(url, result);
    }
    return result;
  };
  const render = new Set(changed);
  for (const graph of [previous, next]) {
    // Pages that reach a changed entry within DEPTH references: walk the references backwards.
    const referrers = new Map<string, string[]>();
    for (const [url, refs] of graph.refs) {
      for (const ref of refs) {
        let list = referrers.get(ref);
        if (!list) referrers.set(ref, (list = []));
        list.push(url);
      }
    }
    let frontier = [...changed];
    for (let step = 0; step < DEPTH; step++) {
      const reached: string[] = [];
      for (const url of frontier) {
        for (const referrer of referrers.get(url) ?? []) {
          if (render.has(referrer) || (step > 0 && !changedItself(url))) continue;
          render.add(referrer);
          reached.push(referrer);
        }
      }
      frontier = reached;
    }
    // Municipality pages list what refers to them: follow the changed entries' references forwards.
    for (const url of changed) {
      for (const ref of graph.refs.get(url) ?? []) {
        if (graph.municipalities.has(ref)) {
          render.add(ref);
          continue;
        }
        if (!changedItself(ref)) continue;
        for (const second of graph.refs.get(ref) ?? []) if (graph.municipalities.has(second)) render.add(second);
      }
    }
  }
  return render;
}

/** The language data with only the pages in `render` to paginate over; everything else as it is. */
export function partialLanguageData(data: LanguageData, render: ReadonlySet<string>): LanguageData {
  const lists = Object.fromEntries(PAGED_LISTS.map((list) => [list, (data[list] as readonly { url: string }[]).filter((item) => render.has(item.url))])) as Pick<LanguageData, PagedList>;
  return Object.freeze({ ...data, ...lists, views: render.size > 0 ? data.views : [] });
}

/** The content folders whose files are entries: a change to anything else asks for a full rebuild. */
const ENTRY_FOLDERS = new Set(["monuments", "routes", "stories", "series", "packs"]);

/** True when every changed file is an entry's Markdown file (or a translation of one) in the content folder. */
export function onlyEntriesChanged(changedFiles: readonly string[], contentDir: string): boolean {
  const root = path.resolve(contentDir);
  return (
    changedFiles.length > 0 &&
    changedFiles.every((file) => {
      const parts = path.relative(root, path.resolve(file)).split(path.sep);
      return parts.length >= 2 && ENTRY_FOLDERS.has(parts[0]!) && file.endsWith(".md");
    })
  );
}

import { createHash } from "node:crypto";
import type { Route } from "../../content/model.ts";
import { chooseCandidate, PHONE, type Viewport } from "./srcset.ts";

// What "Bewaar offline" stores for one route in one language: the route page, the pages of
// its stops and of their stories, what those pages load (stylesheets, scripts, the route's
// data) with the pictures a phone picks from their srcsets, the route's GPX and GeoJSON, and
// the map's code. Pure: the build hands in the model and a reader of the files it wrote;
// every entry carries its size on disk, and the manifest a version digest of their contents.

/** Bumped when the manifest's shape changes, so an older worker never misreads a newer one. */
export const MANIFEST_FORMAT = 1;

/** The offline version of a build: a digest of every route's version (and of the worker's code). */
export function buildVersion(manifests: readonly Pick<RouteOfflineManifest, "key" | "version">[], workerCode = ""): string {
  const hash = createHash("sha256").update(`${MANIFEST_FORMAT}\0${workerCode}\0`);
  for (const manifest of [...manifests].sort((a, b) => (a.key < b.key ? -1 : 1))) hash.update(`${manifest.key}\0${manifest.version}\0`);
  return hash.digest("hex").slice(0, 16);
}

/** Where a route's manifest is published. */
export function offlineManifestUrl(route: { slug: string; i18n: { lang: string } }): string {
  return `/offline/${route.i18n.lang}/${route.slug}.json`;
}

export type OfflineEntryKind = "page" | "picture" | "data" | "asset";

export interface OfflineEntry {
  /** Site URL as the pages ask for it (with its ?v= when they use one). */
  url: string;
  bytes: number;
  kind: OfflineEntryKind;
}

export interface RouteOfflineManifest {
  format: typeof MANIFEST_FORMAT;
  /** "nl/alle-zeven-mijnen": a route in a language, the unit a visitor stores. */
  key: string;
  lang: string;
  route: string;
  title: string;
  url: string;
  /** Digest of every entry's URL and bytes: changes whenever anything stored would change. */
  version: string;
  /** The offline version of the whole build (every route's version): its worker carries the same. */
  build: string;
  /** Totals, for the panel before it stores. */
  pages: number;
  bytes: number;
  entries: OfflineEntry[];
}

/** A file the build wrote: its size and a digest of its contents. */
export interface SiteFileInfo {
  bytes: number;
  digest: string;
}

/** Read access to the build's output, by site URL (a folder URL means its index.html). */
export interface OutputFiles {
  info(url: string): SiteFileInfo | undefined;
  html(url: string): string | undefined;
}

/** The pages stored with a route: the route, its stops' monuments, then their stories (each once). */
export function routePageUrls(route: Route): string[] {
  const urls = [route.url];
  const stories: string[] = [];
  for (const stop of route.stops) {
    if (stop.type !== "monument") continue;
    urls.push(stop.monument.url);
    for (const story of stop.monument.stories) stories.push(story.url);
  }
  return [...new Set([...urls, ...stories])];
}

// One expression per attribute name, made once: the pages of every route are read with them.
const ATTRIBUTES = new Map<string, RegExp>();
const ATTRIBUTE = (name: string) => {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  return pattern;
};

function attribute(tag: string, name: string): string | undefined {
  const value = ATTRIBUTE(name).exec(tag)?.[1];
  return value === undefined ? undefined : value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Only the site's own files: root-relative URLs, not protocol-relative or other hosts. */
function ownUrl(url: string | undefined): string | undefined {
  if (!url || !url.startsWith("/") || url.startsWith("//")) return undefined;
  return url.split("#")[0];
}

/**
 * What a page of the site loads of its own, read from its HTML (as the build wrote it):
 * stylesheets, scripts, preloaded data, a map's data source, and of every picture the file a
 * phone picks (WebP: every browser with service workers shows it).
 */
export function pageResources(html: string, viewport: Viewport = PHONE): { pictures: string[]; resources: string[] } {
  const pictures: string[] = [];
  const resources: string[] = [];
  const pictureBlocks = /<picture>([\s\S]*?)<\/picture>/g;
  for (const [, inner] of html.matchAll(pictureBlocks)) {
    const sources = [...inner!.matchAll(/<source\b[^>]*>/g)].map(([tag]) => tag);
    const webp = sources.find((tag) => attribute(tag, "type") === "image/webp") ?? sources[0];
    const img = /<img\b[^>]*>/.exec(inner!)?.[0];
    const chosen = webp ? chooseFrom(webp, viewport) : img ? chooseFrom(img, viewport) : undefined;
    if (chosen) pictures.push(chosen);
  }
  // Pictures outside a <picture>.
  for (const [tag] of html.replace(pictureBlocks, "").matchAll(/<img\b[^>]*>/g)) {
    const chosen = chooseFrom(tag, viewport);
    if (chosen) pictures.push(chosen);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, "rel") ?? "";
    if (/\b(stylesheet|preload|modulepreload|icon)\b/.test(rel)) resources.push(ownUrl(attribute(tag, "href")) ?? "");
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) resources.push(ownUrl(attribute(tag, "src")) ?? "");
  for (const [, source] of html.matchAll(/\sdata-map-source="([^"]*)"/g)) resources.push(ownUrl(source) ?? "");
  return { pictures: [...new Set(pictures.map((url) => ownUrl(url) ?? "").filter(Boolean))], resources: [...new Set(resources.filter(Boolean))] };
}

// The same picture is on many pages (a story's card on the page of each of its monuments, in
// every route that passes them): the file a phone picks is worked out once per tag.
const CHOSEN = new WeakMap<Viewport, Map<string, string | undefined>>();
/** Tags remembered per viewport at most (npm start runs for hours). */
const CHOSEN_LIMIT = 20_000;

function chooseFrom(tag: string, viewport: Viewport): string | undefined {
  let byTag = CHOSEN.get(viewport);
  if (!byTag) CHOSEN.set(viewport, (byTag = new Map()));
  if (byTag.has(tag)) return byTag.get(tag);
  const srcset = attribute(tag, "srcset");
  const chosen = srcset ? chooseCandidate(srcset, attribute(tag, "sizes"), viewport)?.url : attribute(tag, "src");
  if (byTag.size >= CHOSEN_LIMIT) byTag.clear();
  byTag.set(tag, chosen);
  return chosen;
}

function kindOf(url: string): OfflineEntryKind {
  if (url.startsWith("/img/")) return "picture";
  if (/\.(geojson|gpx|json)(\?|$)/.test(url)) return "data";
  return "asset";
}

/** The path of a URL without its query: two URLs of one file are stored once. */
export function filePath(url: string): string {
  return url.split("?")[0]!;
}

/**
 * The manifest of one route in one language. `shared` are files every stored route takes along
 * (the map's code and images, the site's stylesheet). URLs the output does not hold are left
 * out and returned in `missing`: storing them would fail.
 */
export function routeManifest(route: Route, files: OutputFiles, shared: readonly string[], viewport: Viewport = PHONE): { manifest: RouteOfflineManifest; missing: string[] } {
  const entries = new Map<string, OfflineEntry>();
  const missing: string[] = [];
  const add = (url: string, kind: OfflineEntryKind) => {
    const path = filePath(url);
    if (entries.has(path)) return;
    const info = files.info(url);
    if (!info) return void missing.push(url);
    entries.set(path, { url, bytes: info.bytes, kind });
  };
  const pages = routePageUrls(route).filter((url) => files.html(url) !== undefined);
  for (const url of pages) add(url, "page");
  for (const url of pages) {
    const { pictures, resources } = pageResources(files.html(url)!, viewport);
    for (const resource of resources) add(resource, kindOf(resource));
    for (const picture of pictures) add(picture, "picture");
  }
  add(route.downloads.geojson, "data");
  add(route.downloads.gpx, "data");
  for (const url of shared) add(url, kindOf(url));

  const list = [...entries.values()];
  const hash = createHash("sha256").update(`${MANIFEST_FORMAT}\0`);
  for (const entry of list) hash.update(`${entry.url}\0${files.info(entry.url)!.digest}\0`);
  const key = `${route.i18n.lang}/${route.slug}`;
  return {
    manifest: {
      format: MANIFEST_FORMAT,
      key,
      lang: route.i18n.lang,
      route: route.slug,
      title: route.title,
      url: route.url,
      version: hash.digest("hex").slice(0, 16),
      build: "",
      pages: list.filter((entry) => entry.kind === "page").length,
      bytes: list.reduce((sum, entry) => sum + entry.bytes, 0),
      entries: list,
    },
    missing,
  };
}

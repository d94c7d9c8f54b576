import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync, type BuildOptions } from "esbuild";
import type { SiteModel } from "../content/model.ts";
import { mapConfigJson } from "../client/config.ts";
import { kindCode } from "../client/kinds.ts";
import type { Lang } from "../i18n/locales.ts";

// The browser side of the maps (src/client/), bundled with esbuild into one
// script and one stylesheet, Leaflet and markercluster included: no CDN.
//
// Bundling runs when Eleventy reads its configuration, so `npm run build` and
// `npm start` both have it. The result goes to node_modules/.cache/schachtbok/
// client/<digest>/ and is passthrough-copied to /assets/map/. A manifest keeps
// the digest of every file that went into the bundle: while none changed, the
// bundle is reused without running esbuild (a build then pays a few ms).

/** Where the bundle is published. */
export const MAP_ASSETS_URL = "/assets/map";

/** What a map page loads, besides the site's stylesheet. */
const ENTRY_POINTS = [
  { in: "src/client/main.ts", out: "map" },
  { in: "src/client/map.css", out: "map" },
  // The filters of the pack listing: a few hundred bytes, so they get their own file.
  { in: "src/client/pack-filter.ts", out: "pack-filter" },
  // The search page's script (Pagefind's own script comes with the index, from /pagefind/).
  { in: "src/client/search.ts", out: "search" },
  // The phone menu, on every page: a few hundred bytes.
  { in: "src/client/nav.ts", out: "nav" },
  // The "Bewaar offline" panel of route pages (the worker itself is made per build: src/outputs/offline/).
  { in: "src/client/offline.ts", out: "offline" },
];

/** esbuild options apart from the folders; part of the cache key. */
const OPTIONS: BuildOptions = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  platform: "browser",
  // Leaflet.css refers to images of controls and default icons the site does not use
  // (markers are CSS); copied anyway, so no URL in the stylesheet points nowhere.
  loader: { ".png": "file", ".svg": "file" },
  assetNames: "[name]-[hash]",
  legalComments: "eof",
  charset: "utf8",
  logLevel: "silent",
};

export interface ClientBundle {
  /** Absolute folder holding map.js, map.css and their images. */
  directory: string;
  /** The digest of the output, for cache-busting URLs. */
  digest: string;
  /** URLs to put in a page: /assets/map/map.js?v=<digest>. */
  js: string;
  css: string;
  packFilter: string;
  search: string;
  nav: string;
  offline: string;
  /** False when the cached bundle was reused. */
  rebuilt: boolean;
}

interface Manifest {
  inputsDigest: string;
  inputs: string[];
  digest: string;
}

function cacheRoot(projectDir: string): string {
  return path.join(projectDir, "node_modules", ".cache", "schachtbok", "client");
}

function digestOf(files: readonly string[]): string | undefined {
  const hash = createHash("sha256").update(JSON.stringify(OPTIONS)).update(JSON.stringify(ENTRY_POINTS));
  for (const file of files) {
    if (!existsSync(file)) return undefined;
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

function bundleFor(projectDir: string, directory: string, digest: string, rebuilt: boolean): ClientBundle {
  const version = digest.slice(0, 10);
  return {
    directory,
    digest,
    js: `${MAP_ASSETS_URL}/map.js?v=${version}`,
    css: `${MAP_ASSETS_URL}/map.css?v=${version}`,
    packFilter: `${MAP_ASSETS_URL}/pack-filter.js?v=${version}`,
    search: `${MAP_ASSETS_URL}/search.js?v=${version}`,
    nav: `${MAP_ASSETS_URL}/nav.js?v=${version}`,
    offline: `${MAP_ASSETS_URL}/offline.js?v=${version}`,
    rebuilt,
  };
}

/** Writes a file so that a parallel build never reads it half-written. */
function writeAtomically(file: string, contents: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/**
 * Bundles src/client/ (or reuses the cached bundle when no input changed; `force`
 * bundles anyway). Synchronous: it runs while Eleventy reads its configuration.
 */
export function bundleClient(projectDir = process.cwd(), { force = false } = {}): ClientBundle {
  const root = cacheRoot(projectDir);
  const manifestFile = path.join(root, "manifest.json");
  if (!force && existsSync(manifestFile)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
      const directory = path.join(root, manifest.digest.slice(0, 16));
      // Inputs of another checkout sharing this node_modules (a git worktree) are not this one's.
      const ours = manifest.inputs.every((file) => file.startsWith(path.resolve(projectDir) + path.sep));
      if (ours && digestOf(manifest.inputs) === manifest.inputsDigest && existsSync(path.join(directory, "map.js"))) {
        return bundleFor(projectDir, directory, manifest.digest, false);
      }
    } catch {
      // An unreadable manifest only means bundling again.
    }
  }

  const staging = path.join(root, "out");
  const result = buildSync({
    ...OPTIONS,
    entryPoints: ENTRY_POINTS.map((entry) => ({ in: path.join(projectDir, entry.in), out: entry.out })),
    absWorkingDir: projectDir,
    outdir: staging,
    write: false,
    metafile: true,
  });
  const outputs = result.outputFiles
    .map((file) => ({ name: path.relative(staging, file.path).split(path.sep).join("/"), contents: file.contents }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const outputHash = createHash("sha256");
  for (const output of outputs) outputHash.update(output.name).update("\0").update(output.contents).update("\0");
  const digest = outputHash.digest("hex");

  const directory = path.join(root, digest.slice(0, 16));
  if (!existsSync(path.join(directory, "map.js"))) {
    // Written next to its final place and renamed: a parallel build sees all of it or none.
    const temporary = `${directory}.${process.pid}.tmp`;
    rmSync(temporary, { recursive: true, force: true });
    for (const output of outputs) {
      const file = path.join(temporary, output.name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, output.contents);
    }
    try {
      renameSync(temporary, directory);
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another build got there first, with the same bytes
    }
  }
  const inputs = Object.keys(result.metafile!.inputs).map((input) => path.resolve(projectDir, input)).sort();
  writeAtomically(manifestFile, JSON.stringify({ inputsDigest: digestOf(inputs) ?? "", inputs, digest } satisfies Manifest, null, 2));
  // Bundles of older sources are no longer referenced by any manifest. Only those an hour old: a
  // build that started before the source changed may still be copying its bundle from there.
  const stale = Date.now() - 60 * 60 * 1000;
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name) && entry.name !== path.basename(directory) && statSync(path.join(root, entry.name)).mtimeMs < stale) {
      rmSync(path.join(root, entry.name), { recursive: true, force: true });
    }
  }
  return bundleFor(projectDir, directory, digest, true);
}

export interface MapAssetSize {
  /** Site URL, without the cache-busting query. */
  url: string;
  rawBytes: number;
  gzipBytes: number;
}

/**
 * What the overview map page (/kaart/) downloads of its own: the map script and
 * stylesheet (Leaflet and markercluster included), the menu's script and the site stylesheet, raw and
 * gzipped (zlib's default level, as web servers use). Not counted: the HTML, the
 * GeoJSON data, tiles, images. The issue's budget is 80 KB gzip in total.
 */
export function mapAssetSizes(projectDir = process.cwd()): MapAssetSize[] {
  const bundle = bundleClient(projectDir);
  const files: [url: string, file: string][] = [
    [`${MAP_ASSETS_URL}/map.js`, path.join(bundle.directory, "map.js")],
    [`${MAP_ASSETS_URL}/map.css`, path.join(bundle.directory, "map.css")],
    // The phone menu's script, which every page loads.
    [`${MAP_ASSETS_URL}/nav.js`, path.join(bundle.directory, "nav.js")],
    ["/assets/css/site.css", path.join(projectDir, "assets", "css", "site.css")],
  ];
  return files.map(([url, file]) => {
    const contents = readFileSync(file);
    return { url, rawBytes: contents.length, gzipBytes: gzipSync(contents).length };
  });
}

/** "map.js 45.1 KB, map.css 4.0 KB, site.css 2.6 KB: 51.7 KB gzip" */
export function describeMapAssetSizes(sizes: readonly MapAssetSize[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = sizes.reduce((sum, size) => sum + size.gzipBytes, 0);
  return `${sizes.map((size) => `${path.posix.basename(size.url)} ${kb(size.gzipBytes)}`).join(", ")}: ${kb(total)} gzip`;
}

/**
 * Eleventy glue: bundles, publishes the bundle at /assets/map/, and gives the
 * templates `mapAssets` ({ js, css } URLs) and the filters `mapConfigJson` and `mapKindCode`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function clientBundlePlugin(eleventyConfig: any): void {
  const projectDir = process.cwd();
  const bundle = bundleClient(projectDir);
  if (bundle.rebuilt) console.log(`Map scripts bundled (${describeMapAssetSizes(mapAssetSizes(projectDir))}).`);
  eleventyConfig.addPassthroughCopy({ [path.relative(projectDir, bundle.directory)]: MAP_ASSETS_URL.slice(1) });
  eleventyConfig.addGlobalData("mapAssets", { js: bundle.js, css: bundle.css, packFilter: bundle.packFilter, search: bundle.search, nav: bundle.nav, offline: bundle.offline });
  // Every map page of a language carries the same settings: computed once per site config and language
  // (each language's view of the site has its own config).
  const configJson = new WeakMap<SiteModel["config"], Map<string, string>>();
  eleventyConfig.addFilter("mapConfigJson", (config: SiteModel["config"], lang: Lang = "nl") => {
    let byLang = configJson.get(config);
    if (!byLang) configJson.set(config, (byLang = new Map()));
    let json = byLang.get(lang);
    if (json === undefined) byLang.set(lang, (json = mapConfigJson(config, lang)));
    return json;
  });
  // The letter a kind's marker shows, for the legend.
  eleventyConfig.addFilter("mapKindCode", kindCode);
}

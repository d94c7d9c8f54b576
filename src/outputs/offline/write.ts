import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { cachedBundle } from "../bundle-cache.ts";
import type { LanguageData } from "../../site/languages.ts";
import { buildVersion, filePath, offlineManifestUrl, routeManifest, routePageUrls, type OutputFiles, type RouteOfflineManifest, type SiteFileInfo } from "./manifest.ts";

// The build's offline files, written into its staging folder after everything else (the
// manifests list the files by their size on disk, so the files must be there):
//   /offline/<lang>/<route>.json  what storing a route downloads (manifest.ts)
//   /sw.js                        the service worker (src/client/service-worker.ts), with the
//                                 build's offline version and texts in it
// The dev server writes KILL_SWITCH_WORKER instead (src/eleventy/offline.ts).

/** Folders every stored route takes whole: the map's code and images, the site's stylesheet. */
const SHARED_FOLDERS = ["assets/map", "assets/css"];

/**
 * The dev server's /sw.js: a worker an earlier build registered on the same address (say
 * localhost:8080) is replaced by this one, which deletes the stored routes and unregisters, so
 * the dev server is never answered from a store. (The old worker answered pages from the network
 * first, so the page that brought this one in is the dev server's already.)
 */
export const KILL_SWITCH_WORKER = `// schachtbok dev server: no offline store here. Removes a worker an earlier build left behind.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith("schachtbok-offline")) await caches.delete(name);
    await self.registration.unregister();
  })());
});
`;

export interface OfflineReport {
  manifests: RouteOfflineManifest[];
  /** The build's offline version, also in /sw.js. */
  version: string;
  /** Referenced files the output does not hold, per route ("nl/route: /url"). */
  missing: string[];
  files: string[];
}

/** The file of a site URL in the output folder (a folder's URL: its index.html). */
function fileOf(outputDir: string, url: string): string {
  const sitePath = decodeURIComponent(filePath(url));
  return path.join(outputDir, ...sitePath.split("/").filter(Boolean), ...(sitePath.endsWith("/") ? ["index.html"] : []));
}

/** The files of the pages the offline stores take (the build keeps these pages as it rendered them). */
export function offlinePageFiles(data: LanguageData, outputDir: string): Set<string> {
  return new Set(data.routes.flatMap((route) => routePageUrls(route).map((url) => fileOf(outputDir, url))));
}

/**
 * Reads the output folder by site URL, each file once. `rendered` are pages as the build just
 * wrote them, by file: read from memory instead of from the disk.
 */
export function outputFiles(outputDir: string, rendered: ReadonlyMap<string, string> = new Map()): OutputFiles {
  // A stop's page is in the store of every route that passes it, in every language's copy: read once.
  const infos = new Map<string, SiteFileInfo | undefined>();
  const pages = new Map<string, string | undefined>();
  return {
    info(url) {
      const file = fileOf(outputDir, url);
      if (!infos.has(file)) {
        let info: SiteFileInfo | undefined;
        const page = rendered.get(file);
        try {
          if (page !== undefined) {
            info = { bytes: Buffer.byteLength(page), digest: createHash("sha256").update(page).digest("hex") };
          } else if (statSync(file).isFile()) {
            const bytes = readFileSync(file);
            info = { bytes: bytes.length, digest: createHash("sha256").update(bytes).digest("hex") };
          }
        } catch {
          info = undefined;
        }
        infos.set(file, info);
      }
      return infos.get(file);
    },
    html(url) {
      const file = fileOf(outputDir, url);
      if (!pages.has(file)) pages.set(file, !file.endsWith(".html") ? undefined : (rendered.get(file) ?? (existsSync(file) ? readFileSync(file, "utf8") : undefined)));
      return pages.get(file);
    },
  };
}

function sharedUrls(outputDir: string, isCurrent: (file: string) => boolean): string[] {
  return SHARED_FOLDERS.flatMap((folder) => {
    const full = path.join(outputDir, folder);
    if (!existsSync(full)) return [];
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => statSync(file).isFile() && isCurrent(file))
      .map((file) => `/${path.relative(outputDir, file).split(path.sep).join("/")}`)
      .sort();
  });
}

/** The worker's code, bundled (its build settings come in as the global __OFFLINE_BUILD__). */
function workerCode(projectDir: string): string {
  return cachedBundle(projectDir, "service-worker", {
    entryPoints: [path.join(projectDir, "src", "client", "service-worker.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    platform: "browser",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
}

/**
 * Writes every route's manifest in every language, and /sw.js. Returns what it wrote.
 * `isCurrent` tells the files this build wrote from those a reused staging folder still holds;
 * `rendered` holds pages as the build rendered them (see outputFiles).
 */
export async function writeOfflineFiles(
  data: LanguageData,
  outputDir: string,
  projectDir = process.cwd(),
  isCurrent: (file: string) => boolean = () => true,
  rendered: ReadonlyMap<string, string> = new Map(),
): Promise<OfflineReport> {
  const files = outputFiles(outputDir, rendered);
  const shared = sharedUrls(outputDir, isCurrent);
  const manifests: RouteOfflineManifest[] = [];
  const missing: string[] = [];
  for (const route of data.routes) {
    const result = routeManifest(route, files, shared);
    manifests.push(result.manifest);
    missing.push(...result.missing.map((url) => `${result.manifest.key}: ${url}`));
  }
  const code = workerCode(projectDir);
  const version = buildVersion(manifests, code);
  const written: string[] = [];
  const write = async (url: string, contents: string) => {
    const file = path.join(outputDir, ...url.split("/").filter(Boolean));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
    written.push(file);
  };
  for (const manifest of manifests) {
    manifest.build = version;
    await write(offlineManifestUrl({ slug: manifest.route, i18n: { lang: manifest.lang } }), `${JSON.stringify(manifest, null, 1)}\n`);
  }
  const build = {
    version,
    languages: data.views.map((view) => ({ lang: view.lang, prefix: view.paths.prefix })),
    texts: Object.fromEntries(data.views.map((view) => [view.lang, view.t.offline.fallback])),
  };
  await write("/sw.js", `// schachtbok's service worker for offline routes (src/client/service-worker.ts), build ${version}.\nconst __OFFLINE_BUILD__ = ${JSON.stringify(build)};\n${code}`);
  return { manifests, version, missing, files: written };
}

/** "Offline routes: 20 stores (5 routes in 4 languages), largest nl/alle-zeven-mijnen: 581 KB in 37 files, 16 pages." */
export function describeOfflineReport(report: Pick<OfflineReport, "manifests" | "missing">): string {
  const largest = [...report.manifests].sort((a, b) => b.bytes - a.bytes)[0];
  const routes = new Set(report.manifests.map((manifest) => manifest.route)).size;
  const languages = new Set(report.manifests.map((manifest) => manifest.lang)).size;
  const lines = [
    largest
      ? `Offline routes: ${report.manifests.length} stores (${routes} routes in ${languages} ${languages === 1 ? "language" : "languages"}), largest ${largest.key}: ${Math.round(largest.bytes / 1024)} KB in ${largest.entries.length} files, ${largest.pages} pages.`
      : "Offline routes: none (no routes).",
  ];
  // A page that asks for a file the build did not write: storing it would fail, so it is left out.
  for (const missing of report.missing) lines.push(`  not in the site, left out of the offline store: ${missing}`);
  return lines.join("\n");
}

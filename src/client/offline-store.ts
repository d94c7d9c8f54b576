import type { RouteOfflineManifest } from "../outputs/offline/manifest.ts";
import { CACHE_PREFIX, cacheNameFor, keyOfCache, orphanCaches, pictureFamily } from "./offline-plan.ts";

// The offline copies of routes, in the Cache Storage of the browser. Used by the route page's
// panel (src/client/offline.ts) to store and remove, and by the service worker
// (src/client/service-worker.ts) to answer requests and to replace copies after a new build.
//
// A copy is downloaded into a cache of its own, named after its version; only when every file
// is in does a record in the index cache point at it (written last: the commit), and only then
// are older copies of the route deleted. A download cut off halfway leaves a cache no record
// points at, which is removed later, and the previous copy (if any) keeps working.

/** The index: one small JSON response per stored route. */
const INDEX_CACHE = "schachtbok-offline-index";
const RECORD_PATH = "/__schachtbok-offline__/";

/** Set on the store's own downloads: the worker lets them through to the network. */
export const DOWNLOAD_HEADER = "X-Schachtbok-Offline";

export interface StoredRoute {
  /** "nl/alle-zeven-mijnen". */
  key: string;
  manifestUrl: string;
  url: string;
  title: string;
  lang: string;
  version: string;
  /** The cache holding this copy. */
  cache: string;
  /** What was stored, counted from the files themselves. */
  bytes: number;
  pages: number;
  files: number;
  storedAt: number;
  /** A newer build may have changed the route; it could not be checked yet. */
  outdated?: boolean;
  /** The build whose worker last found the copy current (or that it was stored from). */
  checkedBy?: string;
}

const recordUrl = (key: string) => `${RECORD_PATH}${key}.json`;

export async function storedRoutes(): Promise<StoredRoute[]> {
  // Reading makes no cache: a browser that never stored a route keeps none.
  if (!(await caches.has(INDEX_CACHE))) return [];
  const index = await caches.open(INDEX_CACHE);
  const records: StoredRoute[] = [];
  for (const request of await index.keys()) {
    const response = await index.match(request);
    try {
      if (response) records.push((await response.json()) as StoredRoute);
    } catch {
      // An unreadable record stores nothing.
    }
  }
  return records.sort((a, b) => b.storedAt - a.storedAt);
}

export async function storedRoute(key: string): Promise<StoredRoute | undefined> {
  if (!(await caches.has(INDEX_CACHE))) return undefined;
  const response = await (await caches.open(INDEX_CACHE)).match(recordUrl(key));
  return response ? ((await response.json()) as StoredRoute) : undefined;
}

async function writeRecord(record: StoredRoute): Promise<void> {
  const index = await caches.open(INDEX_CACHE);
  await index.put(recordUrl(record.key), new Response(JSON.stringify(record), { headers: { "Content-Type": "application/json" } }));
}

export async function updateRecord(key: string, change: Partial<StoredRoute>): Promise<void> {
  const record = await storedRoute(key);
  if (record) await writeRecord({ ...record, ...change });
}

/** Fetched past the worker, from the network, never from the HTTP cache. */
function download(url: string): Promise<Response> {
  return fetch(url, { cache: "no-store", headers: { [DOWNLOAD_HEADER]: "1" }, credentials: "same-origin" });
}

/** The manifest as the site has it now; a Response with its status when it is not there. */
export async function fetchManifest(manifestUrl: string): Promise<RouteOfflineManifest | Response> {
  const response = await download(manifestUrl);
  if (!response.ok) return response;
  return (await response.json()) as RouteOfflineManifest;
}

export interface StoreProgress {
  done: number;
  total: number;
}

/**
 * Stores the route of `manifestUrl` (or replaces its copy) and returns its record. All or
 * nothing: when one file fails, the new cache is deleted and the previous copy stays.
 */
export async function storeRoute(manifestUrl: string, onProgress?: (progress: StoreProgress) => void): Promise<StoredRoute> {
  // A build published during the download changes the manifest: then try once more.
  for (let attempt = 0; ; attempt++) {
    const manifest = await fetchManifest(manifestUrl);
    if (manifest instanceof Response) throw new Error(`${manifestUrl}: HTTP ${manifest.status}`);
    const name = cacheNameFor(manifest.key, manifest.version, Date.now().toString(36));
    try {
      const stored = await downloadInto(name, manifest, onProgress);
      const now = await fetchManifest(manifestUrl);
      if (!(now instanceof Response) && now.version !== manifest.version) {
        if (attempt === 0) {
          await caches.delete(name);
          continue;
        }
      }
      const record: StoredRoute = {
        key: manifest.key,
        manifestUrl,
        url: manifest.url,
        title: manifest.title,
        lang: manifest.lang,
        version: manifest.version,
        cache: name,
        bytes: stored.bytes,
        pages: manifest.pages,
        files: manifest.entries.length,
        storedAt: Date.now(),
        checkedBy: manifest.build,
      };
      await writeRecord(record);
      // The new copy is in use: only now do the older ones go.
      for (const other of await caches.keys()) {
        if (other !== name && keyOfCache(other) === manifest.key) await caches.delete(other);
      }
      return record;
    } catch (error) {
      await caches.delete(name);
      throw error;
    }
  }
}

async function downloadInto(name: string, manifest: RouteOfflineManifest, onProgress?: (progress: StoreProgress) => void): Promise<{ bytes: number }> {
  const cache = await caches.open(name);
  const queue = [...manifest.entries];
  const total = queue.length;
  let done = 0;
  let bytes = 0;
  onProgress?.({ done, total });
  // A few at a time: a phone on a weak connection gets through them in order.
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const response = await download(entry.url);
      if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
      const body = await response.blob();
      await cache.put(entry.url, new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
      bytes += body.size;
      onProgress?.({ done: ++done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, total) }, worker));
  return { bytes };
}

/** Removes a route's copy: first its record (so nothing serves it any more), then its caches. */
export async function removeRoute(key: string): Promise<void> {
  await (await caches.open(INDEX_CACHE)).delete(recordUrl(key));
  for (const name of await caches.keys()) {
    if (keyOfCache(name) === key) await caches.delete(name);
  }
}

/** Deletes caches no record points at (downloads that were cut off), after an hour's grace. */
export async function removeOrphans(now = Date.now()): Promise<void> {
  const inUse = new Set((await storedRoutes()).map((record) => record.cache));
  for (const name of orphanCaches(await caches.keys(), inUse, now, 60 * 60 * 1000)) await caches.delete(name);
}

/**
 * The stored answer to a request, from any stored route. With `similar` (for when the network
 * failed), pages and the site's scripts and stylesheets also match without their query, and a
 * picture missing at the asked width is answered by another width of it: the screen may differ
 * from the phone's the store was made for.
 */
export async function findStored(request: Request, { similar = false } = {}): Promise<Response | undefined> {
  const records = await storedRoutes();
  if (records.length === 0) return undefined;
  const url = new URL(request.url);
  // Without their query only when the network failed: online, a page of a newer build asks for newer scripts.
  const loose = similar && (request.mode === "navigate" || url.pathname.startsWith("/assets/"));
  const candidates = [request.url];
  if (request.mode === "navigate" && url.pathname.endsWith("/index.html")) candidates.push(url.origin + url.pathname.slice(0, -"index.html".length));
  for (const record of records) {
    const cache = await caches.open(record.cache);
    for (const candidate of candidates) {
      const found = (await cache.match(candidate, { ignoreVary: true })) ?? (loose ? await cache.match(candidate, { ignoreSearch: true, ignoreVary: true }) : undefined);
      if (found) return found;
    }
  }
  const family = similar ? pictureFamily(url.pathname) : undefined;
  if (!family) return undefined;
  for (const record of records) {
    const cache = await caches.open(record.cache);
    for (const key of await cache.keys()) {
      if (pictureFamily(new URL(key.url).pathname) === family) return cache.match(key);
    }
  }
  return undefined;
}

export { CACHE_PREFIX };

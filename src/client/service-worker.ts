/// <reference lib="webworker" />
import { refreshAction, refreshDue, type ManifestCheck } from "./offline-plan.ts";
import { DOWNLOAD_HEADER, fetchManifest, findStored, removeOrphans, removeRoute, storeRoute, storedRoutes, updateRecord } from "./offline-store.ts";

// The site's service worker (/sw.js), made by the build (src/outputs/offline/write.ts) with
// the build's version in it, so every build that changes a stored file makes a new worker.
// It stores nothing by itself: a visitor stores a route from its page. It answers
//   - pages: from the network; the stored copy only when the network fails, and a short page
//     naming the stored routes for a page that is not stored;
//   - the site's own files: pictures and versioned scripts from the store first (their
//     address changes with their content), everything else from the network first;
//   - other hosts (map tiles): not at all, so the map sees them fail and says so.
// When a newer build's worker takes over, it checks every stored route against its manifest
// and downloads the new copy before it drops the old one (src/client/offline-store.ts).

declare const self: ServiceWorkerGlobalScope;

interface FallbackTexts {
  title: string;
  lead: string;
  storedRoutes: string;
  noStoredRoutes: string;
}

interface OfflineBuild {
  version: string;
  /** The site's languages: the prefix of their addresses ("" for the site's own). */
  languages: { lang: string; prefix: string }[];
  texts: Record<string, FallbackTexts>;
}

declare const __OFFLINE_BUILD__: OfflineBuild;
const BUILD = __OFFLINE_BUILD__;

self.addEventListener("install", (event) => {
  // A new build's worker takes over at once: pages are network-first, so no page it answers is stale.
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
  // Not inside waitUntil: a download must not hold up the pages the worker answers.
  void refreshAll();
});

self.addEventListener("message", (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === "refresh") event.waitUntil(refreshAll());
  if (data?.type === "version") event.source?.postMessage({ type: "version", version: BUILD.version });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.headers.has(DOWNLOAD_HEADER) || url.pathname === "/sw.js" || url.pathname.startsWith("/offline/")) return;
  if (request.mode === "navigate") return event.respondWith(page(request));
  event.respondWith(resource(request, url));
});

async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const stored = await findStored(request, { similar: true });
    if (stored) return markedStored(stored);
    return fallbackPage(new URL(request.url));
  }
}

async function resource(request: Request, url: URL): Promise<Response> {
  const immutable = url.pathname.startsWith("/img/") || url.searchParams.has("v");
  const stored = immutable ? await findStored(request) : undefined;
  if (stored) return stored;
  try {
    return await fetch(request);
  } catch (error) {
    const fallback = await findStored(request, { similar: true });
    if (fallback) return fallback;
    throw error;
  }
}

/**
 * A stored page as served, with data-offline-copy on its <html>: the page then knows it came
 * from the store (its map says that the background map is not available offline), also where
 * the browser still believes it is online.
 */
async function markedStored(response: Response): Promise<Response> {
  if (!(response.headers.get("Content-Type") ?? "").includes("text/html")) return response;
  const html = (await response.text()).replace(/<html\b/, "<html data-offline-copy");
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/** The language of an address, by its prefix ("/de/…"); the site's own otherwise. */
function languageOf(url: URL): string {
  const translated = BUILD.languages.find((language) => language.prefix && (url.pathname === `${language.prefix}/` || url.pathname.startsWith(`${language.prefix}/`)));
  return translated?.lang ?? BUILD.languages.find((language) => language.prefix === "")?.lang ?? "nl";
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** "This page is not stored offline", with links to the routes that are. */
async function fallbackPage(url: URL): Promise<Response> {
  const lang = languageOf(url);
  const texts = BUILD.texts[lang] ?? Object.values(BUILD.texts)[0]!;
  const routes = await storedRoutes();
  const list = routes.length
    ? `<h2>${escapeHtml(texts.storedRoutes)}</h2><ul>${routes.map((route) => `<li><a href="${escapeHtml(route.url)}" lang="${escapeHtml(route.lang)}">${escapeHtml(route.title)}</a></li>`).join("")}</ul>`
    : `<p>${escapeHtml(texts.noStoredRoutes)}</p>`;
  const html =
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(texts.title)}</title><link rel="stylesheet" href="/assets/css/site.css"></head>` +
    `<body><main id="main" class="wrap offline-fallback" data-offline-fallback><h1>${escapeHtml(texts.title)}</h1><p class="lead">${escapeHtml(texts.lead)}</p>${list}</main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

let refreshing: Promise<void> | undefined;

/**
 * Brings every stored route up to date with the site: each copy this build's worker has not
 * vouched for yet (or that is marked out of date) is checked against its manifest.
 */
function refreshAll(): Promise<void> {
  refreshing ??= (async () => {
    let changed = false;
    try {
      for (const record of await storedRoutes()) {
        if (!refreshDue(record, BUILD.version)) continue;
        const check = await checkManifest(record.manifestUrl);
        const action = refreshAction(record, check, BUILD.version);
        if (action === "wait") continue;
        changed = true;
        if (action === "keep") await updateRecord(record.key, { outdated: false, checkedBy: BUILD.version });
        else if (action === "remove") await removeRoute(record.key);
        else if (action === "mark-outdated") await updateRecord(record.key, { outdated: true });
        else {
          // Marked first: if the download is cut off, the copy is still known to be old.
          await updateRecord(record.key, { outdated: true });
          const stored = await storeRoute(record.manifestUrl).catch(() => undefined);
          if (stored) await updateRecord(record.key, { checkedBy: BUILD.version });
        }
      }
      await removeOrphans();
    } finally {
      refreshing = undefined;
      if (changed) for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage({ type: "offline-changed" });
    }
  })();
  return refreshing;
}

async function checkManifest(manifestUrl: string): Promise<ManifestCheck> {
  try {
    const manifest = await fetchManifest(manifestUrl);
    if (manifest instanceof Response) return manifest.status === 404 || manifest.status === 410 ? { status: "gone" } : { status: "unreachable" };
    return { status: "ok", version: manifest.version };
  } catch {
    return { status: "unreachable" };
  }
}

// A worker woken up again checks too, so a copy marked out of date is refreshed once online.
void refreshAll();

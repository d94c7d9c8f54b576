// npm run bench:map [-- --monuments 10000 --runs 5]
// Builds a synthetic region of N monuments, then measures in headless Chromium, in
// the same run and alternating, the time from navigation start to the markers shown:
// on our overview map (/kaart/) and on a bare page with plain Leaflet and
// markercluster from node_modules that fetches the same /data/monuments.geojson.
// Also prints the page weight: the gzip size of the JS and CSS /kaart/ loads from /assets/.
// Every request that does not go to the local server is blocked (no tiles).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { isolatedContext, launchChromium } from "../tests/helpers/browser.ts";
import { startStaticServer, type StaticServer } from "../tests/helpers/static-server.ts";
import { countShownMarkers } from "../tests/browser/map-queries.ts";
import { writeSyntheticRegion } from "./synthetic-region.ts";

const { values } = parseArgs({
  options: { monuments: { type: "string", default: "10000" }, runs: { type: "string", default: "5" } },
});
const count = Number(values.monuments);
const runs = Number(values.runs);
const RATIO_TARGET = 1.2;
const WEIGHT_TARGET_KB = 80;
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-map-"));

const PAGES = { ours: "/kaart/", bare: "/bench-bare/" } as const;
type PageName = keyof typeof PAGES;
const LABELS: Record<PageName, string> = { ours: "schachtbok /kaart/", bare: "bare Leaflet + markercluster" };

let server: StaticServer | undefined;
let browser: Browser | undefined;
try {
  const contentDir = path.join(work, "content");
  writeSyntheticRegion(contentDir, count);
  const siteDir = path.join(work, "_site");
  const buildStarted = performance.now();
  execFileSync(process.execPath, [path.join(projectDir, "scripts", "run.mjs"), "build", "--content", contentDir, "--output", siteDir], {
    cwd: projectDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "true" },
  });
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  server = await startStaticServer(siteDir);
  browser = await launchChromium();
  // The bare page gets a map of the same size as ours, so both draw the same markers and clusters.
  const ourCanvas = await canvasSize(browser, server);
  writeBarePage(siteDir, ourCanvas);

  console.log(
    `Map benchmark: ${count} monuments (site built in ${buildSeconds.toFixed(1)} s); Chromium ${browser.version()} headless, ` +
      `map ${ourCanvas.width}x${ourCanvas.height} px, tiles blocked; ${runs} runs each, alternating, after one warm-up each.`,
  );
  const times: Record<PageName, number[]> = { ours: [], bare: [] };
  const htmlParsed: Record<PageName, number[]> = { ours: [], bare: [] };
  const names = Object.keys(PAGES) as PageName[];
  for (const name of names) await markersShownMs(browser, server, name); // warm-up: disk cache of the OS, Chromium's code cache
  for (let run = 1; run <= runs; run++) {
    for (const name of names) {
      const { shownMs, htmlParsedMs } = await markersShownMs(browser, server, name);
      times[name].push(shownMs);
      htmlParsed[name].push(htmlParsedMs);
    }
  }

  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const show = (list: number[]) => list.map((ms) => ms.toFixed(0)).join(", ");
  for (const name of names) {
    console.log(
      `${LABELS[name].padEnd(30)} median ${median(times[name]).toFixed(0).padStart(5)} ms  (runs: ${show(times[name])}; ` +
        `HTML parsed, DOMContentLoaded: median ${median(htmlParsed[name]).toFixed(0)} ms)`,
    );
  }
  const ratio = median(times.ours) / median(times.bare);
  console.log(`ratio schachtbok / bare: ${ratio.toFixed(2)}x (target at most ${RATIO_TARGET}x) ${ratio <= RATIO_TARGET ? "OK" : "OVER TARGET"}`);

  const weight = await pageWeight(browser, server, siteDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = weight.files.reduce((sum, file) => sum + file.gzipBytes, 0);
  console.log(
    `page weight of /kaart/, its own JS + CSS gzipped: ${weight.files.map((file) => `${file.url} ${kb(file.gzipBytes)}`).join(", ")}; ` +
      `total ${kb(total)} (target at most ${WEIGHT_TARGET_KB} KB) ${total <= WEIGHT_TARGET_KB * 1024 ? "OK" : "OVER TARGET"}`,
  );
  console.log(`not counted: the HTML ${kb(weight.htmlGzipBytes)} gzip, /data/monuments/points.json ${kb(weight.dataGzipBytes)} gzip (the bare page reads /data/monuments.geojson, ${kb(weight.geoJsonGzipBytes)} gzip)`);
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}

/** The size of our map's canvas, as laid out by the site's CSS in the benchmark's viewport. */
async function canvasSize(browser: Browser, server: StaticServer): Promise<{ width: number; height: number }> {
  const { context } = await isolatedContext(browser, server.origin);
  try {
    const page = await context.newPage();
    await page.goto(server.url(PAGES.ours));
    const box = await page.locator("[data-map-canvas]").boundingBox();
    if (!box) throw new Error("/kaart/ has no visible [data-map-canvas]");
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from navigation start to the markers shown: both pages fire
 * "schachtbok:map-ready" when their markers are on the map (ours: supercluster's
 * clusters in view; the bare page: markercluster's last marker); "shown" is
 * the frame after it. A fresh context each time: nothing cached from an earlier run.
 */
async function markersShownMs(browser: Browser, server: StaticServer, name: PageName): Promise<{ shownMs: number; htmlParsedMs: number }> {
  const { context } = await isolatedContext(browser, server.origin);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.addEventListener(
        "schachtbok:map-ready",
        () => requestAnimationFrame(() => setTimeout(() => ((window as unknown as { markersShownAt: number }).markersShownAt = performance.now()), 0)),
        { once: true },
      );
    });
    await page.goto(server.url(PAGES[name]), { waitUntil: "commit" });
    const shownAt = await page.waitForFunction(() => (window as unknown as { markersShownAt?: number }).markersShownAt, undefined, { timeout: 180_000 });
    const shownMs = (await shownAt.jsonValue()) as number;
    // Not timed: that the map really shows them all (cluster totals plus single markers).
    const shown = await countShownMarkers(page);
    if (shown !== count) throw new Error(`${PAGES[name]} showed ${shown} markers, not ${count}`);
    const htmlParsedMs = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
    return { shownMs, htmlParsedMs };
  } finally {
    await context.close();
  }
}

/** The bare page: what the Leaflet and markercluster READMEs show, on the same data, served from the same server. */
function writeBarePage(siteDir: string, size: { width: number; height: number }): void {
  const bareDir = path.join(siteDir, "bench-bare");
  mkdirSync(bareDir, { recursive: true });
  cpSync(path.join(projectDir, "node_modules", "leaflet", "dist"), path.join(bareDir, "leaflet"), { recursive: true });
  cpSync(path.join(projectDir, "node_modules", "leaflet.markercluster", "dist"), path.join(bareDir, "markercluster"), { recursive: true });
  writeFileSync(
    path.join(bareDir, "index.html"),
    `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bare Leaflet + markercluster</title>
  <link rel="stylesheet" href="leaflet/leaflet.css">
  <link rel="stylesheet" href="markercluster/MarkerCluster.css">
  <link rel="stylesheet" href="markercluster/MarkerCluster.Default.css">
</head>
<body>
  <div id="map" data-map-canvas style="width: ${size.width}px; height: ${size.height}px"></div>
  <script src="leaflet/leaflet.js"></script>
  <script src="markercluster/leaflet.markercluster.js"></script>
  <script>
    const map = L.map("map").setView([51.05, 5.45], 10);
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 19, attribution: "© OpenStreetMap" }).addTo(map);
    fetch("/data/monuments.geojson")
      .then((response) => response.json())
      .then((data) => {
        const layer = L.geoJSON(data, { onEachFeature: (feature, marker) => marker.bindPopup(feature.properties.title) });
        let adding = false; // markercluster also reports its (empty) add to the map
        const markers = L.markerClusterGroup({
          chunkedLoading: true,
          chunkProgress: (processed, total) => {
            if (!adding || processed < total) return;
            const canvas = document.getElementById("map");
            canvas.dataset.visibleCount = String(total);
            canvas.dataset.mapState = "ready";
            window.dispatchEvent(new CustomEvent("schachtbok:map-ready"));
          },
        });
        map.addLayer(markers);
        map.fitBounds(layer.getBounds());
        adding = true;
        markers.addLayers(layer.getLayers());
      });
  </script>
</body>
</html>
`,
  );
}

/**
 * The JS and CSS that /kaart/ loads from /assets/: what its HTML references and what
 * the browser actually fetched (chunks, @imports), gzipped at zlib's default level.
 */
async function pageWeight(browser: Browser, server: StaticServer, siteDir: string) {
  const html = readFileSync(path.join(siteDir, "kaart", "index.html"), "utf8");
  const urls = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"?#]+\.(?:js|css))(?:[?#][^"]*)?"/g)) urls.add(match[1]!);
  const { context } = await isolatedContext(browser, server.origin);
  try {
    const page = await context.newPage();
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin && url.pathname.startsWith("/assets/") && /\.(js|css)$/.test(url.pathname)) urls.add(url.pathname);
    });
    await page.goto(server.url(PAGES.ours));
    await page.waitForFunction(() => document.documentElement.dataset.mapReady, undefined, { timeout: 180_000 });
  } finally {
    await context.close();
  }
  const gzipOf = (sitePath: string) => gzipSync(readFileSync(path.join(siteDir, sitePath))).length;
  const files = [...urls].sort().map((url) => ({ url, rawBytes: statSync(path.join(siteDir, url)).size, gzipBytes: gzipOf(url) }));
  return { files, htmlGzipBytes: gzipOf("kaart/index.html"), dataGzipBytes: gzipOf("data/monuments/points.json"), geoJsonGzipBytes: gzipOf("data/monuments.geojson") };
}

// npm run bench:scale [-- --monuments 50000]
// Builds a synthetic region of N monuments (N/100 routes, N/20 stories) once, as a first
// `npm run build` does (`--no-cache`), and prints what decides whether a big site is usable:
// - the build's time and peak memory: all its processes together (sampled from /proc every 0.5 s)
//   and the largest one (/usr/bin/time -v);
// - the largest HTML page, raw and gzipped, with its address;
// - the first view of the overview map (/kaart/): every file the browser fetches from the
//   site until the map is ready (HTML, JS, CSS, data), gzipped at zlib's default level.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { isolatedContext, launchChromium } from "../tests/helpers/browser.ts";
import { startStaticServer } from "../tests/helpers/static-server.ts";
import { writeSyntheticRegion } from "./synthetic-region.ts";
import { sampleTreeMemory } from "./process-memory.ts";

const { values } = parseArgs({ options: { monuments: { type: "string", default: "50000" }, keep: { type: "boolean", default: false } } });
const count = Number(values.monuments);
const PAGE_LIMIT_KB = 100;
const MAP_LIMIT_KB = 600;
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-scale-"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

try {
  const contentDir = path.join(work, "content");
  writeSyntheticRegion(contentDir, count);
  const siteDir = path.join(work, "_site");
  console.log(`Scale benchmark: ${count} monuments, ${Math.max(1, Math.floor(count / 100))} routes, ${Math.max(1, Math.floor(count / 20))} stories.`);

  // The build, exactly as `npm run build` runs it, under /usr/bin/time for the largest single
  // process, and sampled from /proc for all its processes together (Pagefind's indexer is one).
  // --no-cache: a first build, search index and images made afresh (an earlier run of the same size
  // would otherwise hand its search index over, and Pagefind's memory would not be measured).
  const command = [process.execPath, path.join(projectDir, "scripts", "run.mjs"), "build", "--no-cache", "--content", contentDir, "--output", siteDir];
  const timed = existsSync("/usr/bin/time");
  const started = performance.now();
  const child = spawn(timed ? "/usr/bin/time" : command[0]!, timed ? ["-v", ...command] : command.slice(1), {
    cwd: projectDir,
    env: { ...process.env, CI: "true" },
  });
  const sampler = sampleTreeMemory(child.pid!);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = (performance.now() - started) / 1000;
  const treePeak = sampler.stop();
  if (status !== 0) throw new Error(`the build failed:\n${stdout}\n${stderr}`);
  const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  const largestProcess = Number.isFinite(maxRssKb) ? mb(maxRssKb * 1024) : "not measured (no /usr/bin/time)";
  console.log(`build: ${seconds.toFixed(1)} s, peak memory ${treePeak ? mb(treePeak) : "not measured (no /proc)"} (all its processes together), largest process ${largestProcess}`);

  // Every HTML page: the largest gzipped, and how many are over the limit. Only pages over the
  // limit raw can be over it gzipped; the largest gzipped is among the largest raw.
  const pages = readdirSync(siteDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".html"))
    .map((name) => ({ name, raw: statSync(path.join(siteDir, name)).size }))
    .sort((a, b) => b.raw - a.raw);
  let largest = { url: "", raw: 0, gzip: 0 };
  let over = 0;
  for (const [rank, { name, raw }] of pages.entries()) {
    if (rank >= 200 && raw <= PAGE_LIMIT_KB * 1024) break;
    const gzip = gzipSync(readFileSync(path.join(siteDir, name))).length;
    if (gzip > PAGE_LIMIT_KB * 1024) over++;
    if (gzip > largest.gzip) largest = { url: `/${name.replace(/index\.html$/, "")}`, raw, gzip };
  }
  console.log(`HTML pages: ${pages.length}; largest ${largest.url}: ${kb(largest.raw)} raw, ${kb(largest.gzip)} gzipped; over ${PAGE_LIMIT_KB} KB gzipped: ${over}`);

  // The map's first view, as a browser loads it from the site (tiles are off-site and blocked).
  const server = await startStaticServer(siteDir);
  const browser = await launchChromium();
  try {
    const { context } = await isolatedContext(browser, server.origin);
    const fetched = new Set<string>();
    const page = await context.newPage();
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin) fetched.add(decodeURIComponent(url.pathname));
    });
    const mapStarted = performance.now();
    await page.goto(server.url("/kaart/"));
    await page.waitForFunction(() => document.documentElement.dataset.mapReady, undefined, { timeout: 300_000 });
    const mapSeconds = (performance.now() - mapStarted) / 1000;
    await context.close();
    const byType = new Map<string, number>();
    const files = [...fetched].map((sitePath) => {
      const file = path.join(siteDir, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath);
      const gzip = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
      const type = /\.(html|js|css)$/.exec(file)?.[1] ?? (/\.(geo)?json$/.test(file) ? "data" : "other");
      byType.set(type, (byType.get(type) ?? 0) + gzip);
      return { sitePath, gzip };
    });
    const total = files.reduce((sum, file) => sum + file.gzip, 0);
    const largestFiles = files.sort((a, b) => b.gzip - a.gzip).slice(0, 3);
    console.log(
      `map first view (/kaart/, gzipped): ${kb(total)} in ${files.length} files (${[...byType].map(([type, bytes]) => `${type} ${kb(bytes)}`).join(", ")}); ` +
        `largest: ${largestFiles.map((file) => `${file.sitePath} ${kb(file.gzip)}`).join(", ")}; ready in ${mapSeconds.toFixed(1)} s ` +
        `(target at most ${MAP_LIMIT_KB} KB: ${total <= MAP_LIMIT_KB * 1024 ? "OK" : "OVER TARGET"})`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  if (values.keep) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

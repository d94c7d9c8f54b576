// npm run bench:search [-- --monuments 4000 --runs 3]
// Builds a synthetic region of N monuments with npm run build and reports what the search
// costs: the time Pagefind takes to index it and its share of the build (median of the runs,
// after a first build), once with one monument edited before each build (the index is made
// again) and once with nothing changed (the cached index is used), the index's size, and, in
// headless Chromium, for a first
// query on a fresh page: the bytes it transfers (Pagefind's script, its WebAssembly, the index
// chunks and the results' fragments; the result pictures are listed apart) and the time from
// the query to the results shown. Every request off the local server is blocked.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { isolatedContext, launchChromium } from "../tests/helpers/browser.ts";
import { startStaticServer, type StaticServer } from "../tests/helpers/static-server.ts";
import { writeSyntheticRegion } from "./synthetic-region.ts";

const { values } = parseArgs({ options: { monuments: { type: "string", default: "4000" }, runs: { type: "string", default: "3" } } });
const count = Number(values.monuments);
const runs = Number(values.runs);
const BYTES_TARGET_KB = 300;
const QUERIES = ["mijnregio", "Monument 1234", "cultuur sport"];
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-search-"));
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let server: StaticServer | undefined;
let browser: Browser | undefined;
try {
  const contentDir = path.join(work, "content");
  writeSyntheticRegion(contentDir, count);
  const siteDir = path.join(work, "_site");
  // Each build but the warm ones changes one monument's text, as staff do: the index is made again.
  let edits = 0;
  const editOneMonument = () => {
    const file = path.join(contentDir, "monuments", "monument-00000.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nBewerking ${++edits}.\n`);
  };
  const build = () => {
    const started = performance.now();
    const output = execFileSync(process.execPath, [path.join(projectDir, "scripts", "run.mjs"), "build", "--content", contentDir, "--output", siteDir], {
      cwd: projectDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, CI: "true" },
    });
    const seconds = (performance.now() - started) / 1000;
    const indexed = /Search index: (\d+) pages .*?, ([\d.]+) s[.,]/.exec(output);
    if (!indexed) throw new Error(`no search index line in the build's output:\n${output}`);
    return { seconds, pages: Number(indexed[1]), indexSeconds: Number(indexed[2]), cached: output.includes("from the cache") };
  };
  const first = build();
  const edited = Array.from({ length: runs }, () => {
    editOneMonument();
    return build();
  });
  const unchanged = Array.from({ length: runs }, build);
  const indexBytes = folderBytes(path.join(siteDir, "pagefind"));
  const show = (label: string, list: { seconds: number; indexSeconds: number }[]) => {
    const buildMedian = median(list.map((run) => run.seconds));
    const indexMedian = median(list.map((run) => run.indexSeconds));
    console.log(
      `${label}: indexing median ${indexMedian.toFixed(2)} s (runs: ${list.map((run) => run.indexSeconds.toFixed(2)).join(", ")}), ` +
        `build median ${buildMedian.toFixed(2)} s (runs: ${list.map((run) => run.seconds.toFixed(2)).join(", ")}): ${((indexMedian / buildMedian) * 100).toFixed(0)}% of the build`,
    );
  };
  console.log(`Search benchmark: ${count} monuments, ${first.pages} pages indexed; a first build (${first.seconds.toFixed(1)} s, indexing ${first.indexSeconds.toFixed(1)} s${first.cached ? ", the index of an earlier run from the cache" : ""}), then ${runs} builds each.`);
  show("one monument edited ", edited);
  show("nothing changed     ", unchanged);
  console.log(`index on disk ${(indexBytes.bytes / 1024 / 1024).toFixed(1)} MB in ${indexBytes.files} files`);

  server = await startStaticServer(siteDir);
  browser = await launchChromium();
  let worst = 0;
  for (const query of QUERIES) {
    const { context } = await isolatedContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url("/zoeken/"));
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.hasAttribute("data-search-done"));
    const transfers: { url: string; bytes: number }[] = [];
    page.on("requestfinished", (request) => {
      void request.sizes().then((sizes) => transfers.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }));
    });
    await page.evaluate(() => document.querySelector("[data-search-status]")?.removeAttribute("data-search-done"));
    const started = performance.now();
    await page.fill("#search-q", query);
    await page.press("#search-q", "Enter");
    await page.waitForFunction(() => document.querySelector("[data-search-status]")?.hasAttribute("data-search-done"));
    const milliseconds = performance.now() - started;
    const results = (await page.textContent("[data-search-status]")) ?? "";
    await page.waitForLoadState("networkidle");
    const search = transfers.filter((transfer) => new URL(transfer.url).pathname.startsWith("/pagefind/"));
    const pictures = transfers.filter((transfer) => new URL(transfer.url).pathname.startsWith("/img/"));
    const searchBytes = search.reduce((sum, transfer) => sum + transfer.bytes, 0);
    worst = Math.max(worst, searchBytes);
    console.log(
      `first query "${query}": ${results.trim()}; shown after ${Math.round(milliseconds)} ms; ` +
        `${kb(searchBytes)} of search files in ${search.length} requests, plus ${kb(pictures.reduce((sum, transfer) => sum + transfer.bytes, 0))} of result pictures`,
    );
    await context.close();
  }
  console.log(`largest first query: ${kb(worst)} (target at most ${BYTES_TARGET_KB} KB) ${worst <= BYTES_TARGET_KB * 1024 ? "OK" : "OVER TARGET"}`);
} finally {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
}

function folderBytes(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

// npm run audit [-- --site _site --pages /,/kaart/ --runs 3 --json audit.json]
// Lighthouse 12 (mobile: a mid-range phone on a slow 4G line, simulated) on one page of each
// type of the built sample region, served from 127.0.0.1 the way a static host serves it
// (gzip, long-lived assets). Map tiles are blocked, as everything off the machine is.
// Prints a table of the four scores with CLS, LCP and TBT, and under it what kept a score
// below its target. Exit code 1 when a page misses a target. Not part of `npm test`:
// it takes about half a minute a page.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/helpers/browser.ts";
import { startStaticServer } from "../tests/helpers/static-server.ts";

/** One page of every type the issue names, in the sample region. */
const SAMPLE_PAGES = [
  "/",
  "/kaart/",
  "/monumenten/c-mine/",
  "/routes/alle-zeven-mijnen/",
  "/verhalen/ontdekking-1901/",
  "/gemeenten/genk/",
  "/postkaarten/zeven-mijnen/",
  "/lespakketten/tuinwijk-eisden-lager/",
];

/** The lowest score (0-100) each category may have, and the largest CLS. */
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];
const CLS_TARGET = 0;

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    pages: { type: "string" },
    runs: { type: "string", default: "1" },
    json: { type: "string" },
  },
});
const pages = values.pages ? values.pages.split(",").map((page) => page.trim()) : SAMPLE_PAGES;
const runs = Math.max(1, Number(values.runs));
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface PageResult {
  page: string;
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that cost points, per category below 100: "id (value)". */
  misses: Partial<Record<Category, string[]>>;
}

let work: string | undefined;
let siteDir = values.site ? path.resolve(values.site) : undefined;
if (!siteDir) {
  work = mkdtempSync(path.join(tmpdir(), "schachtbok-audit-"));
  siteDir = path.join(work, "_site");
  const started = performance.now();
  execFileSync(process.execPath, [path.join(projectDir, "scripts", "run.mjs"), "build", "--output", siteDir], {
    cwd: projectDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "true" },
  });
  console.log(`Sample region built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

const server = await startStaticServer(siteDir, { asHost: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  // The tests' flags: no background traffic, and every host but the loopback fails to resolve (map tiles too).
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const results: PageResult[] = [];
try {
  const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser: string };
  console.log(`Lighthouse 12 mobile (simulated slow 4G, 4x CPU slowdown), ${version.Browser}; ${runs} run(s) a page, median performance; tiles blocked.`);
  for (const page of pages) results.push(await auditPage(page));
} finally {
  await chrome.kill();
  await server.stop();
  if (work) rmSync(work, { recursive: true, force: true });
}

printTable(results);
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
const missed = results.filter((result) => !meetsTargets(result));
console.log(missed.length === 0 ? `All ${results.length} pages meet the targets.` : `${missed.length} of ${results.length} pages miss a target: ${missed.map((result) => result.page).join(", ")}`);
process.exitCode = missed.length === 0 ? 0 : 1;

async function auditPage(page: string): Promise<PageResult> {
  const found: PageResult[] = [];
  for (let run = 0; run < runs; run++) {
    const outcome = await lighthouse(server.url(page), { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!outcome) throw new Error(`Lighthouse gave no result for ${page}`);
    const { lhr } = outcome;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
    const misses: PageResult["misses"] = {};
    for (const category of CATEGORIES) {
      if (scores[category] === 100) continue;
      const lost = (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual")
        .map((audit) => `${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100)})`);
      if (lost.length) misses[category] = lost;
    }
    found.push({
      page,
      scores,
      cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      misses,
    });
  }
  found.sort((a, b) => a.scores.performance - b.scores.performance);
  return found[Math.floor(found.length / 2)]!;
}

function meetsTargets(result: PageResult): boolean {
  return CATEGORIES.every((category) => result.scores[category] >= TARGETS[category]) && result.cls <= CLS_TARGET;
}

function printTable(list: readonly PageResult[]): void {
  const width = Math.max(4, ...list.map((result) => result.page.length));
  console.log(`${"page".padEnd(width)}  perf  a11y  best   seo    CLS     LCP     TBT`);
  for (const result of list) {
    const { scores } = result;
    console.log(
      `${result.page.padEnd(width)}  ${String(scores.performance).padStart(4)}  ${String(scores.accessibility).padStart(4)}  ${String(scores["best-practices"]).padStart(4)}  ${String(scores.seo).padStart(4)}  ` +
        `${result.cls.toFixed(3).padStart(5)}  ${(result.lcpMs / 1000).toFixed(1).padStart(4)} s  ${result.tbtMs.toFixed(0).padStart(4)} ms${meetsTargets(result) ? "" : "  BELOW TARGET"}`,
    );
  }
  console.log(`targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS["best-practices"]}, SEO ${TARGETS.seo}, CLS ${CLS_TARGET}`);
  for (const result of list) {
    for (const [category, lost] of Object.entries(result.misses)) console.log(`  ${result.page} ${category}: ${lost.join(", ")}`);
  }
}

// npm run bench:dev [-- --monuments 4000 --runs 5]
// Save to reload in `npm start`: the dev server (Eleventy --serve, as npm start runs it) on a
// synthetic region of N monuments, one monument's page open in headless Chromium; its summary
// is changed on disk, and the time is taken until the open page shows the new text (Eleventy
// rebuilds, then its live reload brings the page back). Target: within 1 s (issue 14).
// Prints each run, the median and the first full build of the dev server. Not part of npm test.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { isolatedContext, launchChromium } from "../tests/helpers/browser.ts";
import { freePort, until } from "../tests/helpers/polling.ts";
import { writeSyntheticRegion } from "./synthetic-region.ts";

const { values } = parseArgs({
  options: { monuments: { type: "string", default: "4000" }, runs: { type: "string", default: "5" } },
});
const count = Number(values.monuments);
const runs = Number(values.runs);
const TARGET_MS = 1000;
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-dev-"));
const contentDir = path.join(work, "content");
const outputDir = path.join(work, "_site");

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let output = "";
try {
  writeSyntheticRegion(contentDir, count);
  const port = await freePort();
  const started = performance.now();
  server = spawn(path.join(projectDir, "node_modules", ".bin", "tsx"), ["node_modules/@11ty/eleventy/cmd.cjs", "--serve", "--quiet", "--port", String(port), "--output", outputDir], {
    cwd: projectDir,
    env: { ...process.env, SCHACHTBOK_CONTENT_DIR: contentDir, FORCE_COLOR: "0", CI: "true" },
    detached: true,
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const page0 = `${origin}/monumenten/monument-00000/`;
  await until("the dev server's first build", async () => ((await fetch(page0).catch(() => undefined))?.ok ? true : undefined), {
    timeoutMs: 600_000,
    intervalMs: 500,
    context: () => output.slice(-3000),
  });
  const firstBuildSeconds = (performance.now() - started) / 1000;
  // The first build's search index is made in the background: wait for it, so the edits are
  // measured on their own (as when an author starts editing a while after npm start).
  await until("the first search index", async () => (output.includes("Search index:") || output.includes("search index could not") ? true : undefined), {
    timeoutMs: 600_000,
    intervalMs: 200,
    context: () => output.slice(-3000),
  });

  browser = await launchChromium();
  // Only the dev server is reachable (isolatedContext aborts everything else).
  const { context } = await isolatedContext(browser, origin);
  const page = await context.newPage();
  await page.goto(page0);
  const file = path.join(contentDir, "monuments", "monument-00000.md");
  const original = readFileSync(file, "utf8");
  const lead = async () => (await page.locator(".lead").first().textContent({ timeout: 1000 }).catch(() => null))?.trim();

  console.log(`Dev server benchmark: ${count} monuments; first build of the dev server ${firstBuildSeconds.toFixed(1)} s; ${runs} edits of one monument's summary.`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const summary = `Een gegenereerd monument, bewerkt in ronde ${run} van de meting van opslaan tot herladen.`;
    const cpuBefore = groupCpuMs(server.pid!);
    const saved = performance.now();
    writeFileSync(file, original.replace(/^summary: .*$/m, `summary: ${summary}`));
    await until(`the page to show edit ${run}`, async () => ((await lead()) === summary ? true : undefined), { timeoutMs: 120_000, intervalMs: 20, context: () => output.slice(-3000) });
    times.push(performance.now() - saved);
    cpu.push(groupCpuMs(server.pid!) - cpuBefore);
    // Let the watcher settle before the next edit.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`save to reload  median ${median.toFixed(0)} ms  (runs: ${times.map((ms) => ms.toFixed(0)).join(", ")}) (target at most ${TARGET_MS} ms) ${median <= TARGET_MS ? "OK" : "OVER TARGET"}`);
  // Processor time of the dev server meanwhile: unlike the time above, hardly changed by other
  // work on the same machine.
  if (cpu.every((ms) => ms >= 0)) {
    const cpuMedian = [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)]!;
    console.log(`dev server CPU  median ${cpuMedian.toFixed(0)} ms per edit  (runs: ${cpu.map((ms) => ms.toFixed(0)).join(", ")})`);
  }
} finally {
  await browser?.close();
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  rmSync(work, { recursive: true, force: true });
}

/** Processor time (user and system, ms) of the dev server's processes (its process group), from /proc; -1 without /proc. */
function groupCpuMs(group: number): number {
  let names: string[];
  try {
    names = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return -1;
  }
  let ticks = 0;
  for (const name of names) {
    try {
      // The fields after the process's name (which may hold spaces): state, ppid, pgrp, … utime, stime.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  return ticks * 10; // 100 ticks a second on Linux
}

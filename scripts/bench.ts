// npm run bench [-- --monuments 4000 --runs 5]
// Builds N synthetic monuments twice in the same run: with schachtbok (validation,
// linking, every page and listing) and with plain Eleventy on the same Markdown with
// a minimal layout and no validation. Prints both times and the ratio.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { writeSyntheticRegion } from "./synthetic-region.ts";

const { values } = parseArgs({
  options: { monuments: { type: "string", default: "4000" }, runs: { type: "string", default: "5" } },
});
const count = Number(values.monuments);
const runs = Number(values.runs);
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-"));

try {
  const contentDir = path.join(work, "content");
  const files = writeSyntheticRegion(contentDir, count);
  // Plain Eleventy: the same Markdown files, one minimal layout, no validation.
  const plainDir = path.join(work, "plain");
  for (const folder of ["monuments", "routes", "stories"]) {
    cpSync(path.join(contentDir, folder), path.join(plainDir, folder), { recursive: true });
    writeFileSync(path.join(plainDir, folder, `${folder}.json`), JSON.stringify({ layout: "plain.njk" }));
  }
  mkdirSync(path.join(plainDir, "_includes"), { recursive: true });
  writeFileSync(
    path.join(plainDir, "_includes", "plain.njk"),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n',
  );

  const eleventyCli = path.join(projectDir, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  const commands = {
    // Exactly what `npm run build` runs.
    schachtbok: [path.join(projectDir, "scripts", "run.mjs"), "build", "--content", contentDir, "--output", path.join(work, "out-schachtbok")],
    eleventy: [eleventyCli, "--quiet", `--input=${plainDir}`, `--output=${path.join(work, "out-eleventy")}`],
  };
  const names = Object.keys(commands) as (keyof typeof commands)[];
  const timeBuild = (name: keyof typeof commands) => {
    const started = performance.now();
    // Plain Eleventy runs outside the project so it does not pick up our .eleventy.js.
    execFileSync(process.execPath, commands[name], {
      cwd: name === "schachtbok" ? projectDir : work,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CI: "true" },
    });
    return (performance.now() - started) / 1000;
  };
  console.log(`Benchmark: ${count} monuments, ${countOf(files, "routes/")} routes, ${countOf(files, "stories/")} stories; ${runs} runs each, alternating.`);
  // The first build of each writes a new output folder; later builds overwrite, as day-to-day rebuilds do.
  const first = Object.fromEntries(names.map((name) => [name, timeBuild(name)])) as Record<keyof typeof commands, number>;
  console.log(`first builds (new output folder): schachtbok ${first.schachtbok.toFixed(2)} s, plain Eleventy ${first.eleventy.toFixed(2)} s`);
  const times: Record<keyof typeof commands, number[]> = { schachtbok: [], eleventy: [] };
  for (let run = 1; run <= runs; run++) for (const name of names) times[name].push(timeBuild(name));
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const ours = median(times.schachtbok);
  const plain = median(times.eleventy);
  // The runs, and their spread: the slowest against the fastest.
  const show = (list: number[]) => {
    const [fastest, slowest] = [Math.min(...list), Math.max(...list)];
    return `runs: ${list.map((seconds) => seconds.toFixed(2)).join(", ")}; spread ${fastest.toFixed(2)}-${slowest.toFixed(2)} s, ${(((slowest - fastest) / fastest) * 100).toFixed(0)}%`;
  };
  console.log(`schachtbok build      median ${ours.toFixed(2)} s  (${show(times.schachtbok)})`);
  console.log(`plain Eleventy build  median ${plain.toFixed(2)} s  (${show(times.eleventy)})`);
  const ratio = ours / plain;
  console.log(`ratio schachtbok / plain Eleventy: ${ratio.toFixed(2)}x (target at most 1.30x) ${ratio <= 1.3 ? "OK" : "OVER TARGET"}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function countOf(files: Record<string, string>, prefix: string): number {
  return Object.keys(files).filter((name) => name.startsWith(prefix) && name.endsWith(".md")).length;
}

#!/usr/bin/env node
// Runs a schachtbok command, src/cli/<name>.ts, on plain Node.js.
//
// Node 20 cannot run TypeScript itself. tsx can, but its module hooks sit in
// front of every import of the process, and a build imports hundreds of
// modules (Eleventy, Nunjucks, ...): measured here, that made `npm run build`
// about a quarter slower. So our own TypeScript is bundled first with esbuild
// (packages stay external, ~0.15 s), and the bundle runs without hooks. The bundle
// is reused, without starting esbuild, while none of the files in it changed.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [name, ...args] = process.argv.slice(2);
// Files besides the sources whose change makes a new bundle: the options below, the TypeScript settings, esbuild.
const BUNDLE_SETTINGS = ["scripts/run.mjs", "tsconfig.json", "node_modules/esbuild/package.json"];
const entry = path.join(projectDir, "src", "cli", `${name ?? ""}.ts`);
if (!name || !existsSync(entry)) {
  console.error(`Usage: node scripts/run.mjs <command> [options], where <command> is a file in src/cli/ (got "${name ?? ""}")`);
  process.exit(2);
}

// Named by content: parallel runs (the tests) never read a half-written bundle.
const cacheDir = path.join(projectDir, "node_modules", ".cache", "schachtbok");
const { bundle, digest } = unchangedBundle(name) ?? (await bundleCommand(name));

// The content cache (src/content/cache.ts) lives here too, and is dropped when the program changes.
process.env.SCHACHTBOK_CACHE_DIR = cacheDir;
process.env.SCHACHTBOK_PROGRAM_DIGEST = digest;
process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], entry, ...args];
forgetStaleCacheFiles(cacheDir, path.basename(bundle));
await import(pathToFileURL(bundle).href);

/**
 * Bundles of earlier versions of the program, and content caches of content folders
 * not built for a week (tests and benchmarks make many), are removed: the cache
 * folder would otherwise only grow. A day's grace keeps parallel runs safe.
 */
function forgetStaleCacheFiles(folder, current) {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    if (name === current) continue;
    const bundle = /^[a-z]+-[0-9a-f]{16}\.mjs$/.test(name);
    const contentCache = /^content-[0-9a-f]{12}\.json$/.test(name);
    if (!bundle && !contentCache) continue;
    const file = path.join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > (bundle ? 1 : 7) * 24 * 3600 * 1000) unlinkSync(file);
    } catch {
      // Removed by a parallel run: fine.
    }
  }
}

/**
 * Bundles src/cli/<name>.ts with esbuild (about 0.15 s with its start) and remembers the files that went
 * in, with their size and time of change, next to the bundle.
 */
async function bundleCommand(name) {
  const { build, version } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: projectDir,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const digest = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const bundle = path.join(cacheDir, `${name}-${digest}.mjs`);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(bundle)) writeAtomically(bundle, code);
  const inputs = [...Object.keys(result.metafile.inputs), ...BUNDLE_SETTINGS];
  const record = { esbuild: version, bundle: path.basename(bundle), digest, inputs: Object.fromEntries(inputs.map((file) => [file, stamp(file)])) };
  writeAtomically(inputsRecord(name), JSON.stringify(record));
  return { bundle, digest };
}

/**
 * The bundle of the last run when none of its files (nor this script, nor tsconfig.json) changed since:
 * then esbuild is not started at all. A file is unchanged when its size and time of change are.
 */
function unchangedBundle(name) {
  try {
    const record = JSON.parse(readFileSync(inputsRecord(name), "utf8"));
    const bundle = path.join(cacheDir, record.bundle);
    if (!BUNDLE_SETTINGS.every((file) => file in record.inputs) || !existsSync(bundle)) return undefined;
    for (const [file, recorded] of Object.entries(record.inputs)) if (stamp(file) !== recorded) return undefined;
    // Marked as used: forgetStaleCacheFiles removes bundles by their age.
    const now = new Date();
    utimesSync(bundle, now, now);
    return { bundle, digest: record.digest };
  } catch {
    return undefined;
  }
}

function inputsRecord(name) {
  return path.join(cacheDir, `${name}-inputs.json`);
}

function stamp(file) {
  try {
    const stats = statSync(path.join(projectDir, file));
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return "missing";
  }
}

function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

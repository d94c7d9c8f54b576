#!/usr/bin/env node
// Runs a schachtbok command, src/cli/<name>.ts, on plain Node.js.
//
// Node 20 cannot run TypeScript itself. tsx can, but its module hooks sit in
// front of every import of the process, and a build imports hundreds of
// modules (Eleventy, Nunjucks, ...): measured here, that made `npm run build`
// about a quarter slower. So our own TypeScript is bundled first with esbuild
// (packages stay external, ~0.1 s), and the bundle runs without hooks.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [name, ...args] = process.argv.slice(2);
const entry = path.join(projectDir, "src", "cli", `${name ?? ""}.ts`);
if (!name || !existsSync(entry)) {
  console.error(`Usage: node scripts/run.mjs <command> [options], where <command> is a file in src/cli/ (got "${name ?? ""}")`);
  process.exit(2);
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "error",
});
const code = result.outputFiles[0].contents;
// Named by content: parallel runs (the tests) never read a half-written bundle.
const cacheDir = path.join(projectDir, "node_modules", ".cache", "schachtbok");
const digest = createHash("sha256").update(code).digest("hex").slice(0, 16);
const bundle = path.join(cacheDir, `${name}-${digest}.mjs`);
if (!existsSync(bundle)) {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, bundle);
}

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

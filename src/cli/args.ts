import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { LoadOptions } from "../content/load.ts";
import { defaultImageCacheDir } from "../images/cache.ts";

export interface CommandOptions extends LoadOptions {
  contentDir: string;
  outputDir: string;
  /** Derived images (src/images/cache.ts); with --no-cache a fresh folder, removed afterwards. */
  imageCacheDir: string;
  temporaryImageCache: boolean;
}

/**
 * `--content <dir>`, `--output <dir>` and `--no-cache`, with the project's defaults.
 * The content cache is used when the command runs through scripts/run.mjs, which
 * names the cache folder and a digest of the program for it.
 */
export function readOptions(argv: string[] = process.argv.slice(2)): CommandOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      "no-cache": { type: "boolean", default: false },
    },
  });
  const contentDir = values.content!;
  const cacheDir = process.env.SCHACHTBOK_CACHE_DIR;
  const version = process.env.SCHACHTBOK_PROGRAM_DIGEST;
  const useCache = cacheDir && version && !values["no-cache"];
  const key = createHash("sha1").update(path.resolve(contentDir)).digest("hex").slice(0, 12);
  const noCache = values["no-cache"]!;
  return {
    contentDir,
    outputDir: values.output!,
    cache: useCache ? { file: path.join(cacheDir, `content-${key}.json`), version } : undefined,
    imageCacheDir: noCache ? mkdtempSync(path.join(tmpdir(), "schachtbok-images-")) : defaultImageCacheDir(),
    temporaryImageCache: noCache,
  };
}

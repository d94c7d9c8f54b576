import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seriesFiles } from "../../src/outputs/postcards/write.ts";
import { packFiles } from "../../src/outputs/packs/write.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";
import { loadWithImages } from "../helpers/images.ts";
import { defaultImageCacheDir } from "../../src/images/cache.ts";

// npm start runs Eleventy itself with .eleventy.js (no preloaded model): the plugin loads
// the content, and after the pages writes the images and the postcard files. Run here
// without --serve, the same way, once.

describe("the site as the dev server (npm start) writes it", () => {
  it("has the pages, the derived images, every postcard file and every pack's files", async () => {
    const outputDir = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-dev-")), "_site");
    const tsx = path.join(PROJECT_DIR, "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, [path.join(PROJECT_DIR, "node_modules", "@11ty", "eleventy", "cmd.cjs"), "--quiet", "--output", outputDir], {
      cwd: PROJECT_DIR,
      encoding: "utf8",
      // With the answer keys' password, as a build with the host's secret.
      env: { ...process.env, CI: "true", FORCE_COLOR: "0", SCHACHTBOK_KEY_PASSWORD: "juf-en-meester", SCHACHTBOK_KEY_PASSWORD_FILE: "" },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const { model } = await loadWithImages(path.join(PROJECT_DIR, "content"), defaultImageCacheDir(PROJECT_DIR));
    const series = model.series[0]!;
    expect(existsSync(path.join(outputDir, series.url, "index.html"))).toBe(true);
    const files = seriesFiles(series);
    for (const url of [files.print, files.sheets, ...files.cards.flatMap((card) => [card.url, card.front, card.back])]) {
      expect(existsSync(path.join(outputDir, url)), url).toBe(true);
    }
    expect(readFileSync(path.join(outputDir, files.print)).subarray(0, 5).toString()).toBe("%PDF-");
    for (const pack of model.packs) {
      for (const url of Object.values(packFiles(pack))) expect(existsSync(path.join(outputDir, url)), url).toBe(true);
      // The key opens only with the password.
      const key = readFileSync(path.join(outputDir, packFiles(pack).key)).toString("latin1");
      expect(key).toMatch(/\/Encrypt \d+ 0 R/);
    }
    const image = series.cards[0]!.image.rendition!.page!.src;
    expect(existsSync(path.join(outputDir, image)), image).toBe(true);
  });
});

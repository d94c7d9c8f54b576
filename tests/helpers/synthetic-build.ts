import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { writeSyntheticRegion } from "../../scripts/synthetic-region.ts";
import { runCli } from "./cli.ts";

/**
 * Builds the bench's synthetic region of `monuments` monuments in Dutch and German with long lists
 * split `pageSize` to a page (SCHACHTBOK_LISTING_PAGE_SIZE); the build must succeed. Returns the site.
 */
export function buildBilingualRegion(monuments: number, pageSize: number, prefix: string): string {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const contentDir = path.join(work, "content");
  const files = writeSyntheticRegion(contentDir, monuments);
  writeFileSync(path.join(contentDir, "site.yaml"), files["site.yaml"]!.replace("language: nl\n", "language: nl\ntranslations: [de]\n"));
  const outputDir = path.join(work, "_site");
  const before = process.env.SCHACHTBOK_LISTING_PAGE_SIZE;
  process.env.SCHACHTBOK_LISTING_PAGE_SIZE = String(pageSize);
  try {
    const result = runCli("build", ["--content", contentDir, "--output", outputDir]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  } finally {
    if (before === undefined) delete process.env.SCHACHTBOK_LISTING_PAGE_SIZE;
    else process.env.SCHACHTBOK_LISTING_PAGE_SIZE = before;
  }
  return outputDir;
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import { languageData } from "../../../src/site/languages.ts";
import { writeSearchIndex } from "../../../src/outputs/search/pagefind.ts";
import { PROJECT_DIR } from "../../helpers/cli.ts";

// The search index of the sample region written in parts (src/outputs/search/pagefind.ts), and
// kept in the cache as one entry of all its parts.

const workDir = mkdtempSync(path.join(tmpdir(), "schachtbok-search-parts-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const { model } = await loadSite(path.join(PROJECT_DIR, "content"));
const { views } = languageData(model!);
const cacheDir = path.join(workDir, "cache");
const entry = (siteDir: string, folder = "") =>
  JSON.parse(readFileSync(path.join(siteDir, "pagefind", folder, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };

describe("the search index in parts", () => {
  const siteA = path.join(workDir, "a");
  const siteB = path.join(workDir, "b");

  it("writes one Pagefind index per part, every page in one of them, each with its languages", async () => {
    const report = await writeSearchIndex(views, siteA, { cacheDir, partSize: 60 });
    expect(report).toMatchObject({ pages: 172, languages: ["de", "en", "fr", "nl"], parts: 3, cached: false });
    // 43 Dutch pages then 43 English, 43 German, 43 French: at most 60 a part, so three of 57, 57 and 58.
    expect(entry(siteA).languages).toMatchObject({ nl: { page_count: 43 }, en: { page_count: 14 } });
    expect(entry(siteA, "part-2").languages).toMatchObject({ en: { page_count: 29 }, de: { page_count: 28 } });
    expect(entry(siteA, "part-3").languages).toMatchObject({ de: { page_count: 15 }, fr: { page_count: 43 } });
    expect(existsSync(path.join(siteA, "pagefind", "part-4"))).toBe(false);
    // Each part has Pagefind's script, to be loaded by the languages it comes first for.
    for (const folder of ["", "part-2", "part-3"]) expect(existsSync(path.join(siteA, "pagefind", folder, "pagefind.js")), folder).toBe(true);
    expect(report.files).toContain(path.join(siteA, "pagefind", "part-3", "pagefind-entry.json"));
  });

  it("takes all parts from the cache when the texts did not change", async () => {
    const report = await writeSearchIndex(views, siteB, { cacheDir, partSize: 60 });
    expect(report).toMatchObject({ pages: 172, parts: 3, cached: true });
    for (const folder of ["", "part-2", "part-3"]) expect(entry(siteB, folder), folder).toEqual(entry(siteA, folder));
  });

  it("another part size is another index: one part leaves no parts of the one before behind", async () => {
    const report = await writeSearchIndex(views, siteB, { cacheDir, partSize: 200 });
    expect(report).toMatchObject({ pages: 172, parts: 1, cached: false });
    expect(existsSync(path.join(siteB, "pagefind", "part-2"))).toBe(false);
    expect(report.files.every((file) => !file.includes(`${path.sep}part-`))).toBe(true);
    expect(Object.values(entry(siteB).languages).map((language) => language.page_count)).toEqual([43, 43, 43, 43]);
    // And back: the parts come from the cache again.
    const again = await writeSearchIndex(views, siteB, { cacheDir, partSize: 60 });
    expect(again).toMatchObject({ parts: 3, cached: true });
    expect(entry(siteB, "part-3")).toEqual(entry(siteA, "part-3"));
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Monument } from "../../src/content/model.ts";
import { describe, expect, it, vi } from "vitest";
import { ContentCache } from "../../src/content/cache.ts";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { MONUMENT_MD, ROUTE_MD, regionWith } from "../helpers/content-dir.ts";

const cacheFile = () => path.join(tmpdir(), `schachtbok-cache-${process.pid}-${Math.random().toString(36).slice(2)}.json`);

describe("ContentCache", () => {
  it("gives the same model from the cache as from parsing", async () => {
    const contentDir = regionWith({});
    const cache = { file: cacheFile(), version: "v1" };
    const cold = await loadSite(contentDir, { cache });
    const stored = JSON.parse(readFileSync(cache.file, "utf8"));
    expect(Object.keys(stored.entries)).toHaveLength(4);
    const warm = await loadSite(contentDir, { cache });
    expect(warm.problems).toEqual(cold.problems);
    // Links as names, and where each image is declared as the file and line it gives.
    const comparable = (monument: Monument) => ({
      ...monument,
      stories: monument.stories.map((story) => story.slug),
      routes: monument.routes.map((route) => route.slug),
      images: monument.images.map((image) => ({ ...image, declaredAt: image.declaredAt() })),
    });
    expect(warm.model!.monuments.map(comparable)).toEqual(cold.model!.monuments.map(comparable));
    expect(warm.model!.monuments[0]!.bodyHtml).toBe("<p>De mijn van <strong>Winterslag</strong>.</p>\n");
  });

  it("reads a file again when its text changed", async () => {
    const contentDir = regionWith({});
    const cache = { file: cacheFile(), version: "v1" };
    await loadSite(contentDir, { cache });
    const file = path.join(contentDir, "monuments", "c-mine.md");
    writeFileSync(file, MONUMENT_MD.replace("kind: mine-site", "kind: mijnsite"));
    const { problems } = await loadSite(contentDir, { cache });
    expect(problems.map(formatProblem)[0]).toMatch(/c-mine\.md:8 kind: "mijnsite" is not allowed/);
  });

  it("still checks references of cached files, at the right line", async () => {
    const contentDir = regionWith({});
    const cache = { file: cacheFile(), version: "v1" };
    await loadSite(contentDir, { cache });
    // The route is unchanged (cached); the monument it names disappears.
    writeFileSync(path.join(contentDir, "routes", "mijnwandeling.md"), ROUTE_MD);
    const { rmSync } = await import("node:fs");
    rmSync(path.join(contentDir, "monuments", "heilig-hartkerk.md"));
    const { problems } = await loadSite(contentDir, { cache });
    expect(problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/mijnwandeling\.md:11 stops\[2\]\.monument: there is no monument "heilig-hartkerk"/),
    );
  });

  it("kept in memory (npm start), parses only the files changed since the load before, and keeps their front matter frozen", async () => {
    const contentDir = regionWith({});
    const cache = ContentCache.inMemory();
    const cold = await loadSite(contentDir, { memoryCache: cache });
    const store = vi.spyOn(cache, "store");
    const warm = await loadSite(contentDir, { memoryCache: cache });
    expect(store).not.toHaveBeenCalled();
    expect(warm.model!.monuments.map((monument) => [monument.title, monument.location, monument.bodyHtml])).toEqual(cold.model!.monuments.map((monument) => [monument.title, monument.location, monument.bodyHtml]));
    // Shared by every load from then on: no load can change it for the next.
    expect(Object.isFrozen(warm.model!.monuments[0]!.location)).toBe(true);
    writeFileSync(path.join(contentDir, "monuments", "c-mine.md"), MONUMENT_MD.replace("title: C-mine", "title: C-mine Winterslag"));
    const edited = await loadSite(contentDir, { memoryCache: cache });
    expect(store).toHaveBeenCalledTimes(1);
    expect(edited.model!.monuments.map((monument) => monument.title)).toContain("C-mine Winterslag");
  });

  it("is dropped when the program changes", () => {
    const file = cacheFile();
    const first = ContentCache.open(file, "v1");
    first.store("/a.md", ContentCache.digest("x"), { title: "A" }, "Tekst", "<p>Tekst</p>\n");
    first.save();
    expect(ContentCache.open(file, "v1").lookup("/a.md", ContentCache.digest("x"))).toEqual({
      digest: ContentCache.digest("x"),
      data: { title: "A" },
      body: "Tekst",
      html: "<p>Tekst</p>\n",
    });
    expect(ContentCache.open(file, "v2").lookup("/a.md", ContentCache.digest("x"))).toBeUndefined();
  });

  it("starts empty from a damaged cache file", () => {
    const file = cacheFile();
    writeFileSync(file, "{ not json");
    expect(ContentCache.open(file, "v1").lookup("/a.md", ContentCache.digest("x"))).toBeUndefined();
  });
});

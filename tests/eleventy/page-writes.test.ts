import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONCURRENT_PAGE_WRITES, pagesWrittenInBackground, pageWritesUnderWay, queuedWriteFile, releaseBuffer, writePagesInBackground } from "../../src/eleventy/page-writes.ts";

const work = mkdtempSync(path.join(tmpdir(), "schachtbok-page-writes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("pages written in the background (npm run build)", () => {
  it("writes every page, never more than the limit at once, however many are started together", async () => {
    const folder = path.join(work, "queue");
    await mkdir(folder);
    // Started all at once, as Eleventy starts them: 25 times the limit.
    const count = CONCURRENT_PAGE_WRITES * 25;
    const writes = Array.from({ length: count }, (_, index) => queuedWriteFile(path.join(folder, `${index}.html`), `<p>page ${index}</p>\n`.repeat(2000)));
    let most = pageWritesUnderWay();
    const sampler = setInterval(() => (most = Math.max(most, pageWritesUnderWay())), 0);
    await Promise.all(writes);
    clearInterval(sampler);
    expect(most).toBe(CONCURRENT_PAGE_WRITES);
    expect(pageWritesUnderWay()).toBe(0);
    for (let index = 0; index < count; index++) {
      expect(readFileSync(path.join(folder, `${index}.html`), "utf8")).toBe(`<p>page ${index}</p>\n`.repeat(2000));
    }
  });

  it("is switched on in the installed Eleventy (its internals are where page-writes.ts expects them)", async () => {
    const { Eleventy } = await import("@11ty/eleventy");
    const input = path.join(work, "site");
    await mkdir(input, { recursive: true });
    writeFileSync(path.join(input, "index.njk"), "<p>{{ 1 + 1 }}</p>\n");
    const output = path.join(work, "site-out");
    const eleventy = new Eleventy(input, output, { configPath: false, quietMode: true });
    expect(await writePagesInBackground(eleventy)).toBe(true);
    const before = pagesWrittenInBackground();
    await eleventy.write();
    expect(pagesWrittenInBackground()).toBe(before + 1);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("<p>2</p>\n");
  });
});

describe("releaseBuffer", () => {
  it("empties a page's Buffer that owns its memory, and leaves slices of Node's shared pool alone", () => {
    const page = Buffer.from("<!doctype html>" + "é".repeat(10_000));
    expect(releaseBuffer(page)).toBe(true);
    expect(page.byteLength).toBe(0);
    expect(page.buffer.byteLength).toBe(0);
    const small = Buffer.from("robots");
    const neighbour = Buffer.from("sitemap");
    expect(releaseBuffer(small)).toBe(false);
    expect(small.toString()).toBe("robots");
    expect(neighbour.toString()).toBe("sitemap");
  });
});

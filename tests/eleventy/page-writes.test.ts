import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PageWriter, pagesWrittenInBackground, writePagesInBackground } from "../../src/eleventy/page-writes.ts";

const work = mkdtempSync(path.join(tmpdir(), "schachtbok-page-writes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("PageWriter (npm run build writes its pages in a thread of their own)", () => {
  it("writes every page handed over at once, in folders it makes, and resolves each once it is on disk", async () => {
    const writer = new PageWriter();
    const folder = path.join(work, "many");
    const count = 500;
    const page = (index: number) => `<p>pagina ${index} é</p>\n`.repeat(500);
    try {
      // Started all at once, as Eleventy starts them; each in a folder of its own, as monument pages are.
      const writes = Array.from({ length: count }, (_, index) => writer.write(path.join(folder, `m-${index}`, "index.html"), Buffer.from(page(index))));
      expect(writer.pending).toBeGreaterThan(0);
      await Promise.all(writes);
      expect(writer.pending).toBe(0);
    } finally {
      await writer.close();
    }
    for (let index = 0; index < count; index++) {
      expect(readFileSync(path.join(folder, `m-${index}`, "index.html"), "utf8")).toBe(page(index));
    }
  });

  it("lets go of a page's bytes once handed over, except the pages the build still reads", async () => {
    const kept = path.join(work, "keep", "route.html");
    const writer = new PageWriter((file) => file === kept);
    const moved = Buffer.from("<!doctype html>" + "é".repeat(10_000));
    const copied = Buffer.from("<!doctype html>" + "ë".repeat(10_000));
    const small = Buffer.from("robots");
    const neighbour = Buffer.from("sitemap");
    try {
      const writes = [writer.write(path.join(work, "keep", "monument.html"), moved), writer.write(kept, copied), writer.write(path.join(work, "keep", "robots.txt"), small)];
      // Moved to the thread at once: the page's memory is no longer this thread's.
      expect(moved.byteLength).toBe(0);
      await Promise.all(writes);
    } finally {
      await writer.close();
    }
    expect(readFileSync(path.join(work, "keep", "monument.html"), "utf8")).toBe("<!doctype html>" + "é".repeat(10_000));
    expect(copied.toString()).toBe("<!doctype html>" + "ë".repeat(10_000));
    expect(readFileSync(kept, "utf8")).toBe(copied.toString());
    // A small Buffer is a slice of Node's shared pool: copied, its neighbours untouched.
    expect(small.toString()).toBe("robots");
    expect(neighbour.toString()).toBe("sitemap");
    expect(readFileSync(path.join(work, "keep", "robots.txt"), "utf8")).toBe("robots");
  });

  it("rejects the write of a page that cannot be written with the system's reason, and writes the others", async () => {
    const folder = path.join(work, "blocked");
    await mkdir(folder, { recursive: true });
    // A file where the page's folder should be.
    writeFileSync(path.join(folder, "monumenten"), "not a folder");
    const writer = new PageWriter();
    try {
      const failed = writer.write(path.join(folder, "monumenten", "x", "index.html"), "<p>x</p>");
      const fine = writer.write(path.join(folder, "index.html"), "<p>home</p>");
      await expect(failed).rejects.toMatchObject({ code: "ENOTDIR" });
      await fine;
    } finally {
      await writer.close();
    }
    expect(readFileSync(path.join(folder, "index.html"), "utf8")).toBe("<p>home</p>");
    await expect(writer.write(path.join(folder, "late.html"), "late")).rejects.toThrow(/no longer being written/);
  });

  it("is switched on in the installed Eleventy (its internals are where page-writes.ts expects them)", async () => {
    const { Eleventy } = await import("@11ty/eleventy");
    const input = path.join(work, "site");
    await mkdir(path.join(input, "deep"), { recursive: true });
    writeFileSync(path.join(input, "index.njk"), "<p>{{ 1 + 1 }}</p>\n");
    writeFileSync(path.join(input, "deep", "page.njk"), "---\npermalink: /a/b/c/\n---\n<p>diep</p>\n");
    const output = path.join(work, "site-out");
    const eleventy = new Eleventy(input, output, { configPath: false, quietMode: true });
    const writer = new PageWriter();
    const before = pagesWrittenInBackground();
    try {
      expect(await writePagesInBackground(eleventy, writer)).toBe(true);
      await eleventy.write();
    } finally {
      await writer.close();
    }
    expect(pagesWrittenInBackground()).toBe(before + 2);
    expect(readFileSync(path.join(output, "index.html"), "utf8")).toBe("<p>2</p>\n");
    expect(readFileSync(path.join(output, "a", "b", "c", "index.html"), "utf8")).toBe("<p>diep</p>\n");
    // Closed: a later Eleventy in the same process writes its pages itself.
    const again = new Eleventy(input, path.join(work, "site-out-2"), { configPath: false, quietMode: true });
    await again.write();
    expect(pagesWrittenInBackground()).toBe(before + 2);
    expect(readFileSync(path.join(work, "site-out-2", "a", "b", "c", "index.html"), "utf8")).toBe("<p>diep</p>\n");
  });
});

import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outputFiles } from "../../../src/outputs/offline/write.ts";

const dir = mkdtempSync(path.join(tmpdir(), "schachtbok-output-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("outputFiles", () => {
  const page = '<p>Schachtbok — één</p>\n';
  mkdirSync(path.join(dir, "monumenten", "c-mine"), { recursive: true });
  writeFileSync(path.join(dir, "monumenten", "c-mine", "index.html"), page);
  writeFileSync(path.join(dir, "sw.js"), "// worker\n");

  it("gives a page the build kept in memory exactly as the same page read from the disk", () => {
    const fromDisk = outputFiles(dir);
    const fromMemory = outputFiles(dir, new Map([[path.join(dir, "monumenten", "c-mine", "index.html"), page]]));
    expect(fromMemory.html("/monumenten/c-mine/")).toBe(fromDisk.html("/monumenten/c-mine/"));
    expect(fromMemory.info("/monumenten/c-mine/")).toEqual(fromDisk.info("/monumenten/c-mine/"));
    expect(fromDisk.info("/monumenten/c-mine/")).toEqual({ bytes: Buffer.byteLength(page), digest: createHash("sha256").update(Buffer.from(page)).digest("hex") });
  });

  it("reads what is not in memory from the disk, and knows missing files", () => {
    const files = outputFiles(dir, new Map([[path.join(dir, "elders", "index.html"), "<p>x</p>"]]));
    expect(files.info("/sw.js")?.bytes).toBe(10);
    expect(files.html("/monumenten/c-mine/")).toBe(page);
    expect(files.info("/bestaat-niet/")).toBeUndefined();
    expect(files.html("/bestaat-niet/")).toBeUndefined();
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { pngSize } from "../../src/images/pipeline.ts";

const dir = mkdtempSync(path.join(tmpdir(), "schachtbok-png-size-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pngSize", () => {
  it("reads a PNG's width and height from its header, as sharp reports them", async () => {
    const file = path.join(dir, "drawing.png");
    writeFileSync(file, await sharp({ create: { width: 2400, height: 1601, channels: 4, background: "#cfe3ef" } }).png({ compressionLevel: 1 }).toBuffer());
    expect(await pngSize(file)).toEqual({ width: 2400, height: 1601 });
    const { width, height } = await sharp(file).metadata();
    expect({ width, height }).toEqual({ width: 2400, height: 1601 });
  });

  it("asks sharp for anything that is not a PNG", async () => {
    const file = path.join(dir, "photo.png");
    writeFileSync(file, await sharp({ create: { width: 33, height: 21, channels: 3, background: "#888888" } }).jpeg().toBuffer());
    expect(await pngSize(file)).toEqual({ width: 33, height: 21 });
  });
});

import { beforeAll, expect } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import jsQRModule from "jsqr";
import sharp from "sharp";
import { loadSite } from "../../src/content/load.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { processImages, type ImageReport } from "../../src/images/pipeline.ts";
import { defaultImageCacheDir } from "../../src/images/cache.ts";
import { PROJECT_DIR, runCli } from "./cli.ts";

/** A fresh, empty image cache folder. */
export function temporaryImageCache(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-images-")), "images");
}

/** Loads a content folder and runs the image pipeline on it, as the build does before rendering. */
export async function loadWithImages(contentDir: string, cacheDir = temporaryImageCache()): Promise<{ model: SiteModel; images: ImageReport }> {
  const { model, problems } = await loadSite(contentDir);
  if (!model) throw new Error(`the content has errors: ${JSON.stringify(problems)}`);
  const images = await processImages(model, { cacheDir });
  return { model, images };
}

/**
 * A JPEG like a phone's: `width` x `height` as stored, left half blue and right half
 * red, with a camera name and a GPS position in its EXIF and, optionally, an EXIF
 * orientation (6: shown turned a quarter clockwise).
 */
export async function phonePhoto(width: number, height: number, { orientation }: { orientation?: number } = {}): Promise<Buffer> {
  const half = Math.floor(width / 2);
  let image = sharp({ create: { width, height, channels: 3, background: "#0000ff" } })
    .composite([{ input: { create: { width: width - half, height, channels: 3, background: "#ff0000" } }, left: half, top: 0 }])
    .jpeg({ quality: 90 });
  if (orientation) image = image.withMetadata({ orientation });
  return image.withExif({ IFD0: { Make: "TestPhone", Model: "Model X" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 58/1 3/1" } }).toBuffer();
}

/** The colour at a point of an image file, as [r, g, b]. */
export async function pixelAt(file: string | Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const offset = (Math.round(y) * info.width + Math.round(x)) * info.channels;
  return [data[offset]!, data[offset + 1]!, data[offset + 2]!];
}

/** A PNG header that claims `width` x `height` pixels, with no picture behind it: a decompression bomb's calling card. */
export function claimedGiantPng(width: number, height: number): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  // The first row or so of pixel data, compressed: enough for a reader to trust the header.
  const pixels = deflateSync(Buffer.alloc(1 + width * 3));
  return Buffer.concat([signature, chunk("IHDR", data), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
  return Buffer.concat([length, Buffer.from(type), data, crc]);
}


// jsqr is CommonJS with a default export in its types: under NodeNext the function is `.default`.
const jsQR = (jsQRModule as unknown as { default: typeof jsQRModule.default }).default ?? (jsQRModule as unknown as typeof jsQRModule.default);

/** The text of the QR code in a picture (as a phone would read it), or undefined when none is found. */
export async function readQr(image: sharp.Sharp): Promise<string | undefined> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/**
 * Builds the bundled sample region with `npm run build` into a new folder, and loads its
 * model with the project's image cache, as that build uses: the same renditions, no
 * second encoding.
 */
/**
 * Builds the sample region once before a test file's tests (as npm run build does);
 * `model` and `outputDir` are there from the first test on.
 */
export function useSampleBuild(env: NodeJS.ProcessEnv = {}): { readonly model: SiteModel; readonly outputDir: string } {
  const sample = {} as { model: SiteModel; outputDir: string };
  beforeAll(async () => {
    const result = await buildSample(env);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    Object.assign(sample, { model: result.model, outputDir: result.outputDir });
  });
  return sample;
}

/** With `env`, e.g. the answer keys' password (SCHACHTBOK_KEY_PASSWORD). */
export async function buildSample(env: NodeJS.ProcessEnv = {}): Promise<{ model: SiteModel; outputDir: string; stdout: string; stderr: string; status: number | null }> {
  const outputDir = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-site-")), "_site");
  const { model } = await loadWithImages(path.join(PROJECT_DIR, "content"), defaultImageCacheDir(PROJECT_DIR));
  const result = runCli("build", ["--output", outputDir], PROJECT_DIR, env);
  return { model, outputDir, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type sharp from "sharp";
import { sharpLibrary } from "./sharp-library.ts";
import type { ImageCache } from "./cache.ts";
import { orientedSize } from "./geometry.ts";
import { MAX_FILE_BYTES, MAX_PIXELS } from "./options.ts";

// Reads a source image far enough to know it can be used: its size as shown
// (EXIF orientation applied), its format, and that it decodes to the end. What
// goes wrong is said for the person who put the file there. The result is kept
// in the cache by path, size and modification time.

export interface SourceFacts {
  /** SHA-256 of the file's bytes: derived files are keyed by it. */
  digest: string;
  format: string;
  /** As shown: rotated by its EXIF orientation. For SVG, the drawing's own size. */
  width: number;
  height: number;
  /** SVG: drawn at any size without losing sharpness. */
  vector: boolean;
}

export type Inspection = { ok: true; facts: SourceFacts } | { ok: false; message: string; hint: string };

/** Formats sharp reads here (its prebuilt libvips); anything else is refused by name. */
const READABLE = new Set(["jpeg", "png", "webp", "gif", "tiff", "svg", "heif"]);

export async function inspectSource(sourcePath: string, cache?: ImageCache): Promise<Inspection> {
  let info;
  try {
    info = await stat(sourcePath);
  } catch {
    return { ok: false, message: "the image file cannot be read", hint: "check that the file exists and is readable" };
  }
  if (info.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `the image file is ${megabytes(info.size)} MB, over the limit of ${megabytes(MAX_FILE_BYTES)} MB`,
      hint: "export it again as a JPEG of at most a few MB",
    };
  }
  const known = cache?.facts(sourcePath, info);
  if (known) return { ok: true, facts: known };

  const bytes = await readFile(sourcePath);
  const inspection = await inspectBytes(bytes);
  if (inspection.ok) cache?.remember(sourcePath, info, inspection.facts);
  return inspection;
}

export async function inspectBytes(bytes: Buffer): Promise<Inspection> {
  const digest = createHash("sha256").update(bytes).digest("hex");
  let metadata: sharp.Metadata;
  try {
    // limitInputPixels: false here, so a giant is reported with its size below rather than by sharp.
    metadata = await sharpLibrary()(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return {
      ok: false,
      message: "this file is not an image that can be read (it may be damaged, or not the format its name says)",
      hint: "open it in an image viewer and export it again as JPEG or PNG",
    };
  }
  const format = metadata.format ?? "unknown";
  if (!READABLE.has(format) || !metadata.width || !metadata.height) {
    return { ok: false, message: `images in ${format.toUpperCase()} format are not supported`, hint: "export it as JPEG, PNG or WebP" };
  }
  const pixels = metadata.width * metadata.height;
  if (pixels > MAX_PIXELS) {
    return {
      ok: false,
      message: `the image is ${metadata.width} x ${metadata.height} pixels (${Math.round(pixels / 1e6)} megapixels), over the limit of ${MAX_PIXELS / 1e6} megapixels`,
      hint: "scale it down to at most 8000 pixels on its long side",
    };
  }
  try {
    // Decoding to the end, at a small size (JPEG shrinks on load, so this is quick), finds files cut off halfway.
    await sharpLibrary()(bytes, { failOn: "truncated", limitInputPixels: MAX_PIXELS }).resize(64, 64, { fit: "inside" }).raw().toBuffer();
  } catch (error) {
    return {
      ok: false,
      message: `the image cannot be decoded: ${firstLine(error)}`,
      hint: "the file is probably damaged or incomplete; copy or export it again",
    };
  }
  const vector = format === "svg";
  const shown = orientedSize({ width: metadata.width, height: metadata.height }, vector ? undefined : metadata.orientation);
  return { ok: true, facts: { digest, format, width: shown.width, height: shown.height, vector } };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.trim();
}

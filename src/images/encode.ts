import type sharp from "sharp";
import { sharpLibrary } from "./sharp-library.ts";
import { MAX_PIXELS } from "./options.ts";
import type { Variant } from "./plan.ts";

// One derived file from one source, with sharp. The picture is turned upright by
// its EXIF orientation; nothing of the source's metadata (camera, GPS position,
// dates) is written out, since sharp drops it unless asked to keep it.

const INPUT: sharp.SharpOptions = { failOn: "truncated", limitInputPixels: MAX_PIXELS };

export async function encodeVariant(input: Buffer, variant: Variant): Promise<Buffer> {
  let pipeline = sharpLibrary()(input, INPUT).rotate();
  const { width, height, crop } = variant;
  if (crop === "attention") {
    pipeline = pipeline.resize(width, height, { fit: "cover", position: sharpLibrary().strategy.attention });
  } else {
    if (crop) pipeline = pipeline.extract(crop);
    pipeline = pipeline.resize(width, height, { fit: "fill" });
  }
  if (variant.dpi !== undefined) {
    // The resolution goes into the file's header. sharp writes it only together with the
    // source's metadata, so the pixels go through once more, as raw data with no metadata.
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    pipeline = sharpLibrary()(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).withMetadata({ density: variant.dpi });
  }
  // `profile` is the press profile's digest (for the key); the file is variant.profilePath.
  const { colourspace, profile: _digest, ...encoder } = variant.encoder;
  switch (variant.format) {
    case "avif":
      return pipeline.avif(encoder as sharp.AvifOptions).toBuffer();
    case "webp":
      return pipeline.webp(encoder as sharp.WebpOptions).toBuffer();
    case "jpeg":
      // JPEG has no transparency: a PNG's transparent parts become white, not black.
      pipeline = pipeline.flatten({ background: "#ffffff" });
      // CMYK for print shops that ask for it: converted with sharp's built-in CMYK profile. The
      // profile (961 KB) is not kept in each picture: the print PDFs carry it once, as their PDF/X
      // output intent (src/outputs/postcards/write.ts). sharp attaches it whenever the resolution
      // is written too, so it is taken out of the file afterwards. (Set after withMetadata above,
      // or sharp would convert back to sRGB.)
      // A print shop's own profile (a series' `profile:`) instead of the built-in one, likewise.
      if (colourspace === "cmyk") return withoutIccProfile(await pipeline.withIccProfile(variant.profilePath ?? "cmyk").jpeg(encoder as sharp.JpegOptions).toBuffer());
      return pipeline.jpeg(encoder as sharp.JpegOptions).toBuffer();
  }
}

/** An SVG drawn as a lossless PNG `width` pixels wide: the source of its derived files. */
export async function rasteriseSvg(svg: Buffer, drawingWidth: number, width: number): Promise<{ png: Buffer; width: number; height: number }> {
  const density = Math.min(100_000, (72 * width) / drawingWidth);
  const { data, info } = await sharpLibrary()(svg, { ...INPUT, density }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

/**
 * A JPEG without its ICC profile: the APP2 segments that hold it ("ICC_PROFILE"), removed from the
 * file's header. The picture's data is not touched.
 */
export function withoutIccProfile(jpeg: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error("not a JPEG file");
  const kept: Buffer[] = [jpeg.subarray(0, 2)];
  let at = 2;
  // Segments up to the start of the scan (SOS, 0xDA); from there on the data is kept whole.
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] !== 0xda) {
    const length = jpeg.readUInt16BE(at + 2);
    const segment = jpeg.subarray(at, at + 2 + length);
    const isIcc = jpeg[at + 1] === 0xe2 && segment.subarray(4, 16).toString("latin1") === "ICC_PROFILE\0";
    if (!isIcc) kept.push(segment);
    at += 2 + length;
  }
  kept.push(jpeg.subarray(at));
  return Buffer.concat(kept);
}

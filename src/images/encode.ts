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
  const { colourspace, ...encoder } = variant.encoder;
  switch (variant.format) {
    case "avif":
      return pipeline.avif(encoder as sharp.AvifOptions).toBuffer();
    case "webp":
      return pipeline.webp(encoder as sharp.WebpOptions).toBuffer();
    case "jpeg":
      // JPEG has no transparency: a PNG's transparent parts become white, not black.
      pipeline = pipeline.flatten({ background: "#ffffff" });
      // CMYK for print shops that ask for it: converted with sharp's built-in CMYK profile, which
      // is attached. (Set after withMetadata above, or sharp would convert back to sRGB.)
      if (colourspace === "cmyk") pipeline = pipeline.withIccProfile("cmyk");
      return pipeline.jpeg(encoder as sharp.JpegOptions).toBuffer();
  }
}

/** An SVG drawn as a lossless PNG `width` pixels wide: the source of its derived files. */
export async function rasteriseSvg(svg: Buffer, drawingWidth: number, width: number): Promise<{ png: Buffer; width: number; height: number }> {
  const density = Math.min(100_000, (72 * width) / drawingWidth);
  const { data, info } = await sharpLibrary()(svg, { ...INPUT, density }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
}

import type { Size } from "./geometry.ts";

// Every setting of the image pipeline, with why it has its value. The cache key
// of a derived file includes the settings it was made with (see plan.ts), so
// changing one here re-encodes exactly the files it affects.

/** Bumped when the encoding code changes in a way the settings below do not show. */
export const PIPELINE_VERSION = 4;

/** Widths of the images in pages (srcset): from a phone's column to a wide screen at 2x. */
export const WEB_WIDTHS = [480, 800, 1200, 1600] as const;

/** What a page's `sizes` says about the width an image takes: the text column, at most 48rem (768 px). */
export const WEB_SIZES = "(min-width: 52rem) 48rem, calc(100vw - 2rem)";

/** Thumbnails for cards and map popups, cropped to 3:2 around the focal point. */
export const THUMB_ASPECT = 3 / 2;
export const THUMB_WIDTHS = [320, 640] as const;
export const THUMB_SIZES = "(min-width: 40rem) 20rem, calc(100vw - 2rem)";

/** The picture social networks show for a shared page (Open Graph's recommended size). */
export const SOCIAL_SIZE: Size = { width: 1200, height: 630 };

export type WebFormat = "avif" | "webp" | "jpeg";

/**
 * Encoder settings. JPEG is the fallback every browser shows; WebP is smaller at the
 * same look; AVIF smaller still but, at sharp's default effort, 12 to 19 times slower to
 * encode than WebP here (npm run bench:images), so it is opt-in (`images.avif` in site.yaml).
 */
export const ENCODERS = {
  avif: { quality: 50, effort: 4 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, progressive: true, mozjpeg: false },
} as const;

/**
 * Pictures for teaching packs: in the booklet, in the ZIP, and on a classroom's digital
 * board. 1600 px on the long side prints a 13 cm wide picture at 300 dpi and fills most
 * of a 1920 x 1080 board; never enlarged.
 */
export const CLASSROOM_LONG_SIDE = 1600;
export const CLASSROOM_JPEG = { quality: 85, progressive: false, mozjpeg: false } as const;

/** Print masters: high-quality JPEG, so the print shop gets detail rather than small files. */
export const PRINT_JPEG = { quality: 92, chromaSubsampling: "4:4:4", mozjpeg: false } as const;
export const PRINT_DPI = 300;
/** Below this a print master is a warning, below the next an error (the card would look soft, then blurred). */
export const PRINT_DPI_WARNING = 300;
export const PRINT_DPI_ERROR = 200;

/**
 * Decompression bombs: a small file that claims to be a giant picture. Refused before
 * decoding. 200 megapixels still admits a phone's 200 MP mode (16320 x 12240).
 */
export const MAX_PIXELS = 200_000_000;
/** Larger files are refused before they are read: no camera writes a 150 MB JPEG. */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

/** SVG illustrations are drawn at this width at least, so they fill every web width and a print master. */
export const SVG_RASTER_WIDTH = 2600;

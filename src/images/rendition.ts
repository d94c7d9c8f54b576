import type { Size } from "./geometry.ts";
import { extensionOf, MIME_TYPES, type Variant } from "./plan.ts";
import { THUMB_SIZES, WEB_SIZES } from "./options.ts";
import type { PrintSettings } from "../print/formats.ts";

// What a page needs to show a processed image: the <picture> sources with their
// srcset, and the fallback <img> with width and height, so it never shifts the layout.

export interface PictureSource {
  type: string;
  srcset: string;
}

export interface Picture {
  /** Smaller formats first (AVIF, WebP); the browser takes the first it can show. */
  sources: PictureSource[];
  /** The JPEG fallback. */
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

export interface PrintMaster {
  /** The JPEG in the image cache. */
  file: string;
  settings: PrintSettings;
  px: Size;
  /** The resolution the source gives on the card (the file itself is always 300 dpi). */
  sourceDpi: number;
}

export interface ImageRendition {
  /** In the page, at the width of the text column. */
  page?: Picture;
  /** Cropped 3:2, for cards. */
  thumb?: Picture;
  /** 1200 x 630 JPEG for og:image. */
  social?: { url: string; width: number; height: number };
  print?: PrintMaster;
  classroom?: ClassroomImage;
}

/** For teaching packs: a JPEG in the image cache, at most 1600 px on the long side (booklet, ZIP, digital board). */
export interface ClassroomImage {
  file: string;
  width: number;
  height: number;
}

/** The site URL of a derived file: /img/<name>-<role/width>-<key>.<ext>. */
export function variantUrl(baseName: string, variant: Variant): string {
  const role = variant.role === "page" ? `${variant.width}` : variant.role === "thumb" ? `thumb-${variant.width}` : variant.role;
  return `/img/${baseName}-${role}-${variant.key.slice(0, 10)}.${extensionOf(variant.format)}`;
}

/** The <picture> of the variants of one role, or undefined when there are none. */
export function pictureOf(variants: readonly Variant[], role: "page" | "thumb", urlOf: (variant: Variant) => string): Picture | undefined {
  const own = variants.filter((variant) => variant.role === role).sort((a, b) => a.width - b.width);
  const fallback = own.filter((variant) => variant.format === "jpeg");
  const largest = fallback.at(-1);
  if (!largest) return undefined;
  const srcset = (list: readonly Variant[]) => list.map((variant) => `${urlOf(variant)} ${variant.width}w`).join(", ");
  const sources = (["avif", "webp"] as const)
    .map((format) => own.filter((variant) => variant.format === format))
    .filter((list) => list.length > 0)
    .map((list) => ({ type: MIME_TYPES[list[0]!.format], srcset: srcset(list) }));
  return {
    sources,
    // The middle width for browsers without srcset: sharp enough, not the heaviest.
    src: urlOf(fallback[Math.floor((fallback.length - 1) / 2)]!),
    srcset: srcset(fallback),
    sizes: role === "page" ? WEB_SIZES : THUMB_SIZES,
    width: largest.width,
    height: largest.height,
  };
}

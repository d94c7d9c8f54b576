import { digestOf } from "./cache.ts";
import { cropAround, heightAtWidth, responsiveWidths, type CropBox, type FocalPoint, type Size } from "./geometry.ts";
import {
  CLASSROOM_JPEG,
  CLASSROOM_LONG_SIDE,
  ENCODERS,
  PIPELINE_VERSION,
  PRINT_DPI,
  PRINT_JPEG,
  SOCIAL_SIZE,
  THUMB_ASPECT,
  THUMB_WIDTHS,
  WEB_WIDTHS,
  type WebFormat,
} from "./options.ts";
import { printMasterSize } from "./print.ts";
import type { PrintSettings } from "../print/formats.ts";

// Which files to make of one source image, as data: every derived file is a
// Variant with a key (the digest of the source and of everything that shapes the
// output), so the cache and the site's file names follow from the plan alone.

export type Role = "page" | "thumb" | "social" | "print" | "classroom";

export interface Variant {
  role: Role;
  format: WebFormat;
  width: number;
  height: number;
  /** The part of the source to use (in its pixels, as shown); "attention" lets sharp find the subject. Absent: all of it. */
  crop?: CropBox | "attention";
  /** Encoder settings, part of the key. */
  encoder: Record<string, unknown>;
  /** Print masters carry their resolution in the file. */
  dpi?: number;
  /** A CMYK print master's press profile file, when not sharp's built-in one. Not part of the key: its digest (in `encoder`) is. */
  profilePath?: string;
  key: string;
}

/** What a source image is used for on the site and in print. */
export interface ImageUse {
  page: boolean;
  /** Cards and map popups. */
  thumb: boolean;
  /** The social preview of the page it leads. */
  social: boolean;
  /** The front of a postcard. */
  print?: PrintSettings;
  /** CMYK for print shops that ask for it (a series' `colour: cmyk`). */
  printColour?: "rgb" | "cmyk";
  /** The print shop's press profile the CMYK print master is separated with (default: sharp's built-in one). */
  printProfile?: { sourcePath: string; digest: string };
  /** A teaching pack's booklet and ZIP. */
  classroom?: boolean;
  focus?: FocalPoint;
}

export interface PlanSettings {
  formats: readonly WebFormat[];
}

const EXTENSIONS: Record<WebFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg" };
export const MIME_TYPES: Record<WebFormat, string> = { avif: "image/avif", webp: "image/webp", jpeg: "image/jpeg" };

export function extensionOf(format: WebFormat): string {
  return EXTENSIONS[format];
}

/**
 * The variants of a source `size` pixels large (as shown) whose bytes have digest
 * `sourceDigest`, for `use`. Formats go from smallest to most compatible, JPEG last.
 */
export function planVariants(sourceDigest: string, size: Size, use: ImageUse, settings: PlanSettings): Variant[] {
  const variants: Variant[] = [];
  const add = (variant: Omit<Variant, "key">) => variants.push({ ...variant, key: digestOf(PIPELINE_VERSION, sourceDigest, variant) });
  const cropFor = (aspect: number): CropBox | "attention" => (use.focus ? cropAround(size, aspect, use.focus) : "attention");
  const cropSize = (aspect: number): Size => cropAround(size, aspect);

  if (use.page) {
    for (const width of responsiveWidths(size.width, WEB_WIDTHS)) {
      for (const format of settings.formats) add({ role: "page", format, width, height: heightAtWidth(size, width), encoder: { ...ENCODERS[format] } });
    }
  }
  if (use.thumb) {
    const crop = cropFor(THUMB_ASPECT);
    for (const width of responsiveWidths(cropSize(THUMB_ASPECT).width, THUMB_WIDTHS)) {
      const height = Math.round(width / THUMB_ASPECT);
      for (const format of settings.formats) add({ role: "thumb", format, width, height, crop, encoder: { ...ENCODERS[format] } });
    }
  }
  if (use.social) {
    add({ role: "social", format: "jpeg", ...SOCIAL_SIZE, crop: cropFor(SOCIAL_SIZE.width / SOCIAL_SIZE.height), encoder: { ...ENCODERS.jpeg } });
  }
  if (use.classroom) {
    // Scaled down to the long side, never up.
    const scale = Math.min(1, CLASSROOM_LONG_SIDE / Math.max(size.width, size.height));
    const [width, height] = [size.width, size.height].map((length) => Math.max(1, Math.round(length * scale))) as [number, number];
    add({ role: "classroom", format: "jpeg", width, height, encoder: { ...CLASSROOM_JPEG } });
  }
  if (use.print) {
    const { px } = printMasterSize(use.print);
    // A print shop's profile is in the key by its digest: a new profile under the same name separates the pictures again.
    const profile = use.printColour === "cmyk" ? use.printProfile : undefined;
    const encoder = { ...PRINT_JPEG, ...(use.printColour === "cmyk" ? { colourspace: "cmyk" } : {}), ...(profile ? { profile: profile.digest } : {}) };
    add({ role: "print", format: "jpeg", ...px, crop: cropFor(px.width / px.height), encoder, dpi: PRINT_DPI });
    if (profile) variants.at(-1)!.profilePath = profile.sourcePath;
  }
  return variants;
}

/** The part of a source a print master uses, for its resolution: the crop has the card's aspect ratio. */
export function printCrop(size: Size, settings: PrintSettings): Size {
  const { px } = printMasterSize(settings);
  return cropAround(size, px.width / px.height);
}

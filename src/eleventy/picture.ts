import { escapeHtml } from "../client/html.ts";
import type { Picture } from "../images/rendition.ts";

/**
 * A processed image (src/images/rendition.ts) as <picture>: WebP (and AVIF when on)
 * with a JPEG fallback, srcset and sizes, and width/height so the page does not
 * shift while it loads. The first image of a page has priority (fetched early,
 * never lazy); the others load when they come near the screen. A filter rather than
 * an include: listings put thousands of them on a page. `altLang` marks an alt text shown
 * in another language than the page's (not translated yet). `sizes` replaces the
 * rendition's own when the picture is laid out wider or narrower (the home page's lead).
 */
export function pictureHtml(picture: Picture | undefined, alt: string, priority = false, altLang?: string, sizes?: string): string {
  if (!picture) return "";
  // A card's picture is on several listings (all monuments, by kind, its municipality): written once.
  const key = `${priority ? "1" : "0"}${altLang ?? ""}\0${sizes ?? ""}\0${alt}`;
  let byAlt = written.get(picture);
  if (!byAlt) written.set(picture, (byAlt = new Map()));
  let html = byAlt.get(key);
  if (html === undefined) byAlt.set(key, (html = writePicture(picture, alt, priority, altLang, sizes ?? picture.sizes)));
  return html;
}

const written = new WeakMap<Picture, Map<string, string>>();

function writePicture(picture: Picture, alt: string, priority: boolean, altLang: string | undefined, sizes: string): string {
  const sources = picture.sources
    .map((source) => `<source type="${source.type}" srcset="${escapeHtml(source.srcset)}" sizes="${escapeHtml(sizes)}">`)
    .join("");
  const loading = priority ? ' fetchpriority="high"' : ' loading="lazy"';
  return (
    `<picture>${sources}<img src="${escapeHtml(picture.src)}" srcset="${escapeHtml(picture.srcset)}" sizes="${escapeHtml(sizes)}"` +
    ` alt="${escapeHtml(alt)}"${altLang ? ` lang="${escapeHtml(altLang)}"` : ""} width="${picture.width}" height="${picture.height}" decoding="async"${loading}></picture>`
  );
}

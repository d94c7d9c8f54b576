import { localizeSite } from "../../i18n/localize.ts";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import type { Pack, SiteModel } from "../../content/model.ts";
import { slugify } from "../../content/collections.ts";
import { routeGpx } from "../gpx/route-gpx.ts";
import { bookletPdf } from "./booklet.ts";
import { keyPdf } from "./key.ts";
import { licenceText } from "./licences.ts";
import { packPictures } from "./parts.ts";
import { writeSiteFiles } from "../site-files.ts";
import { BasemapSource } from "./basemap.ts";
import { defaultImageCacheDir } from "../../images/cache.ts";

// The files of every teaching pack, next to its page:
//   /lespakketten/<pack>/<pack>-werkboekje.pdf                 the pupils' booklet
//   /lespakketten/<pack>/<pack>-werkboekje-grote-letters.pdf   the same in large print
//   /lespakketten/<pack>/<pack>-antwoordsleutel.pdf            the teacher's key, opening only with the
//                                                              password (key-password.ts); not written without one
//   /lespakketten/<pack>/<pack>.zip                            the pupils' files, with the GPX, the pictures and
//                                                              LICENTIES.txt; never the key

export interface PackFiles {
  booklet: string;
  largePrint: string;
  key: string;
  zip: string;
}

export function packFiles(pack: Pack): PackFiles {
  const folder = `/lespakketten/${pack.slug}`;
  return {
    booklet: `${folder}/${pack.slug}-werkboekje.pdf`,
    largePrint: `${folder}/${pack.slug}-werkboekje-grote-letters.pdf`,
    key: `${folder}/${pack.slug}-antwoordsleutel.pdf`,
    zip: `${folder}/${pack.slug}.zip`,
  };
}

/** ZIP entries carry this date (as local time, so the bytes do not depend on the time zone). */
const ZIP_DATE = new Date(2000, 0, 1);

/** The names inside a pack's ZIP, in order: what the README and the page promise. The key is not among them: pupils get the ZIP. */
export function zipEntries(pack: Pack): string[] {
  const files = packFiles(pack);
  return [
    path.posix.basename(files.booklet),
    path.posix.basename(files.largePrint),
    ...(pack.route ? [`${pack.route.slug}.gpx`] : []),
    ...pictureNames(pack),
    "LICENTIES.txt",
  ];
}

function pictureNames(pack: Pack): string[] {
  return packPictures(pack).map((picture, index) => `beelden/${String(index + 1).padStart(2, "0")}-${slugify(picture.caption)}.jpg`);
}

export interface PackDocuments {
  booklet: Buffer;
  largePrint: Buffer;
  /** Only with a password: encrypted with it. */
  key?: Buffer;
  zip: Buffer;
}

export async function packDocuments(pack: Pack, model: Pick<SiteModel, "config">, password?: string, basemap?: BasemapSource): Promise<PackDocuments> {
  const booklet = await bookletPdf(pack, model.config, "regular", basemap);
  const largePrint = await bookletPdf(pack, model.config, "large", basemap);
  const key = password ? await keyPdf(pack, model.config, password, basemap) : undefined;
  // The ZIP's entries in the order zipEntries promises; the pictures are JPEGs already, so stored as they are.
  const names = zipEntries(pack);
  const pictureFiles = names.filter((name) => name.startsWith("beelden/"));
  const pictures = await Promise.all(packPictures(pack).map((picture) => readFile(picture.classroom.file)));
  const contents: Record<string, Uint8Array> = {
    [names[0]!]: booklet,
    [names[1]!]: largePrint,
    ...(pack.route ? { [`${pack.route.slug}.gpx`]: Buffer.from(routeGpx(pack.route, model.config)) } : {}),
    ...Object.fromEntries(pictureFiles.map((name, index) => [name, pictures[index]!])),
    "LICENTIES.txt": Buffer.from(licenceText(pack, model.config, pictureFiles, basemap && !basemap.failure ? basemap.attribution : undefined)),
  };
  const entries: Zippable = Object.fromEntries(names.map((name) => [name, [contents[name]!, { level: name.endsWith(".jpg") ? 0 : 6, mtime: ZIP_DATE }]]));
  const zip = zipSync(entries, { mtime: ZIP_DATE });
  return { booklet, largePrint, ...(key ? { key } : {}), zip: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) };
}

/** Writes the files of every pack under `outputDir`; returns the paths written. */
/**
 * A pack as its PDFs show it: in a language the site has pages in, the monuments, route and stories
 * it names are those of that language's view (their translated titles, or the site's own).
 */
function inItsLanguage(pack: Pack, model: SiteModel): Pack {
  if (pack.language === model.config.language || !model.config.translations.includes(pack.language)) return pack;
  return localizeSite(model, pack.language).packs.find((candidate) => candidate.slug === pack.slug) ?? pack;
}

export interface PackOptions {
  /** The answer keys' password (key-password.ts): without it the keys are not written. */
  password?: string;
  /** Where the background map's tiles are kept (the image cache), when site.yaml names one. */
  cacheDir?: string;
}

export interface PackReport {
  files: string[];
  /** The background map, when site.yaml names one: tiles fetched, and why it could not be made. */
  basemap?: { fetched: number; failure?: string };
}

/**
 * Writes the files of every pack under `outputDir`: the keys only with a password (encrypted with
 * it), the maps on the site's background map when it names one.
 */
export async function writePacks(model: SiteModel, outputDir: string, options: PackOptions = {}): Promise<PackReport> {
  const written: string[] = [];
  const settings = model.config.packs.basemap;
  const basemap = settings && model.packs.length > 0 ? new BasemapSource(settings, options.cacheDir ?? defaultImageCacheDir(), model.config) : undefined;
  for (const pack of model.packs) {
    const documents = await packDocuments(inItsLanguage(pack, model), model, options.password, basemap);
    const files = packFiles(pack);
    written.push(
      ...(await writeSiteFiles(outputDir, [
        [files.booklet, documents.booklet],
        [files.largePrint, documents.largePrint],
        ...(documents.key ? ([[files.key, documents.key]] as const) : []),
        [files.zip, documents.zip],
      ])),
    );
  }
  return { files: written, ...(basemap ? { basemap: { fetched: basemap.fetched, ...(basemap.failure ? { failure: basemap.failure } : {}) } } : {}) };
}

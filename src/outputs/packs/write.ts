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

export async function packDocuments(pack: Pack, model: Pick<SiteModel, "config">, password?: string): Promise<PackDocuments> {
  const booklet = await bookletPdf(pack, model.config, "regular");
  const largePrint = await bookletPdf(pack, model.config, "large");
  const key = password ? await keyPdf(pack, model.config, password) : undefined;
  // The ZIP's entries in the order zipEntries promises; the pictures are JPEGs already, so stored as they are.
  const names = zipEntries(pack);
  const pictureFiles = names.filter((name) => name.startsWith("beelden/"));
  const pictures = await Promise.all(packPictures(pack).map((picture) => readFile(picture.classroom.file)));
  const contents: Record<string, Uint8Array> = {
    [names[0]!]: booklet,
    [names[1]!]: largePrint,
    ...(pack.route ? { [`${pack.route.slug}.gpx`]: Buffer.from(routeGpx(pack.route, model.config)) } : {}),
    ...Object.fromEntries(pictureFiles.map((name, index) => [name, pictures[index]!])),
    "LICENTIES.txt": Buffer.from(licenceText(pack, model.config, pictureFiles)),
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

/**
 * Writes the files of every pack under `outputDir`; the keys only with `password` (encrypted with
 * it). Returns the paths written.
 */
export async function writePacks(model: SiteModel, outputDir: string, password?: string): Promise<string[]> {
  const written: string[] = [];
  for (const pack of model.packs) {
    const documents = await packDocuments(inItsLanguage(pack, model), model, password);
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
  return written;
}

import { open, readFile } from "node:fs/promises";
import path from "node:path";
import { sharpLibrary } from "./sharp-library.ts";
import type { Image, PackStop, SiteModel } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import { slugify } from "../content/collections.ts";
import { digestOf, ImageCache } from "./cache.ts";
import { encodeVariant, rasteriseSvg } from "./encode.ts";
import { parseFocus, type Size } from "./geometry.ts";
import { inspectSource, type SourceFacts } from "./inspect.ts";
import { PIPELINE_VERSION, PRINT_DPI_ERROR, PRINT_DPI_WARNING, SVG_RASTER_WIDTH, type WebFormat } from "./options.ts";
import { planVariants, printCrop, extensionOf, type ImageUse, type Variant } from "./plan.ts";
import { forEachLimited } from "./pool.ts";
import { describePrint, printDpi, printMasterSize } from "./print.ts";
import type { PrintSettings } from "../print/formats.ts";
import { progressBar } from "./progress.ts";
import { pictureOf, variantUrl, type ImageRendition } from "./rendition.ts";

// The image pipeline for a whole site, in steps:
//   uses      what each image in the content is used for (page, card, social preview, postcard)
//   inspect   each source file once: readable, not a decompression bomb, its size
//   check     print resolution of postcard fronts: warning below 300 dpi, error below 200
//   plan      the derived files of each use, keyed by digest (plan.ts)
//   encode    what the cache does not have yet, both cores busy, with a progress bar
//   attach    each Image gets its rendition (URLs, sizes); the files to publish are listed

export interface ImagePipelineOptions {
  /** The image cache folder (node_modules/.cache/schachtbok/images). */
  cacheDir: string;
  /** Inspect and check only: no derived files (npm run check). */
  inspectOnly?: boolean;
}

export interface ImageReport {
  problems: ContentProblem[];
  /** Site path (no leading slash) → the file in the cache to publish there. */
  published: Map<string, string>;
  /** Source images used. */
  images: number;
  /** Of those, how many had every derived file in the cache already. */
  cached: number;
  /** Derived files encoded in this run. */
  encoded: number;
}

interface Use {
  image: Image;
  use: ImageUse;
  /** Where the rendition goes: the image itself, or a postcard card (its own print size). */
  attach(rendition: ImageRendition): void;
}

/** What a source is worked from: its own bytes, or for an SVG a large PNG drawn from it. */
interface Working {
  file: string;
  digest: string;
  size: Size;
}

export async function processImages(model: SiteModel, options: ImagePipelineOptions): Promise<ImageReport> {
  const cache = ImageCache.open(options.cacheDir);
  const report: ImageReport = { problems: [], published: new Map(), images: 0, cached: 0, encoded: 0 };
  const uses = imageUses(model);
  const bySource = groupBy(uses, (entry) => entry.image.sourcePath);
  report.images = bySource.size;

  // Inspect every source once.
  const facts = new Map<string, SourceFacts>();
  await forEachLimited([...bySource.keys()], async (sourcePath) => {
    const inspection = await inspectSource(sourcePath, cache);
    if (inspection.ok) facts.set(sourcePath, inspection.facts);
    else for (const image of declaredImages(bySource.get(sourcePath)!)) report.problems.push(problemAt(image, inspection.message, inspection.hint));
  });
  cache.save();

  // Print resolution, from the source's size alone. One line per image in the content: a photo on
  // the monument's own card and on a series' card is reported once, at the size it prints worst.
  const printProblems = new Map<string, { problem: ContentProblem; dpi: number }>();
  for (const { image, use } of uses) {
    const source = facts.get(image.sourcePath);
    if (!use.print || !source || source.vector) continue;
    const found = printResolutionProblem(image, source, use.print);
    const place = declarationKey(image);
    if (found && found.dpi < (printProblems.get(place)?.dpi ?? Infinity)) printProblems.set(place, found);
  }
  for (const { problem } of printProblems.values()) report.problems.push(problem);
  if (options.inspectOnly || report.problems.some((problem) => problem.severity === "error")) return report;

  // SVG drawings are drawn large once (cached), then handled like photos.
  const working = new Map<string, Working>();
  await forEachLimited([...facts], async ([sourcePath, source]) => {
    working.set(sourcePath, source.vector ? await rasterised(sourcePath, source, bySource.get(sourcePath)!, cache) : { file: sourcePath, digest: source.digest, size: source });
  });

  // Plan, then encode what is missing.
  const formats: WebFormat[] = model.config.images.avif ? ["avif", "webp", "jpeg"] : ["webp", "jpeg"];
  const jobs = new Map<string, { variant: Variant; working: Working; sourcePath: string }>();
  const planned = new Map<Use, Variant[]>();
  // Many entries share an illustration: plan each distinct source and use once.
  const plans = new Map<string, Variant[]>();
  for (const entry of uses) {
    const base = working.get(entry.image.sourcePath);
    if (!base) continue;
    const planKey = `${entry.image.sourcePath}\0${JSON.stringify(entry.use)}`;
    let variants = plans.get(planKey);
    if (!variants) {
      variants = planVariants(base.digest, base.size, entry.use, { formats });
      plans.set(planKey, variants);
      for (const variant of variants) jobs.set(variant.key, { variant, working: base, sourcePath: entry.image.sourcePath });
    }
    planned.set(entry, variants);
  }
  const missing = [...jobs.values()].filter((job) => !cache.has(job.variant.key, extensionOf(job.variant.format)));
  const sourcesWithWork = new Set(missing.map((job) => job.sourcePath));
  report.cached = [...working.keys()].filter((sourcePath) => !sourcesWithWork.has(sourcePath)).length;
  const failed = new Map<string, string>();
  const progress = progressBar("Beelden", missing.length);
  await forEachLimited(missing, async ({ variant, working: base, sourcePath }) => {
    if (failed.has(sourcePath)) return progress.tick();
    try {
      const output = await encodeVariant(await readFile(base.file), variant);
      await cache.store(variant.key, extensionOf(variant.format), output);
      report.encoded++;
    } catch (error) {
      failed.set(sourcePath, error instanceof Error ? error.message.split("\n")[0]! : String(error));
    }
    progress.tick();
  });
  progress.done();
  for (const [sourcePath, message] of failed) {
    for (const image of declaredImages(bySource.get(sourcePath)!)) {
      report.problems.push(problemAt(image, `the image could not be converted: ${message}`, "the file is probably damaged; copy or export it again"));
    }
  }
  if (failed.size > 0) return report;

  // Attach renditions and list the files to publish; entries with the same plan share one rendition.
  const renditions = new Map<Variant[], ImageRendition>();
  for (const [entry, variants] of planned) {
    const shared = renditions.get(variants);
    if (shared) {
      entry.attach(shared);
      continue;
    }
    const baseName = slugify(path.basename(entry.image.sourcePath, path.extname(entry.image.sourcePath))) || "beeld";
    const urlOf = (variant: Variant) => {
      const url = variantUrl(baseName, variant);
      report.published.set(url.slice(1), cache.fileFor(variant.key, extensionOf(variant.format)));
      return url;
    };
    const rendition: ImageRendition = {};
    if (entry.use.page) rendition.page = pictureOf(variants, "page", urlOf);
    if (entry.use.thumb) rendition.thumb = pictureOf(variants, "thumb", urlOf);
    const social = variants.find((variant) => variant.role === "social");
    if (social) rendition.social = { url: urlOf(social), width: social.width, height: social.height };
    const print = variants.find((variant) => variant.role === "print");
    if (print && entry.use.print) {
      const source = facts.get(entry.image.sourcePath)!;
      rendition.print = {
        file: cache.fileFor(print.key, extensionOf(print.format)),
        settings: entry.use.print,
        px: { width: print.width, height: print.height },
        sourceDpi: source.vector ? Infinity : printDpi(printCrop(source, entry.use.print), entry.use.print),
      };
    }
    const classroom = variants.find((variant) => variant.role === "classroom");
    if (classroom) rendition.classroom = { file: cache.fileFor(classroom.key, extensionOf(classroom.format)), width: classroom.width, height: classroom.height };
    entry.attach(rendition);
    renditions.set(variants, rendition);
  }
  return report;
}

/**
 * What each image is for: every image appears in its page; the first image of a
 * monument or story also on cards, in map popups and as the page's social
 * preview; the first image of a monument with a postcard text on a card front of
 * the site's print size, and the front of every card of a series at its own size.
 */
export function imageUses(model: SiteModel): Use[] {
  const print: PrintSettings = { card: model.config.print.card, orientation: model.config.print.orientation, bleedMm: model.config.print.bleed };
  const uses: Use[] = [];
  const focusOf = (image: Image) => {
    const focus = image.focus ? parseFocus(image.focus) : undefined;
    return focus ? { focus } : {};
  };
  const add = (images: Image[], postcard: boolean) =>
    images.forEach((image, index) => {
      uses.push({
        image,
        use: { page: true, thumb: index === 0, social: index === 0, ...(postcard && index === 0 ? { print } : {}), ...focusOf(image) },
        attach: (rendition) => (image.rendition = rendition),
      });
    });
  for (const monument of model.monuments) add(monument.images, monument.postcard !== undefined);
  for (const story of model.stories) add(story.images, false);
  for (const series of model.series) {
    for (const card of series.cards) {
      uses.push({
        image: card.image,
        use: { page: false, thumb: false, social: false, print: series.print, printColour: series.colour, ...(series.profile ? { printProfile: series.profile } : {}), ...focusOf(card.image) },
        attach: (rendition) => (card.master = rendition.print),
      });
    }
  }
  for (const pack of model.packs) {
    const pictures: { image?: Image; classroom?: PackStop["classroom"] }[] = [...pack.stops, ...pack.stories];
    for (const holder of pictures) {
      if (!holder.image) continue;
      uses.push({ image: holder.image, use: { page: false, thumb: false, social: false, classroom: true }, attach: (rendition) => (holder.classroom = rendition.classroom) });
    }
  }
  return uses;
}

function printResolutionProblem(image: Image, source: SourceFacts, settings: PrintSettings): { problem: ContentProblem; dpi: number } | undefined {
  const dpi = printDpi(printCrop(source, settings), settings);
  if (dpi >= PRINT_DPI_WARNING) return undefined;
  const { px } = printMasterSize(settings);
  const severity = dpi < PRINT_DPI_ERROR ? "error" : "warning";
  const need = severity === "error" ? `at least ${PRINT_DPI_ERROR} dpi is needed, ${PRINT_DPI_WARNING} looks sharp` : `${PRINT_DPI_WARNING} dpi looks sharp`;
  const problem = problemAt(
    image,
    `${source.width} x ${source.height} pixels prints at ${dpi} dpi on the postcard front (${describePrint(settings)}); ${need}`,
    `use a larger original, at least ${px.width} x ${px.height} pixels after cropping to the card`,
  );
  return { problem: { ...problem, severity }, dpi };
}

/** Where an image is named in the content: the place a problem with it is reported. */
function declarationKey(image: Image): string {
  const { file, line, field } = image.declaredAt();
  return `${file}:${line}:${field}`;
}

/** Each image of these uses once, by where it is named (a card's picture is its monument's). */
function declaredImages(uses: readonly Use[]): Image[] {
  const images = new Map<string, Image>();
  for (const { image } of uses) if (!images.has(declarationKey(image))) images.set(declarationKey(image), image);
  return [...images.values()];
}

async function rasterised(sourcePath: string, source: SourceFacts, uses: Use[], cache: ImageCache): Promise<Working> {
  // Wide enough for every web width, and for a print master cut from it at 300 dpi.
  let width = SVG_RASTER_WIDTH;
  for (const { use } of uses) {
    if (!use.print) continue;
    const crop = printCrop(source, use.print);
    const { px } = printMasterSize(use.print);
    width = Math.max(width, Math.ceil(source.width * Math.max(px.width / crop.width, px.height / crop.height)));
  }
  const key = digestOf(PIPELINE_VERSION, "svg-raster", source.digest, width);
  const file = cache.fileFor(key, "png");
  if (!cache.has(key, "png")) {
    const { png } = await rasteriseSvg(await readFile(sourcePath), source.width, width);
    await cache.store(key, "png", png);
  }
  return { file, digest: key, size: await pngSize(file) };
}

/**
 * A PNG's width and height, from its header: the rasterised drawing is a PNG this pipeline wrote.
 * Read without sharp, so a build whose images all come from the cache does not load it.
 */
export async function pngSize(file: string): Promise<Size> {
  const handle = await open(file, "r");
  try {
    const header = Buffer.alloc(24);
    const { bytesRead } = await handle.read(header, 0, 24, 0);
    // The signature's last four bytes, then the IHDR chunk: its length (13) and type.
    if (bytesRead === 24 && header.readUInt32BE(4) === 0x0d0a1a0a && header.readUInt32BE(12) === 0x49484452) {
      return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
    }
  } finally {
    await handle.close();
  }
  const { width = 0, height = 0 } = await sharpLibrary()(file).metadata();
  return { width, height };
}

function problemAt(image: Image, message: string, hint: string): ContentProblem {
  return { ...image.declaredAt(), severity: "error", message: `${image.file}: ${message}`, hint };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

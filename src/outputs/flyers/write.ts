import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Route, SiteModel } from "../../content/model.ts";
import type { ContentProblem } from "../../content/problems.ts";
import { digestOf } from "../../images/cache.ts";
import { progressBar } from "../../images/progress.ts";
import { localizeSite } from "../../i18n/localize.ts";
import { entryUrl, type Lang } from "../../i18n/locales.ts";
import { pdfBytes } from "../../pdf/document.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { markPdfX4, pdfX4Bytes } from "../../pdf/pdfx.ts";
import { addDrawingPage } from "../../print/pdf-drawing.ts";
import { drawingSvg } from "../../print/svg-drawing.ts";
import { pdfkitDocument, pdfLibrary } from "../pdf-libraries.ts";
import { pressIntentFor, type PressIntent } from "../press-intent.ts";
import { writeSiteFiles } from "../site-files.ts";
import { flyerContent, type FlyerContent } from "./content.ts";
import { flyerLayout, type FlyerLayout } from "./layout.ts";
import { lineOf } from "../content-lines.ts";
import { messagesFor } from "../../i18n/messages.ts";

// Every route's folded flyer, in the site's language and in every language the route is translated
// into, next to the route's page and GPX file in that language (/de/routen/<route>/...):
//   /routes/<route>/<route>-folder-nl.pdf              A4 folded in three, PDF/X-4 with 3 mm bleed
//   /routes/<route>/<route>-folder-nl-buitenkant.svg   its outside as a picture, for the route page
//   /routes/<route>/<route>-folder-nl-binnenkant.svg   its inside
// The pictures are SVG, drawn from the same list as the PDF (src/print/svg-drawing.ts): sharp at any
// zoom, about 15 KB gzipped, and made in a few milliseconds where a raster picture took 50.
// A flyer is made again only when what it says changes (its content's digest, in the image cache).

export const FLYER_BLEED_MM = 3;
/** The previews' width in CSS pixels (the whole sheet); being SVG, they stay sharp larger. */
export const FLYER_PREVIEW_WIDTH = 600;
/**
 * The code that draws a flyer, by its digest: a cached flyer is made again when any of it changes,
 * not only when someone remembers to raise a version number. `npm run build` runs a bundle of the
 * program (scripts/run.mjs) and says its digest; run from the sources (npm start, the tests), the
 * digest is of these files.
 */
const FLYER_CODE = ["outputs/flyers/content.ts", "outputs/flyers/layout.ts", "outputs/flyers/write.ts", "print/drawing.ts", "print/type.ts", "print/route-map.ts", "print/pdf-drawing.ts", "print/svg-drawing.ts", "pdf/pdfx.ts", "pdf/qr.ts"];
let codeDigest: string | undefined;
function flyerCodeDigest(): string {
  if (process.env.SCHACHTBOK_PROGRAM_DIGEST) return process.env.SCHACHTBOK_PROGRAM_DIGEST;
  const src = fileURLToPath(new URL("../../", import.meta.url));
  return (codeDigest ??= digestOf(...FLYER_CODE.map((file) => readFileSync(path.join(src, file), "utf8"))));
}
/** Flyers carry this date (the same content gives the same bytes). */
const FLYER_DATE = new Date(Date.UTC(2000, 0, 1));

export interface FlyerFiles {
  lang: Lang;
  pdf: string;
  outside: string;
  inside: string;
}

/** The languages a route has a flyer in: the site's own, and each translation the route has. */
export function flyerLanguages(route: Pick<Route, "translations">, config: Pick<SiteModel["config"], "language" | "translations">): Lang[] {
  return [config.language, ...config.translations.filter((lang) => route.translations[lang] !== undefined)];
}

export function flyerFiles(route: Pick<Route, "slug">, lang: Lang, config: Pick<SiteModel["config"], "language">): FlyerFiles {
  const base = `${entryUrl("route", route.slug, lang, config.language)}${route.slug}-folder-${lang}`;
  return { lang, pdf: `${base}.pdf`, outside: `${base}-buitenkant.svg`, inside: `${base}-binnenkant.svg` };
}

/** All flyers of a route, in the site's language first: what its pages offer. */
export function routeFlyers(route: Pick<Route, "slug" | "translations">, config: Pick<SiteModel["config"], "language" | "translations">): FlyerFiles[] {
  return flyerLanguages(route, config).map((lang) => flyerFiles(route, lang, config));
}

/**
 * What the route's page in `lang` offers: the flyer in `lang` when the route is translated into
 * it, else the one in the site's language; and the flyers in the other languages.
 */
export function flyersOnPage(route: Pick<Route, "slug" | "translations">, config: Pick<SiteModel["config"], "language" | "translations">, lang: Lang): { flyer: FlyerFiles; others: FlyerFiles[] } {
  const flyers = routeFlyers(route, config);
  const flyer = flyers.find((candidate) => candidate.lang === lang) ?? flyers[0]!;
  return { flyer, others: flyers.filter((candidate) => candidate !== flyer) };
}

export interface FlyerDocuments {
  pdf: Buffer;
  outside: Buffer;
  inside: Buffer;
  layout: FlyerLayout;
}

/** The flyer's PDF/X-4 file and its two preview pictures. */
export async function flyerDocuments(content: FlyerContent, intent: PressIntent): Promise<FlyerDocuments> {
  const layout = flyerLayout(content, FLYER_BLEED_MM);
  const PDFDocument = pdfkitDocument();
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: FONTS.regular,
    pdfVersion: "1.6",
    lang: content.lang,
    info: { Title: content.documentTitle, Author: content.organisation, Creator: "schachtbok", Producer: "schachtbok (pdfkit)", CreationDate: FLYER_DATE, ModDate: FLYER_DATE },
  });
  addDrawingPage(doc, layout.outside, FLYER_BLEED_MM);
  addDrawingPage(doc, layout.inside, FLYER_BLEED_MM);
  const loaded = await pdfLibrary().PDFDocument.load(await pdfBytes(doc), { updateMetadata: false });
  markPdfX4(loaded, { ...intent, title: content.documentTitle, author: content.organisation, date: FLYER_DATE });
  const saved = pdfX4Bytes(await loaded.save({ useObjectStreams: false, objectsPerTick: Infinity }));
  const outside = Buffer.from(drawingSvg(layout.outside, FLYER_PREVIEW_WIDTH));
  const inside = Buffer.from(drawingSvg(layout.inside, FLYER_PREVIEW_WIDTH));
  return { pdf: Buffer.from(saved.buffer, saved.byteOffset, saved.byteLength), outside, inside, layout };
}

export interface FlyerReport {
  files: string[];
  problems: ContentProblem[];
}

/** Writes every route's flyers under `outputDir` (cached in `cacheDir`); what a flyer has to leave off is a warning. */
export async function writeFlyers(model: SiteModel, outputDir: string, cacheDir: string): Promise<FlyerReport> {
  const report: FlyerReport = { files: [], problems: [] };
  if (model.routes.length === 0) return report;
  const intent = await pressIntentFor(model.pressProfile);
  const views = new Map<Lang, SiteModel>([[model.config.language, model]]);
  const jobs = model.routes.flatMap((route) => flyerLanguages(route, model.config).map((lang) => ({ route, lang })));
  const progress = progressBar("Route flyers", jobs.length);
  try {
    for (const { route, lang } of jobs) {
      if (!views.has(lang)) views.set(lang, localizeSite(model, lang));
      const shown = views.get(lang)!.routes.find((candidate) => candidate.slug === route.slug) ?? route;
      const content = flyerContent(shown, lang, model.config);
      const files = flyerFiles(route, lang, model.config);
      const documents = await cachedFlyer(content, intent, model.pressProfile?.digest, cacheDir);
      progress.tick();
      report.problems.push(...omissionProblems(route, lang, documents.omitted));
      report.files.push(
        ...(await writeSiteFiles(outputDir, [
          [files.pdf, documents.pdf],
          [files.outside, documents.outside],
          [files.inside, documents.inside],
        ])),
      );
    }
  } finally {
    progress.done();
  }
  return report;
}

/** A warning for each thing the flyer left off, on the line of the route file (or its translation) that has it. */
function omissionProblems(route: Route, lang: Lang, omitted: FlyerLayout["omitted"]): ContentProblem[] {
  const file = lang !== route.i18n.original ? (route.translations[lang]?.source.path ?? route.source.path) : route.source.path;
  const flyer = `the folded flyer of "${route.title}"${lang !== route.i18n.original ? ` (${lang})` : ""}`;
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string, hint: string): ContentProblem => ({ file, line: lineOf(file, [field]), field, severity: "warning", message: `${flyer} ${message}`, hint });
  if (omitted.stops > 0) problems.push(problem("stops", `lists only the first ${route.stops.length - omitted.stops} of ${route.stops.length} stops, without their notes: the rest does not fit on it`, "split the route in two, or accept that the flyer sends readers to the route's page for the rest"));
  else if (omitted.notes) problems.push(problem("stops", "leaves out the stops' notes: with them, the stops do not fit on it", "shorten the notes, or split the route in two"));
  if (omitted.accessibility) problems.push(problem("accessibility", "cuts the accessibility text short: it does not fit on its panel", "shorten the accessibility text, or the start and finish"));
  return problems;
}

/** The flyer from the cache when its content, the press profile and the drawing code are unchanged. */
async function cachedFlyer(content: FlyerContent, intent: PressIntent, profileDigest: string | undefined, cacheDir: string): Promise<Omit<FlyerDocuments, "layout"> & Pick<FlyerLayout, "omitted">> {
  // The texts the layout adds itself are in the key, so a change of wording makes the flyer again.
  const key = digestOf(flyerCodeDigest(), FLYER_PREVIEW_WIDTH, profileDigest ?? "built-in", messagesFor(content.lang).flyer.moreStops(2), content);
  const base = path.join(cacheDir, "flyers", key);
  const files = { pdf: `${base}.pdf`, outside: `${base}-outside.svg`, inside: `${base}-inside.svg`, omitted: `${base}-omitted.json` };
  if (Object.values(files).every((file) => existsSync(file))) {
    const [pdf, outside, inside, omitted] = await Promise.all([readFile(files.pdf), readFile(files.outside), readFile(files.inside), readFile(files.omitted, "utf8")]);
    return { pdf, outside, inside, omitted: JSON.parse(omitted) as FlyerLayout["omitted"] };
  }
  const documents = await flyerDocuments(content, intent);
  const stored = { ...documents, omitted: Buffer.from(JSON.stringify(documents.layout.omitted)) };
  await mkdir(path.dirname(base), { recursive: true });
  for (const kind of ["pdf", "outside", "inside", "omitted"] as const) {
    const temporary = `${files[kind]}.${process.pid}.tmp`;
    await writeFile(temporary, stored[kind]);
    await rename(temporary, files[kind]);
  }
  return { ...documents, omitted: documents.layout.omitted };
}

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
import { pressIntentFor } from "../press-intent.ts";
import { writeSiteFiles } from "../site-files.ts";
import { flyerContent, type FlyerContent } from "./content.ts";
import { FLYER_PREVIEW_WIDTH, type FlyerMade } from "./documents.ts";
import type { FlyerLayout } from "./layout.ts";
import { makeFlyers } from "./workers.ts";
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

export { FLYER_BLEED_MM, flyerDocuments } from "./documents.ts";

/**
 * The code that draws a flyer, by its digest: a cached flyer is made again when any of it changes,
 * not only when someone remembers to raise a version number. `npm run build` runs a bundle of the
 * program (scripts/run.mjs) and says its digest; run from the sources (npm start, the tests), the
 * digest is of these files.
 */
const FLYER_CODE = ["outputs/flyers/content.ts", "outputs/flyers/layout.ts", "outputs/flyers/documents.ts", "outputs/flyers/write.ts", "print/drawing.ts", "print/type.ts", "print/route-map.ts", "print/pdf-drawing.ts", "print/svg-drawing.ts", "pdf/pdfx.ts", "pdf/qr.ts", "pdf/fonts.ts", "pdf/plain-zero.ts"];
let codeDigest: string | undefined;
function flyerCodeDigest(): string {
  if (process.env.SCHACHTBOK_PROGRAM_DIGEST) return process.env.SCHACHTBOK_PROGRAM_DIGEST;
  const src = fileURLToPath(new URL("../../", import.meta.url));
  return (codeDigest ??= digestOf(...FLYER_CODE.map((file) => readFileSync(path.join(src, file), "utf8"))));
}

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

export interface FlyerReport {
  files: string[];
  problems: ContentProblem[];
}

/**
 * Writes every route's flyers under `outputDir`, from the cache in `cacheDir` when unchanged, else
 * made on every core (workers.ts, bundled from `projectDir`'s sources); what a flyer has to leave
 * off is a warning.
 */
export async function writeFlyers(model: SiteModel, outputDir: string, cacheDir: string, projectDir = process.cwd()): Promise<FlyerReport> {
  const report: FlyerReport = { files: [], problems: [] };
  if (model.routes.length === 0) return report;
  const views = new Map<Lang, SiteModel>([[model.config.language, model]]);
  const jobs = model.routes.flatMap((route) =>
    flyerLanguages(route, model.config).map((lang) => {
      if (!views.has(lang)) views.set(lang, localizeSite(model, lang));
      const shown = views.get(lang)!.routes.find((candidate) => candidate.slug === route.slug) ?? route;
      const content = flyerContent(shown, lang, model.config);
      return { route, lang, content, cache: cacheFiles(cacheDir, content, model.pressProfile?.digest) };
    }),
  );
  const problems: ContentProblem[][] = [];
  const progress = progressBar("Route flyers", jobs.length);
  const finish = async (index: number, made: FlyerMade) => {
    const { route, lang } = jobs[index]!;
    const files = flyerFiles(route, lang, model.config);
    problems[index] = omissionProblems(route, lang, made.omitted);
    report.files.push(
      ...(await writeSiteFiles(outputDir, [
        [files.pdf, made.pdf],
        [files.outside, made.outside],
        [files.inside, made.inside],
      ])),
    );
    progress.tick();
  };
  try {
    const toMake: number[] = [];
    for (const [index, job] of jobs.entries()) {
      const cached = await fromCache(job.cache);
      if (cached) await finish(index, cached);
      else toMake.push(index);
    }
    if (toMake.length > 0) {
      const intent = await pressIntentFor(model.pressProfile);
      await makeFlyers(toMake.map((index) => jobs[index]!.content), intent, projectDir, async (position, made) => {
        const index = toMake[position]!;
        await toCache(jobs[index]!.cache, made);
        await finish(index, made);
      });
    }
  } finally {
    progress.done();
  }
  report.problems = problems.flat();
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

type CacheFiles = Record<"pdf" | "outside" | "inside" | "omitted", string>;

/** Where a flyer is kept: under the digest of its content, the press profile and the drawing code. */
function cacheFiles(cacheDir: string, content: FlyerContent, profileDigest: string | undefined): CacheFiles {
  // The texts the layout adds itself are in the key, so a change of wording makes the flyer again.
  const key = digestOf(flyerCodeDigest(), FLYER_PREVIEW_WIDTH, profileDigest ?? "built-in", messagesFor(content.lang).flyer.moreStops(2), content);
  const base = path.join(cacheDir, "flyers", key);
  return { pdf: `${base}.pdf`, outside: `${base}-outside.svg`, inside: `${base}-inside.svg`, omitted: `${base}-omitted.json` };
}

async function fromCache(files: CacheFiles): Promise<FlyerMade | undefined> {
  if (!Object.values(files).every((file) => existsSync(file))) return undefined;
  const [pdf, outside, inside, omitted] = await Promise.all([readFile(files.pdf), readFile(files.outside), readFile(files.inside), readFile(files.omitted, "utf8")]);
  return { pdf, outside, inside, omitted: JSON.parse(omitted) as FlyerMade["omitted"] };
}

async function toCache(files: CacheFiles, made: FlyerMade): Promise<void> {
  const contents = { ...made, omitted: Buffer.from(JSON.stringify(made.omitted)) };
  await mkdir(path.dirname(files.pdf), { recursive: true });
  for (const kind of ["pdf", "outside", "inside", "omitted"] as const) {
    // Whole or not at all: parallel builds (the tests) read the cache too.
    const temporary = `${files[kind]}.${process.pid}.tmp`;
    await writeFile(temporary, contents[kind]);
    await rename(temporary, files[kind]);
  }
}

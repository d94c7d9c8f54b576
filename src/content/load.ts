import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContentCache } from "./cache.ts";
import { displayPath, readCollection, validateTranslation, type ContentOverlay, type TranslationEntry } from "./collections.ts";
import type { SiteTranslationFile } from "./link-translations.ts";
import {
  monumentTranslationSchema,
  routeTranslationSchema,
  siteTranslationSchema,
  storyTranslationSchema,
  type MonumentTranslationData,
  type RouteTranslationData,
  type SiteTranslationData,
  type StoryTranslationData,
} from "./schemas/translations.ts";
import { linkModel } from "./link.ts";
import type { SiteModel } from "./model.ts";
import { compareProblems, type ContentProblem } from "./problems.ts";
import { monumentSchema } from "./schemas/monument.ts";
import { routeSchema } from "./schemas/route.ts";
import { siteSchema } from "./schemas/site.ts";
import { storySchema } from "./schemas/story.ts";
import { seriesSchema } from "./schemas/series.ts";
import { packSchema } from "./schemas/pack.ts";
import { parseYamlFile } from "./source-file.ts";
import { validate } from "./validate.ts";

export interface LoadResult {
  /** The linked model; absent when there are errors (warnings still give a model). */
  model?: SiteModel;
  /** Every problem found, errors and warnings, sorted by file and line. */
  problems: ContentProblem[];
}

export const SITE_CONFIG_FILE = "site.yaml";

export interface LoadOptions {
  /** Keep validated front matter of unchanged files here (see ContentCache). */
  cache?: { file: string; version: string };
  /** Or in memory, from one load to the next (npm start: ContentCache.inMemory()). */
  memoryCache?: ContentCache;
  /** Files read from here instead of the disk: the editor's check of a save before it is written. */
  overlay?: ContentOverlay;
}

/** Reads, validates and links all content under `contentDir`. Never throws for content mistakes. */
export async function loadSite(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const root = path.resolve(contentDir);
  const configPath = path.join(root, SITE_CONFIG_FILE);
  let configText: string;
  try {
    configText = options.overlay?.get(configPath) ?? (await readFile(configPath, "utf8"));
  } catch {
    problems.push({
      file: displayPath(configPath),
      line: 1,
      field: "",
      severity: "error",
      message: "the site configuration is missing",
      hint: "create content/site.yaml with title, description, baseUrl, region and municipalities (see the README)",
    });
    return { problems };
  }
  const siteSource = parseYamlFile(displayPath(configPath), configPath, configText);
  problems.push(...siteSource.problems);
  const site = siteSource.data === undefined ? undefined : validate(siteSchema, siteSource);
  if (site) problems.push(...site.problems);

  const cache = options.memoryCache ?? (options.cache && ContentCache.open(options.cache.file, options.cache.version));
  const translations = {
    monuments: [] as TranslationEntry<MonumentTranslationData>[],
    routes: [] as TranslationEntry<RouteTranslationData>[],
    stories: [] as TranslationEntry<StoryTranslationData>[],
    site: readSiteTranslations(root, problems, options.overlay),
  };
  const monuments = await readCollection(root, "monuments", monumentSchema, problems, cache, {
    schema: monumentTranslationSchema,
    original: monumentSchema,
    into: translations.monuments,
  }, options.overlay);
  const routes = await readCollection(root, "routes", routeSchema, problems, cache, { schema: routeTranslationSchema, original: routeSchema, into: translations.routes }, options.overlay);
  const stories = await readCollection(root, "stories", storySchema, problems, cache, { schema: storyTranslationSchema, original: storySchema, into: translations.stories }, options.overlay);
  const series = await readCollection(root, "series", seriesSchema, problems, cache, undefined, options.overlay);
  const packs = await readCollection(root, "packs", packSchema, problems, cache, undefined, options.overlay);
  cache?.save();

  if (site?.value === undefined) return { problems: problems.sort(compareProblems) };
  const model = linkModel(
    { contentDir: root, site: { source: siteSource, data: site.value }, monuments, routes, stories, series, packs, translations },
    problems,
  );
  problems.sort(compareProblems);
  return problems.some((problem) => problem.severity === "error") ? { problems } : { model, problems };
}

/** content/site.<lang>.yaml: the site's texts and the municipalities' in another language. */
function readSiteTranslations(root: string, problems: ContentProblem[], overlay?: ContentOverlay): SiteTranslationFile[] {
  // A new one saved in the editor is only in the overlay.
  const added = [...(overlay?.keys() ?? [])].filter((file) => path.dirname(file) === root).map((file) => path.basename(file));
  return [...new Set([...readdirSync(root), ...added])]
    .flatMap((name) => {
      const match = /^site\.([a-z]{2})\.ya?ml$/.exec(name);
      return match ? [[name, match[1]!] as const] : [];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, lang]) => {
      const absolutePath = path.join(root, name);
      const source = parseYamlFile(displayPath(absolutePath), absolutePath, overlay?.get(absolutePath) ?? readFileSync(absolutePath, "utf8"));
      problems.push(...source.problems);
      if (source.data === undefined) return { lang, source };
      const { value, problems: found } = validateTranslation<SiteTranslationData>(source, { schema: siteTranslationSchema, original: siteSchema }, "site.yaml");
      problems.push(...found);
      return { lang, source, data: value };
    });
}

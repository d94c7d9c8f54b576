import path from "node:path";
import { loadSite, type LoadOptions } from "../content/load.ts";
import type { SiteModel } from "../content/model.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import { defaultImageCacheDir } from "../images/cache.ts";
import { processImages, type ImageReport } from "../images/pipeline.ts";

// The build command validates the content before Eleventy starts and hands the
// model over here, so it is loaded once. The dev server (npm start) has no
// preloaded model and loads the content again on every rebuild.
// Kept on globalThis: Eleventy imports the config (and so this module) itself,
// and a second module instance must still see the model.
const PRELOADED = Symbol.for("schachtbok.preloadedModel");
const registry = globalThis as { [PRELOADED]?: SiteModel };

export function providePreloadedModel(model: SiteModel | undefined): void {
  registry[PRELOADED] = model;
}

/** True while `npm run build` renders (it hands the model over); false on the dev server. */
export function hasPreloadedModel(): boolean {
  return registry[PRELOADED] !== undefined;
}

export interface LoadedModel {
  model: SiteModel;
  /** Derived images to publish after the pages; absent when the build publishes them itself. */
  images?: ImageReport;
}

export async function modelFor(contentDir: string, options: Pick<LoadOptions, "memoryCache"> = {}): Promise<LoadedModel> {
  const preloaded = registry[PRELOADED];
  if (preloaded) return { model: preloaded };
  const { model, problems } = await loadSite(path.resolve(contentDir), options);
  if (!model) throw new ContentError(problems);
  const images = await processImages(model, { cacheDir: defaultImageCacheDir() });
  problems.push(...images.problems);
  if (images.problems.some((problem) => problem.severity === "error")) throw new ContentError(problems);
  for (const warning of problems) console.warn(formatProblem(warning));
  return { model, images };
}

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSite } from "../../src/content/load.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { processImages, type ImageReport } from "../../src/images/pipeline.ts";

/** A fresh, empty image cache folder. */
export function temporaryImageCache(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-images-")), "images");
}

/** Loads a content folder and runs the image pipeline on it, as the build does before rendering. */
export async function loadWithImages(contentDir: string, cacheDir = temporaryImageCache()): Promise<{ model: SiteModel; images: ImageReport }> {
  const { model, problems } = await loadSite(contentDir);
  if (!model) throw new Error(`the content has errors: ${JSON.stringify(problems)}`);
  const images = await processImages(model, { cacheDir });
  return { model, images };
}

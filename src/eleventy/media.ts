import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../content/model.ts";

/**
 * The files content refers to (images, audio, tracks), by output path relative
 * to the site root. Only these are published, not drafts lying next to them.
 */
export function mediaFiles(model: SiteModel): Map<string, string> {
  const files = new Map<string, string>();
  const add = (file: { sourcePath: string; url: string }) => files.set(decodeURI(file.url).replace(/^\//, ""), file.sourcePath);
  for (const monument of model.monuments) monument.images.forEach(add);
  for (const story of model.stories) {
    story.images.forEach(add);
    if (story.audio) add(story.audio);
  }
  for (const route of model.routes) if (route.track) add(route.track);
  return files;
}

export async function copyMedia(model: SiteModel, outputDir: string): Promise<string[]> {
  const written: string[] = [];
  await Promise.all(
    [...mediaFiles(model)].map(async ([relative, sourcePath]) => {
      const target = path.join(outputDir, ...relative.split("/"));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(sourcePath, target);
      written.push(target);
    }),
  );
  return written;
}

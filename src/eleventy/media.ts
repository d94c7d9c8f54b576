import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../content/model.ts";

/**
 * The files content refers to that are published as they are (audio), by output
 * path relative to the site root. Only these are published, not drafts lying next
 * to them. Images go through the image pipeline (src/images/) instead.
 *
 * A route's own GPX file is not among them: the route page offers a GPX written
 * from it (src/outputs/gpx/) with the stops as waypoints. The original may hold
 * what a sport watch records about the person who walked it (times, heart rate),
 * which has no place on a public site.
 */
export function mediaFiles(model: SiteModel): Map<string, string> {
  const files = new Map<string, string>();
  const add = (file: { sourcePath: string; url: string }) => files.set(decodeURI(file.url).replace(/^\//, ""), file.sourcePath);
  for (const story of model.stories) if (story.audio) add(story.audio);
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

import { copyFile, link, mkdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { forEachLimited } from "./pool.ts";

/**
 * Puts derived files from the cache into the site folder: a hard link where the
 * file system allows it (free, and the cache keeps its copy), a copy otherwise.
 * A file already there with the same name and size is left alone: names carry
 * the digest of what made them. Returns the absolute paths of all of them.
 */
export async function publishImages(published: ReadonlyMap<string, string>, outputDir: string): Promise<string[]> {
  const targets: string[] = [];
  const folders = new Set<string>();
  for (const sitePath of published.keys()) folders.add(path.dirname(path.join(outputDir, ...sitePath.split("/"))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await forEachLimited(
    [...published],
    async ([sitePath, cacheFile]) => {
      const target = path.join(outputDir, ...sitePath.split("/"));
      targets.push(target);
      const [existing, source] = await Promise.all([stat(target).catch(() => undefined), stat(cacheFile)]);
      if (existing?.size === source.size) return;
      if (existing) await unlink(target);
      try {
        await link(cacheFile, target);
      } catch {
        await copyFile(cacheFile, target);
      }
    },
    8,
  );
  return targets;
}

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writes generated files (PDFs, ZIPs, pictures) at their site URLs under `outputDir`,
 * side by side: the disk keeps up. Returns the paths written.
 */
export async function writeSiteFiles(outputDir: string, files: readonly (readonly [url: string, bytes: Uint8Array])[]): Promise<string[]> {
  const targets = files.map(([url]) => path.join(outputDir, ...url.split("/").filter(Boolean)));
  for (const folder of new Set(targets.map((target) => path.dirname(target)))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map(([, bytes], index) => writeFile(targets[index]!, bytes)));
  return targets;
}

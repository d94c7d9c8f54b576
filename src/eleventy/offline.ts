import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { offlineManifestUrl } from "../outputs/offline/manifest.ts";
import { KILL_SWITCH_WORKER } from "../outputs/offline/write.ts";
import { hasPreloadedModel } from "./model-data.ts";

/**
 * Eleventy glue of the offline routes: `offline.enabled` for the templates (only `npm run build`
 * makes the service worker and the manifests, src/outputs/offline/), the filters of the panel,
 * and on the dev server a /sw.js that removes any worker an earlier build left on the same address.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function offlinePlugin(eleventyConfig: any): void {
  eleventyConfig.addGlobalData("offline", () => ({ enabled: hasPreloadedModel() }));
  eleventyConfig.addFilter("offlineManifestUrl", offlineManifestUrl);
  // The panel's texts for the script, as JSON that is safe inside <script>.
  eleventyConfig.addFilter("offlineTextsJson", (texts: unknown) => JSON.stringify(texts).replace(/</g, "\\u003c"));
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (hasPreloadedModel()) return;
    // The output folder may not exist yet: a first start with a content error writes no page.
    await mkdir(directories.output, { recursive: true });
    await writeFile(path.join(directories.output, "sw.js"), KILL_SWITCH_WORKER);
  });
}

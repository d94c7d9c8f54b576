// npm run check: validate all content without building anything. Images are
// inspected (readable, not too large, sharp enough to print) but not converted.
import { rmSync } from "node:fs";
import { loadSite } from "../content/load.ts";
import { compareProblems, formatReport } from "../content/problems.ts";
import { processImages } from "../images/pipeline.ts";
import { readOptions } from "./args.ts";
import { summariseModel } from "./summary.ts";
import { translationCoverage } from "../i18n/coverage.ts";

const options = readOptions();
const started = performance.now();
try {
  const { model, problems } = await loadSite(options.contentDir, options);
  if (model) problems.push(...(await processImages(model, { cacheDir: options.imageCacheDir, inspectOnly: true })).problems);
  problems.sort(compareProblems);
  if (problems.length > 0) console.log(formatReport(problems));
  if (model && !problems.some((problem) => problem.severity === "error")) {
    console.log(`${summariseModel(model)}: content is valid (${Math.round(performance.now() - started)} ms).`);
    const coverage = translationCoverage(model);
    if (coverage.length > 0) console.log(`Translated:\n${coverage.map((line) => `  ${line}`).join("\n")}`);
  } else {
    console.log("Fix the errors above, then run npm run check again.");
    process.exitCode = 1;
  }
} finally {
  if (options.temporaryImageCache) rmSync(options.imageCacheDir, { recursive: true, force: true });
}

// npm run check: validate all content without building anything.
import { loadSite } from "../content/load.ts";
import { formatReport } from "../content/problems.ts";
import { readOptions } from "./args.ts";
import { summariseModel } from "./summary.ts";

const options = readOptions();
const started = performance.now();
const { model, problems } = await loadSite(options.contentDir, options);
if (problems.length > 0) console.log(formatReport(problems));
if (model) {
  console.log(`${summariseModel(model)}: content is valid (${Math.round(performance.now() - started)} ms).`);
} else {
  console.log("Fix the errors above, then run npm run check again.");
  process.exitCode = 1;
}

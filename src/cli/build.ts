// npm run build: validate the content, make the images, then build the whole site into _site/.
import { rmSync } from "node:fs";
import path from "node:path";
import { formatReport } from "../content/problems.ts";
import { buildSite } from "../eleventy/build-site.ts";
import { describeImageReport } from "../images/summary.ts";
import { describeOfflineReport } from "../outputs/offline/write.ts";
import { readOptions } from "./args.ts";
import { KEY_PASSWORD_FILE_VARIABLE, KEY_PASSWORD_VARIABLE } from "../outputs/packs/key-password.ts";
import { summariseModel } from "./summary.ts";

const options = readOptions();
const started = performance.now();
try {
  const result = await buildSite(options);
  if (result.problems.length > 0) console.log(formatReport(result.problems));
  const output = path.relative(process.cwd(), path.resolve(options.outputDir)) || ".";
  if (result.ok) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(describeImageReport(result.images));
    const { search } = result;
    console.log(`Search index: ${search.pages} pages in ${search.languages.length} ${search.languages.length === 1 ? "language" : "languages"} (${search.languages.join(", ")}), ${(search.milliseconds / 1000).toFixed(1)} s${search.cached ? ", texts unchanged: from the cache" : ""}.`);
    console.log(describeOfflineReport(result.offline));
    const { keys } = result;
    if (keys.packs > 0) {
      console.log(
        keys.protectedWith
          ? `Answer keys: ${keys.packs} ${keys.packs === 1 ? "key opens" : "keys open"} only with the password from ${keys.protectedWith} (AES-256).`
          : `Answer keys: not published (${keys.packs} ${keys.packs === 1 ? "pack" : "packs"}): no password is set. Set ${KEY_PASSWORD_VARIABLE}, or ${KEY_PASSWORD_FILE_VARIABLE} to a file outside the repository, to publish them protected by it.`,
      );
    }
    console.log(`Built ${summariseModel(result.model)} into ${output}/ (${result.files} files, ${seconds} s).`);
  } else {
    if (result.error) console.error(`The site could not be built: ${result.error.message}`);
    console.log(`Nothing was written: ${output}/ is unchanged.`);
    process.exitCode = 1;
  }
} finally {
  if (options.temporaryImageCache) rmSync(options.imageCacheDir, { recursive: true, force: true });
}

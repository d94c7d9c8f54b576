import { createRequire } from "node:module";

// sharp (libvips), loaded when the first image is inspected or encoded rather than with the
// program: a build whose images all come from the cache never loads it (about 0.05 s of every
// build, measured on the 4000-monument benchmark). As src/outputs/pdf-libraries.ts does for PDFs.

const require = createRequire(import.meta.url);
let sharp: typeof import("sharp") | undefined;

/** sharp's constructor, with its statics (sharp.strategy, ...). */
export function sharpLibrary(): typeof import("sharp") {
  return (sharp ??= require("sharp") as typeof import("sharp"));
}

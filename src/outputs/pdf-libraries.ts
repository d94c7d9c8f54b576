import { createRequire } from "node:module";

// The PDF libraries (pdfkit writes the postcards and the teaching packs' booklets, pdf-lib
// imposes the postcards on sheets), loaded when the first PDF is made rather than with the
// program: a site without postcard series or teaching packs never loads them (about 0.12 s of
// every build, measured on the 4000-monument benchmark).

const require = createRequire(import.meta.url);
let pdfkit: typeof import("pdfkit") | undefined;
let pdfLib: typeof import("pdf-lib") | undefined;

/** pdfkit's PDFDocument class. */
export function pdfkitDocument(): typeof import("pdfkit") {
  return (pdfkit ??= require("pdfkit") as typeof import("pdfkit"));
}

/** pdf-lib: PDFDocument, rgb, cmyk, degrees, ... */
export function pdfLibrary(): typeof import("pdf-lib") {
  return (pdfLib ??= require("pdf-lib") as typeof import("pdf-lib"));
}

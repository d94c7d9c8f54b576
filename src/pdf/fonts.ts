import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { withPlainZero } from "./plain-zero.ts";

// The project's font for print: Atkinson Hyperlegible (Braille Institute, SIL Open Font License),
// designed for legibility at small sizes, as TrueType from npm. pdfkit embeds and subsets TrueType;
// print shops reject the 14 standard PDF fonts, which are not embedded.
//
// Its zero is slashed ("19Ø1"), which pupils read as a strange letter; the files the PDFs use are the
// npm files with a plain zero (plain-zero.ts; the OFL allows modified versions, and this font has no
// reserved name), made once into node_modules/.cache/schachtbok/fonts/ under the digest of the file
// they come from.

const require = createRequire(import.meta.url);
const PACKAGE = "@expo-google-fonts/atkinson-hyperlegible";
/** Raised when plain-zero.ts changes what it makes. */
const PLAIN_ZERO_VERSION = 1;

/** The npm font file `relative`, with a plain zero: its path. */
function plainZeroFile(relative: string): string {
  const source = require.resolve(`${PACKAGE}/${relative}`);
  const bytes = readFileSync(source);
  const digest = createHash("sha256").update(bytes).update(`plain zero ${PLAIN_ZERO_VERSION}`).digest("hex").slice(0, 16);
  const name = `${path.basename(source, ".ttf")}-plain-zero-${digest}.ttf`;
  const folders = [path.resolve(path.dirname(require.resolve(`${PACKAGE}/package.json`)), "..", "..", ".cache", "schachtbok", "fonts"), path.join(tmpdir(), "schachtbok-fonts")];
  for (const folder of folders) {
    const file = path.join(folder, name);
    if (existsSync(file)) return file;
    try {
      mkdirSync(folder, { recursive: true });
      // Whole or not at all: parallel builds (the tests) read it too.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, withPlainZero(bytes));
      renameSync(temporary, file);
      return file;
    } catch {
      // A read-only node_modules: the system's temporary folder.
    }
  }
  throw new Error(`the print font ${name} could not be written to ${folders.join(" or ")}`);
}

export const FONTS = {
  regular: plainZeroFile("400Regular/AtkinsonHyperlegible_400Regular.ttf"),
  bold: plainZeroFile("700Bold/AtkinsonHyperlegible_700Bold.ttf"),
  italic: plainZeroFile("400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf"),
  boldItalic: plainZeroFile("700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf"),
} as const;

export type FontName = keyof typeof FONTS;

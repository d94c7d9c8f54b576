import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as Fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { FONTS } from "../../src/pdf/fonts.ts";
import { withPlainZero } from "../../src/pdf/plain-zero.ts";
import { bookletPdf } from "../../src/outputs/packs/booklet.ts";
import { useSampleBuild } from "../helpers/images.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";

// Numbers without a slashed zero: the print fonts' zero has one counter, as the letter O has, where
// Atkinson Hyperlegible's own has two with the slash between them; nothing else in the font changes;
// and the PDFs embed that zero.

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as typeof Fontkit & { create(buffer: Buffer): Fontkit.Font & { glyphForCodePoint(code: number): Fontkit.Glyph; numGlyphs: number; getGlyph(id: number): Fontkit.Glyph } };
const contours = (glyph: Fontkit.Glyph) => (glyph.path.toSVG().match(/M/g) ?? []).length;
const ORIGINALS = {
  regular: "400Regular/AtkinsonHyperlegible_400Regular.ttf",
  bold: "700Bold/AtkinsonHyperlegible_700Bold.ttf",
  italic: "400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf",
} as const;

describe("the print fonts", () => {
  it("have a plain zero, one counter like the O, where the npm files have a slashed one; same width, same outer shape", () => {
    for (const [name, relative] of Object.entries(ORIGINALS) as [keyof typeof FONTS, string][]) {
      const original = fontkit.create(readFileSync(require.resolve(`@expo-google-fonts/atkinson-hyperlegible/${relative}`)));
      const printed = fontkit.create(readFileSync(FONTS[name]));
      const before = original.glyphForCodePoint(0x30);
      const after = printed.glyphForCodePoint(0x30);
      expect(contours(before), name).toBe(3);
      expect(contours(after), name).toBe(2);
      expect(contours(printed.glyphForCodePoint(0x4f)), `${name} O`).toBe(2);
      expect(after.advanceWidth).toBe(before.advanceWidth);
      expect(after.path.toSVG().split("M")[1]).toBe(before.path.toSVG().split("M")[1]);
      // The tabular zero (a copy of the zero) is plain too; "1901" is as wide as it was.
      expect(contours(printed.layout("0", ["tnum"]).glyphs[0]!)).toBe(2);
      expect(printed.layout("1901").advanceWidth).toBe(original.layout("1901").advanceWidth);
    }
  });

  it("change nothing but the zero: every other glyph's outline is the same", () => {
    const source = readFileSync(require.resolve(`@expo-google-fonts/atkinson-hyperlegible/${ORIGINALS.regular}`));
    const original = fontkit.create(source);
    const printed = fontkit.create(withPlainZero(source));
    // The zero, and the tabular zero made of it.
    const zeros = new Set([original.glyphForCodePoint(0x30).id, original.layout("0", ["tnum"]).glyphs[0]!.id]);
    expect(printed.numGlyphs).toBe(original.numGlyphs);
    for (let id = 0; id < original.numGlyphs; id++) {
      if (zeros.has(id)) continue;
      expect(printed.getGlyph(id).path.toSVG(), `glyph ${id}`).toBe(original.getGlyph(id).path.toSVG());
      expect(printed.getGlyph(id).advanceWidth).toBe(original.getGlyph(id).advanceWidth);
    }
    // A second pass leaves a plain zero as it is.
    expect(withPlainZero(withPlainZero(source)).equals(withPlainZero(source))).toBe(true);
  });
});

describe("a worksheet", () => {
  const sample = useSampleBuild();

  it("embeds the plain zero: the booklet's fonts have a one-counter zero and no slashed one", async () => {
    const pack = sample.model.packs.find((candidate) => candidate.slug === "tuinwijk-eisden-lager")!;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-zero-")), "werkboekje.pdf");
    writeFileSync(file, await bookletPdf(pack, sample.model.config, "regular"));
    expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toMatch(/19[0-9][0-9]/);
    // The embedded font programs, read back with fontkit: the zero is in them by its outline.
    const json = JSON.parse(execFileSync("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file], { encoding: "utf8", maxBuffer: 1 << 28 })) as {
      qpdf: [unknown, Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data?: string } }>];
    };
    const objects = json.qpdf[1];
    const programs = Object.values(objects)
      .filter((object) => object.value?.["/Type"] === "/FontDescriptor" && object.value["/FontFile2"])
      .map((descriptor) => Buffer.from(objects[`obj:${String(descriptor.value!["/FontFile2"])}`]!.stream!.data!, "base64"));
    expect(programs.length).toBeGreaterThanOrEqual(2);
    const reference = fontkit.create(readFileSync(FONTS.regular)).glyphForCodePoint(0x30);
    const slashed = fontkit.create(readFileSync(require.resolve(`@expo-google-fonts/atkinson-hyperlegible/${ORIGINALS.regular}`))).glyphForCodePoint(0x30);
    let plainZeros = 0;
    for (const program of programs) {
      const font = fontkit.create(program);
      for (let id = 0; id < font.numGlyphs; id++) {
        const outline = font.getGlyph(id).path.toSVG();
        expect(outline).not.toBe(slashed.path.toSVG());
        if (outline === reference.path.toSVG()) plainZeros++;
      }
    }
    expect(plainZeros).toBeGreaterThanOrEqual(1);
  });
});

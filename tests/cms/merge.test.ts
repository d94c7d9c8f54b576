import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeFile } from "../../src/cms/merge.ts";

// What the editor sends: the whole file again, in its own style (folded, reordered quotes, empty fields).
function asEditorWrites(data: Record<string, unknown>, body: string): string {
  const yaml = Object.entries(data)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join("\n");
  return `---\n${yaml}\n---\n${body}`;
}

const ORIGINAL = `---
title: C-mine (steenkoolmijn van Winterslag)
municipality: Genk
# Surveyed in 2024.
location:
  lat: 50.98259
  lng: 5.49053
  precision: exact
dates:
  opened: 1917
  closed: "1988-03-31"
summary: Winterslag was de eerste Kempense mijn.
images:
  - file: /media/illustraties/schachtbok.svg
    alt: Tekening van een stalen schachtbok
    credit: "Illustratie: schachtbok"
    licence: CC0-1.0
stories: [eerste-kolen-winterslag-1914]
---
## Geschiedenis

Tekst.
`;

const DATA = {
  title: "C-mine (steenkoolmijn van Winterslag)",
  municipality: "Genk",
  location: { lat: 50.98259, lng: 5.49053, precision: "exact" },
  address: "",
  dates: { opened: "1917", closed: "1988-03-31", built: "" },
  summary: "Winterslag was de eerste Kempense mijn.",
  images: [{ file: "/media/illustraties/schachtbok.svg", alt: "Tekening van een stalen schachtbok", credit: "Illustratie: schachtbok", licence: "CC0-1.0", caption: "" }],
  postcard: { title: "", text: "" },
  stories: ["eerste-kolen-winterslag-1914"],
};

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe("mergeFile", () => {
  it("leaves a file saved without changes byte for byte as it was", () => {
    expect(mergeFile(ORIGINAL, asEditorWrites(DATA, "## Geschiedenis\n\nTekst.\n"), "frontmatter")).toBe(ORIGINAL);
  });

  it("changes only the line of the edited field", () => {
    const merged = mergeFile(ORIGINAL, asEditorWrites({ ...DATA, summary: "Winterslag sloot in 1988: de eerste Kempense mijn." }, "## Geschiedenis\n\nTekst.\n"), "frontmatter");
    expect(changedLines(ORIGINAL, merged)).toEqual({
      removed: ["summary: Winterslag was de eerste Kempense mijn."],
      added: ["summary: \"Winterslag sloot in 1988: de eerste Kempense mijn.\""],
    });
  });

  it("changes one nested value and keeps the comment and quotes around it", () => {
    const merged = mergeFile(ORIGINAL, asEditorWrites({ ...DATA, location: { ...DATA.location, lat: 50.9826 } }, "## Geschiedenis\n\nTekst.\n"), "frontmatter");
    expect(changedLines(ORIGINAL, merged)).toEqual({ removed: ["  lat: 50.98259"], added: ["  lat: 50.9826"] });
  });

  it("adds a new field at its place in the documented order, and removes a field emptied in the form", () => {
    const merged = mergeFile(ORIGINAL, asEditorWrites({ ...DATA, address: "C-Mine 10, Genk", stories: [] }, "## Geschiedenis\n\nTekst.\n"), "frontmatter");
    expect(changedLines(ORIGINAL, merged)).toEqual({ removed: ["stories: [eerste-kolen-winterslag-1914]"], added: ["address: C-Mine 10, Genk"] });
    const keys = merged.split("\n").filter((line) => /^[a-z]+:/i.test(line)).map((line) => line.split(":")[0]);
    expect(keys).toEqual(["title", "municipality", "location", "address", "dates", "summary", "images"]);
  });

  it("keeps the body unless it was edited", () => {
    const merged = mergeFile(ORIGINAL, asEditorWrites(DATA, "## Geschiedenis\n\nNieuwe tekst.\n"), "frontmatter");
    expect(changedLines(ORIGINAL, merged)).toEqual({ removed: ["Tekst."], added: ["Nieuwe tekst."] });
  });

  it("writes a new file in the order the editor gives, one line per text, without empty fields", () => {
    const written = mergeFile(undefined, asEditorWrites({ ...DATA, summary: "x".repeat(150) }, "Tekst.\n"), "frontmatter");
    expect(written).toContain(`\nsummary: ${"x".repeat(150)}\n`);
    expect(written).not.toContain("address");
    expect(written.startsWith("---\ntitle: C-mine (steenkoolmijn van Winterslag)\nmunicipality: Genk\nlocation:\n  lat: 50.98259\n")).toBe(true);
    expect(written.endsWith("---\nTekst.\n")).toBe(true);
  });

  it("merges a YAML file (site.yaml) the same way", () => {
    const site = readFileSync("content/site.yaml", "utf8");
    const merged = mergeFile(site, site.replace(/^title: .*$/m, "title: Mijnerfgoed"), "yaml");
    expect(changedLines(site, merged).added).toEqual(["title: Mijnerfgoed"]);
    expect(merged.split("\n").length).toBe(site.split("\n").length);
  });
});

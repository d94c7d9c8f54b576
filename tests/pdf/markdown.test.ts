import { describe, expect, it } from "vitest";
import { markdownBlocks, plainText } from "../../src/pdf/markdown.ts";

describe("markdownBlocks", () => {
  it("turns a body into headings, paragraphs and list items with bold and italic runs", () => {
    const blocks = markdownBlocks("## Geschiedenis\n\nDe mijn van **Eisden** sloot in *1987*.\n\n- eerst\n- dan\n\n1. een\n2. twee\n", "https://example.org");
    expect(blocks.map((block) => [block.kind, plainText(block.runs)])).toEqual([
      ["heading", "Geschiedenis"],
      ["paragraph", "De mijn van Eisden sloot in 1987."],
      ["item", "eerst"],
      ["item", "dan"],
      ["item", "een"],
      ["item", "twee"],
    ]);
    expect(blocks[1]!.runs).toContainEqual({ text: "Eisden", bold: true });
    expect(blocks[1]!.runs).toContainEqual({ text: "1987", italic: true });
    expect(blocks.slice(2).map((block) => (block.kind === "item" ? block.marker : ""))).toEqual(["•", "•", "1.", "2."]);
  });

  it("makes site links absolute, and drops unsafe links and raw HTML as the pages do", () => {
    const [paragraph] = markdownBlocks('Zie [de mijn](/monumenten/c-mine/), [klik](javascript:alert(1)) en <script>alert(1)</script>.', "https://example.org/");
    expect(paragraph!.runs.find((run) => run.text === "de mijn")?.href).toBe("https://example.org/monumenten/c-mine/");
    expect(paragraph!.runs.some((run) => run.href?.startsWith("javascript"))).toBe(false);
    // The script tag is text on paper, never markup.
    expect(plainText(paragraph!.runs)).toContain("<script>alert(1)</script>");
  });
});

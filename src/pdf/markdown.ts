import { parseMarkdown } from "../markdown/render.ts";
import type { Flow } from "./flow.ts";
import { FONTS } from "./fonts.ts";
import { mmToPt } from "./units.ts";

// A content body (Markdown) in a PDF: headings, paragraphs and lists with bold,
// italic and links. Parsed with the pages' own safe settings, so raw HTML stays text
// and unsafe links are dropped just as on the site. Images and tables are not printed.

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Absolute address, for a clickable link in the PDF. */
  href?: string;
}

export type Block =
  | { kind: "heading"; level: number; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "item"; marker: string; depth: number; runs: Run[] };

/** The blocks of a Markdown body. Site-relative links get `baseUrl` in front. */
export function markdownBlocks(source: string, baseUrl: string): Block[] {
  const tokens = parseMarkdown(source);
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let heading: number | undefined;
  let inItem = 0;
  let itemStarted = false;
  for (const token of tokens) {
    switch (token.type) {
      case "heading_open":
        heading = Number(token.tag.slice(1));
        break;
      case "heading_close":
        heading = undefined;
        break;
      case "bullet_list_open":
      case "ordered_list_open":
        lists.push({ ordered: token.type === "ordered_list_open", next: Number(token.attrGet("start") ?? 1) });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open":
        inItem++;
        itemStarted = false;
        break;
      case "list_item_close":
        inItem--;
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? [], baseUrl);
        if (runs.length === 0) break;
        if (heading !== undefined) blocks.push({ kind: "heading", level: heading, runs });
        else if (inItem > 0 && !itemStarted) {
          const list = lists.at(-1)!;
          blocks.push({ kind: "item", marker: list.ordered ? `${list.next++}.` : "•", depth: lists.length, runs });
          itemStarted = true;
        } else blocks.push({ kind: "paragraph", runs });
        break;
      }
    }
  }
  return blocks;
}

type InlineToken = { type: string; content: string; attrGet(name: string): string | number | null };

function inlineRuns(children: InlineToken[], baseUrl: string): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  for (const child of children) {
    switch (child.type) {
      case "strong_open":
        bold++;
        break;
      case "strong_close":
        bold--;
        break;
      case "em_open":
        italic++;
        break;
      case "em_close":
        italic--;
        break;
      case "link_open": {
        const target = String(child.attrGet("href") ?? "");
        href = /^https?:|^mailto:/i.test(target) ? target : target.startsWith("/") ? `${baseUrl.replace(/\/$/, "")}${target}` : undefined;
        break;
      }
      case "link_close":
        href = undefined;
        break;
      case "text":
      case "code_inline":
        if (child.content) runs.push({ text: child.content, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(href ? { href } : {}) });
        break;
      case "softbreak":
      case "hardbreak":
        runs.push({ text: " " });
        break;
    }
  }
  return runs;
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}

function fontOf(run: Run, bold = false): string {
  const strong = bold || run.bold;
  return strong && run.italic ? FONTS.boldItalic : strong ? FONTS.bold : run.italic ? FONTS.italic : FONTS.regular;
}

export interface MarkdownStyle {
  bodyPt: number;
  headingPt: number;
  lineGapPt: number;
  /** Space after a paragraph, in mm. */
  paragraphMm: number;
  colour: string;
  linkColour: string;
}

/** Draws the blocks at the flow's cursor; a block that does not fit on the page starts the next one. */
export function drawMarkdown(flow: Flow, blocks: readonly Block[], style: MarkdownStyle): void {
  for (const block of blocks) {
    const heading = block.kind === "heading";
    const sizePt = heading ? (block.level <= 2 ? style.headingPt : (style.headingPt + style.bodyPt) / 2) : style.bodyPt;
    const indent = block.kind === "item" ? 6 * block.depth : 0;
    const width = flow.width - indent;
    const text = plainText(block.runs);
    // Measured in bold, the widest of the fonts, so the block surely fits where it is put.
    const height = flow.measure(text, { font: FONTS.bold, sizePt, lineGapPt: style.lineGapPt }, width);
    flow.ensure(heading ? height + 3 * sizePt * 0.35 : Math.min(height, flow.bottom - flow.margins.top));
    if (heading) flow.space(1);
    const x = flow.left + indent;
    const doc = flow.doc;
    const tag = heading ? `H${Math.min(6, block.level + 1)}` : "P";
    flow.tag(tag, () => {
      if (block.kind === "item") {
        doc.font(FONTS.regular).fontSize(sizePt).fillColor(style.colour).text(`${block.marker} `, mmToPt(x - 5), mmToPt(flow.y), { width: mmToPt(5), lineBreak: false });
      }
      doc.x = mmToPt(x);
      doc.y = mmToPt(flow.y);
      block.runs.forEach((run, index) => {
        doc
          .font(fontOf(run, heading))
          .fontSize(sizePt)
          .fillColor(run.href ? style.linkColour : style.colour)
          .text(run.text, {
            width: mmToPt(width),
            lineGap: style.lineGapPt,
            continued: index < block.runs.length - 1,
            link: run.href ?? null,
            underline: Boolean(run.href),
          });
      });
    });
    flow.y = doc.y / mmToPt(1);
    flow.space(heading ? 1.5 : style.paragraphMm);
  }
}

import { mmToPt, ptToMm } from "./units.ts";

// Text and blocks that flow down A4 pages, in millimetres: a cursor, page breaks
// before a block that does not fit (so a question stays with its answer space), and
// page numbers added at the end. pdfkit draws; this keeps the bookkeeping.

export const A4 = { width: 210, height: 297 } as const;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TextStyle {
  font: string;
  sizePt: number;
  colour?: string;
  /** Extra space between lines, in points. */
  lineGapPt?: number;
  align?: "left" | "center" | "right";
}

export class Flow {
  /** The cursor: where the next block starts, in mm from the page's top. */
  y = 0;
  /** The document's logical structure, for tagged PDFs (screen readers, reflow); see `tagged`. */
  private structure?: PDFKit.PDFStructureElement;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly margins: Margins,
    readonly page: { width: number; height: number } = A4,
  ) {}

  /**
   * Makes the document a tagged PDF: from here on every text block is a paragraph or
   * heading in reading order, pictures are figures with their alt text, and lines, boxes
   * and page numbers are marked as decoration. The document needs `tagged: true`.
   */
  startStructure(): void {
    this.structure = this.doc.struct("Document");
    this.doc.addStructure(this.structure);
  }

  endStructure(): void {
    this.structure?.end();
  }

  /** Draws with `draw` as one structure element of `type` (P, H1, Figure, ...). */
  tag<T>(type: string, draw: () => T, options: { alt?: string; actual?: string } = {}): T {
    if (!this.structure) return draw();
    const content = this.doc.markStructureContent(type);
    const result = draw();
    this.doc.endMarkedContent();
    this.structure.add(this.doc.struct(type, options, [content]));
    return result;
  }

  /** Draws with `draw` as decoration that a screen reader skips (rules, boxes, page numbers). */
  decoration(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    if (!this.structure) return draw();
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  get left(): number {
    return this.margins.left;
  }

  get width(): number {
    return this.page.width - this.margins.left - this.margins.right;
  }

  get bottom(): number {
    return this.page.height - this.margins.bottom;
  }

  /** Space left on this page, in mm. */
  get room(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    const { top, right, bottom, left } = this.margins;
    // pdfkit's own margins match ours, so a text longer than a page still continues inside them.
    this.doc.addPage({ size: [mmToPt(this.page.width), mmToPt(this.page.height)], margins: { top: mmToPt(top), right: mmToPt(right), bottom: mmToPt(bottom), left: mmToPt(left) } });
    this.y = top;
  }

  /** Starts a new page when `heightMm` does not fit on this one. True when it did. */
  ensure(heightMm: number): boolean {
    if (this.y + heightMm <= this.bottom + 1e-6) return false;
    this.newPage();
    return true;
  }

  space(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  /** Height in mm of `text` in `style`, wrapped at `widthMm`. */
  measure(text: string, style: TextStyle, widthMm = this.width): number {
    return ptToMm(this.doc.font(style.font).fontSize(style.sizePt).heightOfString(text, { width: mmToPt(widthMm), lineGap: style.lineGapPt ?? 0 }));
  }

  /**
   * Draws `text` at the cursor (or at `x`), moves the cursor below it, and returns its height.
   * In a tagged document it is a paragraph, or the structure element `tag` says.
   */
  text(text: string, style: TextStyle, options: { x?: number; width?: number; y?: number; link?: string; tag?: string; actual?: string } = {}): number {
    const width = options.width ?? this.width - ((options.x ?? this.left) - this.left);
    const y = options.y ?? this.y;
    const height = this.measure(text, style, width);
    this.tag(
      options.tag ?? "P",
      () =>
        this.doc
          .font(style.font)
          .fontSize(style.sizePt)
          .fillColor(style.colour ?? "#1d1b18")
          .text(text, mmToPt(options.x ?? this.left), mmToPt(y), {
            width: mmToPt(width),
            lineGap: style.lineGapPt ?? 0,
            align: style.align ?? "left",
            ...(options.link ? { link: options.link } : {}),
          }),
      options.actual ? { actual: options.actual } : {},
    );
    if (options.y === undefined) this.y = y + height;
    return height;
  }

  /**
   * Writes `label(page, pages)` at the foot of every page from `from` on (0-based), once all
   * pages exist. Needs a document made with bufferPages.
   */
  footers(label: (page: number, pages: number) => string, style: TextStyle, from = 0): void {
    const range = this.doc.bufferedPageRange();
    for (let index = Math.max(from, range.start); index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      // Below the bottom margin: without this pdfkit would start a new page for the footer.
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      const y = this.page.height - this.margins.bottom / 2;
      this.decoration(() => {
        this.doc
          .font(style.font)
          .fontSize(style.sizePt)
          .fillColor(style.colour ?? "#555049")
          .text(label(index + 1, range.count), mmToPt(this.left), mmToPt(y), { width: mmToPt(this.width), align: style.align ?? "center", lineBreak: false });
      }, "Pagination");
      this.doc.page.margins.bottom = bottomMargin;
    }
  }
}

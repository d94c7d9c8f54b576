import { describe, expect, it } from "vitest";
import { backRotation, backSlot, cropMarks, drawOrigin, impose, type Rotation } from "../../../src/outputs/postcards/imposition.ts";
import { SHEET_SIZES, type DuplexFlip } from "../../../src/print/formats.ts";

const A6 = { width: 148, height: 105 };
const A6_WITH_BLEED = { width: 154, height: 111 };

describe("impose", () => {
  it("fits 2 x 2 A6 on A4 only without bleed and without a printer margin", () => {
    expect(impose(A6, { sheet: SHEET_SIZES.A4, marginMm: 0, gutterMm: 0 })).toMatchObject({ columns: 2, rows: 2, rotated: true });
    expect(impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.A4, marginMm: 0, gutterMm: 0 }).slots).toHaveLength(2);
    expect(impose(A6, { sheet: SHEET_SIZES.A4, marginMm: 5, gutterMm: 0 }).slots).toHaveLength(2);
  });

  it("fits 8 A6 cards with 3 mm bleed on SRA3, and fewer as margins and gutters grow", () => {
    expect(impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.SRA3, marginMm: 0, gutterMm: 0 })).toMatchObject({ columns: 2, rows: 4, rotated: false });
    expect(impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.SRA3, marginMm: 5, gutterMm: 0 }).slots).toHaveLength(6);
    expect(impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.A3, marginMm: 5, gutterMm: 4 }).slots).toHaveLength(4);
  });

  it("centres the grid, keeps the gutter between cards and never scales them", () => {
    const imposition = impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.SRA3, marginMm: 0, gutterMm: 2 });
    expect(imposition.cell).toEqual(A6_WITH_BLEED);
    const [first, second] = imposition.slots;
    expect(second!.x - first!.x).toBeCloseTo(154 + 2, 6);
    const right = imposition.slots.at(-1)!;
    expect(first!.x).toBeCloseTo(SHEET_SIZES.SRA3.width - (right.x + 154), 6);
    expect(first!.y).toBeCloseTo(SHEET_SIZES.SRA3.height - (right.y + 111), 6);
    for (const slot of imposition.slots) {
      expect(slot.x).toBeGreaterThanOrEqual(0);
      expect(slot.y + imposition.cell.height).toBeLessThanOrEqual(SHEET_SIZES.SRA3.height);
    }
  });

  it("fits nothing when a card is larger than the sheet", () => {
    expect(impose({ width: 400, height: 300 }, { sheet: SHEET_SIZES.A4, marginMm: 0, gutterMm: 0 }).slots).toEqual([]);
  });
});

describe("backSlot", () => {
  const imposition = impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.SRA3, marginMm: 0, gutterMm: 0 });

  it("mirrors the columns for a long-edge flip", () => {
    expect(backSlot(imposition.slots[0]!, imposition, "long-edge")).toEqual({ column: 1, row: 0, turnedHalf: false });
    expect(backSlot(imposition.slots[7]!, imposition, "long-edge")).toEqual({ column: 0, row: 3, turnedHalf: false });
  });

  it("mirrors the rows and turns the backs half a turn for a short-edge flip", () => {
    expect(backSlot(imposition.slots[0]!, imposition, "short-edge")).toEqual({ column: 0, row: 3, turnedHalf: true });
  });

  it("lands every back behind its own front: turning the sheet over maps the back slot onto the front slot", () => {
    const { columns, rows } = imposition;
    for (const slot of imposition.slots) {
      const long = backSlot(slot, imposition, "long-edge");
      // Turning over the long (vertical) edge mirrors left and right.
      expect({ column: columns - 1 - long.column, row: long.row }).toEqual({ column: slot.column, row: slot.row });
      const short = backSlot(slot, imposition, "short-edge");
      expect({ column: short.column, row: rows - 1 - short.row }).toEqual({ column: slot.column, row: slot.row });
    }
  });
});

describe("cropMarks", () => {
  it("marks each trim line outside the bleed, 3 mm off it and 10 mm long, never on a neighbour", () => {
    const imposition = impose(A6_WITH_BLEED, { sheet: SHEET_SIZES.SRA3, marginMm: 0, gutterMm: 0 });
    const topLeft = imposition.slots[0]!;
    const marks = cropMarks(topLeft, imposition, 3);
    // Top-left card of a 2 x 4 grid: marks above (two) and to the left (two) only.
    expect(marks).toHaveLength(4);
    const trimLeft = topLeft.x + 3;
    const trimTop = topLeft.y + 3;
    expect(marks).toContainEqual({ x1: trimLeft, y1: trimTop - 6, x2: trimLeft, y2: trimTop - 16 });
    expect(marks).toContainEqual({ x1: trimLeft - 6, y1: trimTop, x2: trimLeft - 16, y2: trimTop });
    for (const mark of marks) {
      for (const slot of imposition.slots) {
        const inside = (x: number, y: number) => x > slot.x && x < slot.x + 154 && y > slot.y && y < slot.y + 111;
        expect(inside(mark.x1, mark.y1) || inside(mark.x2, mark.y2)).toBe(false);
      }
    }
  });
});

describe("drawOrigin and backRotation", () => {
  const cell = { x: 10, y: 20, width: 111, height: 154 };

  it("puts the origin of a turned page where the page then fills the cell (PDF coordinates, y up)", () => {
    const sheetHeight = 297;
    expect(drawOrigin(cell, sheetHeight, 0)).toEqual({ x: 10, y: 297 - 20 - 154 });
    // A quarter turn counter-clockwise about the origin: the page extends to the left of it.
    expect(drawOrigin(cell, sheetHeight, 90)).toEqual({ x: 121, y: 123 });
    expect(drawOrigin(cell, sheetHeight, 180)).toEqual({ x: 121, y: 277 });
    expect(drawOrigin(cell, sheetHeight, 270)).toEqual({ x: 10, y: 277 });
  });

  it("turns a back so its top meets its front's top after the sheet is turned over", () => {
    expect(backRotation(0, "long-edge")).toBe(0);
    expect(backRotation(0, "short-edge")).toBe(180);
    expect(backRotation(90, "long-edge")).toBe(270);
    expect(backRotation(90, "short-edge")).toBe(90);
  });
});

describe("a back on the other side of the sheet", () => {
  type Corner = "topLeft" | "topRight" | "bottomLeft" | "bottomRight";
  type Point = { x: number; y: number };
  const A6_PORTRAIT_WITH_BLEED = { width: 111, height: 154 };

  /** Where a corner of a page lands on the sheet (mm from the sheet's top-left) when drawn as PDF draws it: turned counter-clockwise about its origin. */
  function placed(corner: Corner, page: { width: number; height: number }, cell: { x: number; y: number; width: number; height: number }, sheetHeight: number, rotation: Rotation): Point {
    const u = corner.endsWith("Right") ? page.width : 0;
    const v = corner.startsWith("bottom") ? page.height : 0;
    const local = { x: u, y: page.height - v }; // PDF: y up from the page's bottom-left
    const angle = (rotation * Math.PI) / 180;
    const origin = drawOrigin(cell, sheetHeight, rotation);
    const x = origin.x + local.x * Math.cos(angle) - local.y * Math.sin(angle);
    const y = origin.y + local.x * Math.sin(angle) + local.y * Math.cos(angle);
    return { x, y: sheetHeight - y };
  }

  /** The point of the front side that a point of the back side lies behind, once the sheet is turned over. */
  function behind(point: Point, sheet: { width: number; height: number }, flip: DuplexFlip): Point {
    return flip === "long-edge" ? { x: sheet.width - point.x, y: point.y } : { x: point.x, y: sheet.height - point.y };
  }

  // Turned over sideways, a landscape card's back has its top behind the front's top. A portrait
  // card's landscape back has its top behind the front's right edge.
  const cases = [
    { name: "landscape", front: A6_WITH_BLEED, back: A6_WITH_BLEED, quarter: false, pairs: { topLeft: "topRight", topRight: "topLeft", bottomLeft: "bottomRight" } },
    { name: "portrait", front: A6_PORTRAIT_WITH_BLEED, back: A6_WITH_BLEED, quarter: true, pairs: { topLeft: "bottomRight", topRight: "topRight", bottomLeft: "bottomLeft" } },
  ] as const;

  for (const { name, front, back, quarter, pairs } of cases) {
    for (const sheetName of ["A4", "SRA3"] as const) {
      for (const flip of ["long-edge", "short-edge"] as const) {
        it(`lands behind its own front, the right way round: ${name} A6 on ${sheetName}, ${flip} flip`, () => {
          const sheet = SHEET_SIZES[sheetName];
          const imposition = impose(front, { sheet, marginMm: 0, gutterMm: 0 });
          expect(imposition.slots.length).toBeGreaterThan(1);
          const frontRotation: Rotation = imposition.rotated ? 90 : 0;
          for (const slot of imposition.slots) {
            const target = backSlot(slot, imposition, flip);
            const backCell = imposition.slots.find((candidate) => candidate.column === target.column && candidate.row === target.row)!;
            const rotation = backRotation(frontRotation, flip, quarter);
            for (const [backCorner, frontCorner] of Object.entries(pairs) as [Corner, Corner][]) {
              const onBack = behind(placed(backCorner, back, { ...backCell, ...imposition.cell }, sheet.height, rotation), sheet, flip);
              const onFront = placed(frontCorner, front, { ...slot, ...imposition.cell }, sheet.height, frontRotation);
              expect(onBack.x, `${backCorner} of back ${slot.index}`).toBeCloseTo(onFront.x, 6);
              expect(onBack.y, `${backCorner} of back ${slot.index}`).toBeCloseTo(onFront.y, 6);
            }
          }
        });
      }
    }
  }
});

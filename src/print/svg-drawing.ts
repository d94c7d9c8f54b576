import type { FontName } from "../pdf/fonts.ts";
import { inkToRgb, type Drawing, type Ink } from "./drawing.ts";
import { fontkitFont } from "./type.ts";

// A drawing (drawing.ts) as SVG, cut at the trim, for preview pictures: the same shapes as the PDF,
// and the text as the outlines of the same font's glyphs, each glyph defined once and placed where
// fontkit sets it. No font needs to be installed for the picture to look like the print. Colours
// are the inks converted without a profile (inkToRgb): close, not proof.

const MM_PER_POINT = 25.4 / 72;
const round = (value: number) => Number(value.toFixed(3));
const GLYPH_PREFIX: Record<FontName, string> = { regular: "r", bold: "b", italic: "i", boldItalic: "j" };

export function drawingSvg(drawing: Drawing, widthPx: number): string {
  const heightPx = Math.round((widthPx * drawing.height) / drawing.width);
  const glyphs = new Map<string, string>();
  const colour = (ink: Ink | undefined) => (ink ? inkToRgb(ink) : "none");
  const stroke = (item: { stroke?: Ink; lineWidth?: number; dash?: [number, number] }) =>
    item.stroke ? ` stroke="${colour(item.stroke)}" stroke-width="${round(item.lineWidth ?? 0.25)}"${item.dash ? ` stroke-dasharray="${item.dash.join(" ")}"` : ""}` : "";
  const body: string[] = [];
  for (const item of drawing.items) {
    switch (item.kind) {
      case "rect":
        body.push(`<rect x="${round(item.x)}" y="${round(item.y)}" width="${round(item.width)}" height="${round(item.height)}" fill="${colour(item.fill)}"${stroke(item)}/>`);
        break;
      case "circle":
        body.push(`<circle cx="${round(item.x)}" cy="${round(item.y)}" r="${round(item.r)}" fill="${colour(item.fill)}"${stroke(item)}/>`);
        break;
      case "path": {
        const points = item.points.map((point) => `${round(point.x)},${round(point.y)}`).join(" ");
        const tag = item.closed ? "polygon" : "polyline";
        body.push(`<${tag} points="${points}" fill="${colour(item.fill)}" stroke-linejoin="round" stroke-linecap="round"${stroke(item)}/>`);
        break;
      }
      case "qr":
        body.push(`<g fill="${colour(item.ink)}" shape-rendering="crispEdges">${item.rects.map((rect) => `<rect x="${round(item.x + rect.x)}" y="${round(item.y + rect.y)}" width="${round(rect.width)}" height="${round(rect.height)}"/>`).join("")}</g>`);
        break;
      case "text":
        body.push(textOutlines(item.text, item.font, item.sizePt, item.x, item.y, colour(item.ink), glyphs));
        break;
    }
  }
  const defs = [...glyphs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${drawing.width} ${drawing.height}">` +
    `<defs>${defs}</defs><rect width="100%" height="100%" fill="#ffffff"/>${body.join("")}</svg>`
  );
}

function textOutlines(text: string, font: FontName, sizePt: number, x: number, y: number, fill: string, glyphs: Map<string, string>): string {
  const face = fontkitFont(font);
  const run = face.layout(text);
  const scale = (sizePt * MM_PER_POINT) / face.unitsPerEm;
  let cursor = 0;
  const uses: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]!;
    const id = `${GLYPH_PREFIX[font]}${glyph.id}`;
    if (!glyphs.has(id)) glyphs.set(id, glyph.path.toSVG());
    const gx = cursor + position.xOffset;
    if (glyphs.get(id)) uses.push(`<use xlink:href="#${id}" x="${round(gx)}" y="${round(position.yOffset)}"/>`);
    cursor += position.xAdvance;
  });
  return `<g fill="${fill}" transform="translate(${round(x)} ${round(y)}) scale(${scale} ${-scale})">${uses.join("")}</g>`;
}

import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type sharp from "sharp";
import { sharpLibrary } from "../../images/sharp-library.ts";
import type { PostcardCard, PostcardSeries, SiteConfig } from "../../content/model.ts";
import { imageCreditText } from "../../i18n/credits.ts";
import { digestOf } from "../../images/cache.ts";
import { FONTS } from "../../pdf/fonts.ts";
import { qrDrawing } from "../../pdf/qr.ts";
import { absoluteUrl } from "../../urls.ts";
import { backLayout, frontLayout, type Box } from "./layout.ts";
import { backTexts, cardGeometry, createDocument, frontLogo, frontTitle, measureWith, type TextBlock } from "./render.ts";

// Pictures of each card's front and back for the series page: drawn from the same
// layout as the PDF (layout.ts), with the same font, by sharp (shapes as SVG, text
// with Pango), and cut at the trim, as the card looks once printed and cut. Text may
// wrap a word differently from the PDF; the PDF is what gets printed.

/** Width of a preview in pixels (the card's trim). */
export const PREVIEW_WIDTH = 640;
const PREVIEW_VERSION = 6;
const FAMILY = "Atkinson Hyperlegible";

export interface CardPreviews {
  front: Buffer;
  back: Buffer;
  width: number;
  height: number;
}

/** The pixel size of a card's front or back preview (the trim, at PREVIEW_WIDTH for the landscape back). */
export function previewSize(series: PostcardSeries, side: "front" | "back"): { width: number; height: number } {
  const scale = PREVIEW_WIDTH / backLayout(cardGeometry(series)).trim.width;
  const trim = cardGeometry(series, side).trim;
  return { width: Math.round(trim.width * scale), height: Math.round(trim.height * scale) };
}

/** Pango markup is XML: text from content is escaped. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

async function textBlock(text: string, font: string, sizePx: number, widthPx: number, colour: string): Promise<Buffer> {
  return sharpLibrary()({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `${FAMILY} ${font === FONTS.bold ? "Bold " : ""}${sizePx.toFixed(1)}`,
      fontfile: font,
      width: Math.max(1, Math.round(widthPx)),
      dpi: 72,
      wrap: "word",
      rgba: true,
    },
  })
    .png()
    .toBuffer();
}

export async function cardPreviews(series: PostcardSeries, card: PostcardCard, config: Pick<SiteConfig, "baseUrl" | "organisation">): Promise<CardPreviews> {
  const back = backLayout(cardGeometry(series));
  const front = frontLayout(cardGeometry(series, "front"));
  const scale = PREVIEW_WIDTH / back.trim.width; // pixels per mm
  const px = (mm: number) => Math.round(mm * scale);
  const ptToPx = (points: number) => points * (25.4 / 72) * scale;
  const at = (box: Box) => ({ left: px(box.x), top: px(box.y) });
  const measureDoc = createDocument(series, config, "");
  const measure = (font: string) => measureWith(measureDoc, font);
  // A text block as a sharp overlay; Pango's image is as wide as its text, so centring is done here.
  const overlay = async (block: TextBlock) => {
    const input = await textBlock(block.text, block.font, ptToPx(block.sizePt), px(block.box.width), block.tone === "muted" ? "#555049" : "#1d1b18");
    if (block.align !== "center") return { input, ...at(block.box) };
    const { width = 0 } = await sharpLibrary()(input).metadata();
    return { input, left: px(block.box.x) + Math.round((px(block.box.width) - width) / 2), top: px(block.box.y) };
  };

  // Front: the print master, the band and the monument's name, the logo.
  const frontPage = { width: px(front.page.width), height: px(front.page.height) };
  const logo = frontLogo(series, front);
  const ground = series.band ? front.band : logo?.plate;
  const layers: sharp.OverlayOptions[] = [];
  if (ground) {
    const groundSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${frontPage.width}" height="${frontPage.height}" viewBox="0 0 ${front.page.width} ${front.page.height}"><rect x="${ground.x}" y="${ground.y}" width="${ground.width}" height="${ground.height}" fill="#ffffff"/></svg>`;
    layers.push({ input: Buffer.from(groundSvg), left: 0, top: 0 });
  }
  if (series.band) layers.push(await overlay(frontTitle(card, front, measure, logo?.logo)));
  if (logo) {
    const box = logo.logo;
    const input = await sharpLibrary()(series.logo!.print!.file).resize(Math.max(1, px(box.width)), Math.max(1, px(box.height)), { fit: "fill" }).toColourspace("srgb").png().toBuffer();
    layers.push({ input, ...at(box) });
  }
  const frontImage = await sharpLibrary()(card.master!.file).resize(frontPage.width, frontPage.height, { fit: "fill" }).composite(layers).png().toBuffer();
  const frontTrim = { left: px(front.trim.x), top: px(front.trim.y), width: px(front.trim.width), height: px(front.trim.height) };
  const frontPreview = await sharpLibrary()(frontImage).extract(frontTrim).webp({ quality: 80 }).toBuffer();

  // Back: rules, stamp box and QR code as SVG in mm; the text with Pango.
  const qr = qrDrawing(absoluteUrl(card.about.url, config.baseUrl), back.qr.width);
  // Rules at least a pixel wide, or a thin line on paper vanishes on screen.
  const pixel = 1 / scale;
  const line = (x1: number, y1: number, x2: number, y2: number, width: number) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#8c857b" stroke-width="${Math.max(width, pixel)}"/>`;
  const shapes = [
    line(back.divider.x1, back.divider.y1, back.divider.x2, back.divider.y2, 1.5 * pixel),
    ...back.addressLines.map((address) => line(address.x1, address.y1, address.x2, address.y2, pixel)),
    `<rect x="${back.stamp.x}" y="${back.stamp.y}" width="${back.stamp.width}" height="${back.stamp.height}" fill="none" stroke="#8c857b" stroke-width="${pixel}" stroke-dasharray="0.7 0.5"/>`,
    `<g transform="translate(${back.qr.x} ${back.qr.y})" fill="#000">${qr.rects.map((rect) => `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}"/>`).join("")}</g>`,
  ];
  const backPage = { width: px(back.page.width), height: px(back.page.height) };
  const backSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${backPage.width}" height="${backPage.height}" viewBox="0 0 ${back.page.width} ${back.page.height}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#ffffff"/>${shapes.join("")}</svg>`;
  const overlays = await Promise.all(backTexts(series, card, back, measure).map(overlay));
  const backImage = await sharpLibrary()(Buffer.from(backSvg)).composite(overlays).png().toBuffer();
  const backTrim = { left: px(back.trim.x), top: px(back.trim.y), width: px(back.trim.width), height: px(back.trim.height) };
  const backPreview = await sharpLibrary()(backImage).extract(backTrim).webp({ quality: 85 }).toBuffer();
  return { front: frontPreview, back: backPreview, width: frontTrim.width, height: frontTrim.height };
}

/** The previews, from the image cache when nothing that shapes them changed. */
export async function cachedCardPreviews(
  series: PostcardSeries,
  card: PostcardCard,
  config: Pick<SiteConfig, "baseUrl" | "organisation">,
  cacheDir: string,
): Promise<{ front: Buffer; back: Buffer }> {
  const key = digestOf(PREVIEW_VERSION, PREVIEW_WIDTH, series.title, series.cards.length, series.print, series.safeMm, series.band, series.logo?.print, card.number, card.title, card.text, card.about.title, card.about.url, card.about.municipality, series.language, imageCreditText(card.image, series.language), card.master?.file, config.baseUrl);
  const files = { front: path.join(cacheDir, "previews", `${key}-front.webp`), back: path.join(cacheDir, "previews", `${key}-back.webp`) };
  if (existsSync(files.front) && existsSync(files.back)) return { front: await readFile(files.front), back: await readFile(files.back) };
  const previews = await cardPreviews(series, card, config);
  await mkdir(path.dirname(files.front), { recursive: true });
  for (const side of ["front", "back"] as const) {
    const temporary = `${files[side]}.${process.pid}.tmp`;
    await writeFile(temporary, previews[side]);
    await rename(temporary, files[side]);
  }
  return { front: previews.front, back: previews.back };
}

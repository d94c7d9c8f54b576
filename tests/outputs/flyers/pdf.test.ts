import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { Route } from "../../../src/content/model.ts";
import { localizeSite } from "../../../src/i18n/localize.ts";
import { entryUrl, type Lang } from "../../../src/i18n/locales.ts";
import { flyerContent } from "../../../src/outputs/flyers/content.ts";
import { FOLDS, flyerLayout } from "../../../src/outputs/flyers/layout.ts";
import { FLYER_BLEED_MM, flyerDocuments, flyerFiles, routeFlyers } from "../../../src/outputs/flyers/write.ts";
import { pressIntentFor } from "../../../src/outputs/press-intent.ts";
import { makeFlyers } from "../../../src/outputs/flyers/workers.ts";
import { INKS, inkToRgb, type DrawItem } from "../../../src/print/drawing.ts";
import { absoluteUrl } from "../../../src/urls.ts";
import { runCli } from "../../helpers/cli.ts";
import { MONUMENT_MD, ROUTE_MD, regionWith } from "../../helpers/content-dir.ts";
import { pixelAt, readQr, useSampleBuild } from "../../helpers/images.ts";
import { pdfSubtype, preflightPdfX4 } from "../../helpers/preflight.ts";

// The route flyers of the sample region as a print shop and a reader meet them: PDF/X-4 that
// passes the preflight, panels where a letter fold puts them (read back with pdftotext -bbox),
// QR codes that scan from a 300 dpi rendering, the same bytes every time, and the previews and
// links on the route pages.

const sample = useSampleBuild();
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8", maxBuffer: 1 << 26 });
const MM = 72 / 25.4;
const route = (slug: string) => sample.model.routes.find((candidate) => candidate.slug === slug)!;
const file = (url: string) => path.join(sample.outputDir, url);

interface Word {
  text: string;
  /** In mm from the trim's left and top edges. */
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** The words of page `page` with their boxes, as poppler reads them. */
function words(pdf: string, page: number): Word[] {
  const xml = poppler("pdftotext", "-bbox", "-f", String(page), "-l", String(page), pdf, "-");
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    text: match[5]!.replace(/&amp;/g, "&"),
    x: Number(match[1]) / MM - FLYER_BLEED_MM,
    y: Number(match[2]) / MM - FLYER_BLEED_MM,
    right: Number(match[3]) / MM - FLYER_BLEED_MM,
    bottom: Number(match[4]) / MM - FLYER_BLEED_MM,
  }));
}

function view(slug: string, lang: Lang): Route {
  return lang === sample.model.config.language ? route(slug) : localizeSite(sample.model, lang).routes.find((candidate) => candidate.slug === slug)!;
}

describe("route flyers", () => {
  it("are made for every route in the site's language and in each language it is translated into", () => {
    const { config } = sample.model;
    for (const entry of sample.model.routes) {
      const flyers = routeFlyers(entry, config);
      expect(flyers[0]!.lang).toBe(config.language);
      expect(flyers.map((flyer) => flyer.lang)).toEqual([config.language, ...config.translations.filter((lang) => entry.translations[lang])]);
      for (const flyer of flyers) for (const url of [flyer.pdf, flyer.outside, flyer.inside]) expect(existsSync(file(url)), url).toBe(true);
    }
    // The sample's route in three languages; a language without a translation has none.
    expect(routeFlyers(route("alle-zeven-mijnen"), config).map((flyer) => flyer.lang)).toEqual(["nl", "en", "de"]);
    expect(existsSync(file(flyerFiles(route("alle-zeven-mijnen"), "fr", config).pdf))).toBe(false);
  });

  it("are PDF/X-4, A4 landscape with 3 mm bleed on two pages, and pass the preflight", () => {
    for (const entry of sample.model.routes) {
      for (const flyer of routeFlyers(entry, sample.model.config)) {
        const pdf = file(flyer.pdf);
        expect(pdfSubtype(pdf), flyer.pdf).toBe("PDF/X-4");
        expect(preflightPdfX4(pdf, { trimMm: { width: 297, height: 210 }, bleedMm: FLYER_BLEED_MM }), flyer.pdf).toEqual([]);
        const info = poppler("pdfinfo", pdf);
        expect(info).toMatch(/Pages:\s+2\n/);
        // Both sides the same way up: no page is turned.
        expect(poppler("pdfinfo", "-f", "1", "-l", "2", pdf)).not.toMatch(/rot:\s+(90|180|270)/);
      }
    }
  });

  it("put each panel where a letter fold needs it, upright: flap, back and cover outside; map and stops inside", () => {
    const entry = route("alle-zeven-mijnen");
    const pdf = file(flyerFiles(entry, "nl", sample.model.config).pdf);
    const outside = words(pdf, 1);
    const inside = words(pdf, 2);
    const find = (list: Word[], text: string) => {
      const word = list.find((candidate) => candidate.text === text);
      expect(word, text).toBeDefined();
      return word!;
    };
    const panel = (word: Word, folds: readonly number[]) => (word.right <= folds[0]! ? 0 : word.x >= folds[1]! ? 2 : word.x >= folds[0]! && word.right <= folds[1]! ? 1 : -1);
    expect(panel(find(outside, "Praktisch"), FOLDS.outside)).toBe(0);
    expect(panel(find(outside, "Toegankelijkheid"), FOLDS.outside)).toBe(0);
    expect(panel(find(outside, "telefoon"), FOLDS.outside)).toBe(1);
    expect(panel(find(outside, "GPX"), FOLDS.outside)).toBe(1);
    expect(panel(find(outside, "AUTOROUTE"), FOLDS.outside)).toBe(2);
    expect(panel(find(outside, "Langs"), FOLDS.outside)).toBe(2);
    expect(panel(find(inside, "Stops"), FOLDS.inside)).toBe(2);
    // Every stop by name in the list on the right panel, in the route's order, read top to bottom.
    const column = inside
      // Without the badges' numbers, set a little lower than the names beside them.
      .filter((word) => panel(word, FOLDS.inside) === 2 && !/^\d+$/.test(word.text))
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((word) => word.text)
      .join(" ");
    let from = 0;
    for (const stop of entry.stops) {
      const at = column.indexOf(stop.name, from);
      expect(at, `${stop.name} after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + stop.name.length;
    }
    // The map's numbers on the left two panels.
    const numbers = inside.filter((word) => /^\d$/.test(word.text) && word.right < FOLDS.inside[1]);
    expect(new Set(numbers.map((word) => word.text)).size).toBe(entry.stops.length);
    // Upright: words run left to right and are wider than tall; the title above the summary; no word on a fold.
    for (const word of [...outside, ...inside].filter((candidate) => candidate.text.length >= 4)) {
      expect(word.right - word.x, word.text).toBeGreaterThan(word.bottom - word.y);
    }
    expect(find(outside, "Langs").y).toBeLessThan(find(outside, "Beringen").y);
    for (const [list, folds] of [
      [outside, FOLDS.outside],
      [inside, FOLDS.inside],
    ] as const) {
      for (const word of list) for (const fold of folds) expect(word.x < fold && word.right > fold, `"${word.text}" on the fold at ${fold} mm`).toBe(false);
    }
  });

  it("have QR codes that open the route's page and its GPX file in the flyer's language, read from 300 dpi", async () => {
    const { config } = sample.model;
    for (const lang of ["nl", "de"] as const) {
      const entry = view("alle-zeven-mijnen", lang);
      const pdf = file(flyerFiles(entry, lang, config).pdf);
      const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-flyer-qr-"));
      const dpi = 300;
      poppler("pdftoppm", "-r", String(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", pdf, path.join(folder, "outside"));
      const layout = flyerLayout(flyerContent(entry, lang, config), FLYER_BLEED_MM);
      const codes = layout.outside.items.filter((item): item is Extract<DrawItem, { kind: "qr" }> => item.kind === "qr");
      const px = (mm: number) => Math.round(((mm + FLYER_BLEED_MM) / 25.4) * dpi);
      const read: string[] = [];
      for (const code of codes) {
        const size = Math.max(...code.rects.map((rect) => rect.x + rect.width)) + 8;
        read.push((await readQr(sharp(path.join(folder, "outside.png")).extract({ left: px(code.x), top: px(code.y), width: px(size) - px(0), height: px(size) - px(0) })))!);
      }
      const page = absoluteUrl(entryUrl("route", entry.slug, lang, config.language), config.baseUrl);
      expect(read).toEqual([page, absoluteUrl(entry.downloads.gpx, config.baseUrl)]);
      expect(read[1]).toMatch(/\.gpx$/);
      // The German flyer's page is the German one.
      if (lang === "de") expect(read[0]).toContain("/de/");
    }
  });

  it("are in the flyer's language: the German one has German texts and the German stop notes", () => {
    const pdf = file(flyerFiles(route("alle-zeven-mijnen"), "de", sample.model.config).pdf);
    const text = poppler("pdftotext", pdf, "-").replace(/\s+/g, " ");
    expect(text).toContain("Praktisches");
    expect(text).toContain("Barrierefreiheit");
    expect(text).toContain("Die letzte Zeche Belgiens");
    expect(text).not.toContain("Praktisch ");
  });

  it("give the same bytes when made twice", async () => {
    const intent = await pressIntentFor(undefined);
    const content = flyerContent(route("wandeling-be-mine"), "nl", sample.model.config);
    const first = await flyerDocuments(content, intent);
    const second = await flyerDocuments(content, intent);
    expect(first.pdf.equals(second.pdf)).toBe(true);
    expect(first.outside.equals(second.outside)).toBe(true);
    expect(first.inside.equals(second.inside)).toBe(true);
    // And as the build wrote them.
    expect(first.pdf.equals(readFileSync(file(flyerFiles(route("wandeling-be-mine"), "nl", sample.model.config).pdf)))).toBe(true);
  });

  it("are the same, byte for byte, when a worker thread makes them", async () => {
    const intent = await pressIntentFor(undefined);
    const { config } = sample.model;
    const contents = sample.model.routes.flatMap((entry) => routeFlyers(entry, config).map((flyer) => flyerContent(view(entry.slug, flyer.lang), flyer.lang, config)));
    const twice = [...contents, ...contents];
    const made: Buffer[] = [];
    const { byWorkers } = await makeFlyers(twice, intent, process.cwd(), async (index, flyer) => void (made[index] = Buffer.concat([flyer.pdf, flyer.outside, flyer.inside])), { workers: 1 });
    expect(byWorkers).toBeGreaterThan(0);
    expect(byWorkers).toBeLessThan(twice.length);
    for (const [index, content] of twice.entries()) {
      const here = await flyerDocuments(content, intent);
      expect(made[index]!.equals(Buffer.concat([here.pdf, here.outside, here.inside])), `${content.title} (${content.lang})`).toBe(true);
    }
  });

  it("have previews drawn from the same drawing: SVG with the font's outlines, no text to be set by the browser", async () => {
    const flyer = flyerFiles(route("wandeling-be-mine"), "nl", sample.model.config);
    for (const url of [flyer.outside, flyer.inside]) {
      const svg = readFileSync(file(url), "utf8");
      expect(svg).not.toMatch(/<text|<script|@font-face|https?:\/\/(?!www\.w3\.org)/);
      expect((svg.match(/<use /g) ?? []).length).toBeGreaterThan(200);
      const { width, height } = await sharp(Buffer.from(svg)).metadata();
      expect(width).toBe(600);
      expect(Math.abs(height! - (600 * 210) / 297)).toBeLessThanOrEqual(1);
    }
    // The cover's band in the accent colour, the paper white.
    const outside = await sharp(file(flyer.outside)).png().toBuffer();
    const accent = inkToRgb(INKS.accent).match(/[0-9a-f]{2}/g)!.map((hex) => parseInt(hex, 16));
    const band = await pixelAt(outside, 590, 4);
    band.forEach((channel, index) => expect(Math.abs(channel - accent[index]!)).toBeLessThanOrEqual(2));
    expect(await pixelAt(outside, 300, 415)).toEqual([255, 255, 255]);
  });

  it("are offered on each route page: in the page's language when there is one, else in the site's, said so", () => {
    const { config } = sample.model;
    const page = (url: string) => parse(readFileSync(path.join(sample.outputDir, url, "index.html"), "utf8"));
    const entry = route("alle-zeven-mijnen");
    const german = page(entryUrl("route", entry.slug, "de", config.language)).querySelector("section.flyer")!;
    expect(german.querySelector("h2")!.text).toBe("Faltblatt zum Ausdrucken");
    expect(german.querySelector("a[download]")!.getAttribute("href")).toBe(flyerFiles(entry, "de", config).pdf);
    expect(german.querySelectorAll("img").map((img) => img.getAttribute("src"))).toEqual([flyerFiles(entry, "de", config).outside, flyerFiles(entry, "de", config).inside]);
    expect(german.querySelectorAll(".flyer__languages a").map((link) => link.getAttribute("hreflang"))).toEqual(["nl", "en"]);
    const french = page(entryUrl("route", entry.slug, "fr", config.language)).querySelector("section.flyer")!;
    expect(french.querySelector("a[download]")!.getAttribute("href")).toBe(flyerFiles(entry, "nl", config).pdf);
    expect(french.querySelector("p span[lang=nl]")!.text).toContain("Nederlands");
    for (const img of french.querySelectorAll("img")) {
      expect(img.getAttribute("lang")).toBe("nl");
      expect(img.getAttribute("alt")!.length).toBeGreaterThan(10);
    }
    for (const other of sample.model.routes) {
      const section = page(other.url).querySelector("section.flyer")!;
      for (const link of section.querySelectorAll("a")) expect(existsSync(file(link.getAttribute("href")!)), link.getAttribute("href")).toBe(true);
    }
  });
});

describe("a route too long for its flyer", () => {
  it("still gets one, listing what fits and saying how many stops more, and the build warns on the route file's stops line", () => {
    const stops = Array.from({ length: 45 }, (_, index) => `  - name: Uitkijkpunt nummer ${index + 1}\n    location: { lat: ${(50.95 + index * 0.002).toFixed(3)}, lng: 5.45, precision: approximate }\n    note: Een plek om even te blijven staan en rond te kijken naar de mijnsite en de terrils.`).join("\n");
    const long = ROUTE_MD.replace(/stops:\n[\s\S]*?\n---/, `stops:\n${stops}\n---`);
    const contentDir = regionWith({ "routes/mijnwandeling.md": long, "monuments/c-mine.md": MONUMENT_MD });
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const output = built.stdout + built.stderr;
    expect(output).toMatch(/routes[\\/]mijnwandeling\.md:7 stops: warning:/);
    expect(output).toContain('the folded flyer of "Mijnwandeling" lists only the first');
    const pdf = path.join(siteDir, "routes", "mijnwandeling", "mijnwandeling-folder-nl.pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = poppler("pdftotext", pdf, "-").replace(/\s+/g, " ");
    expect(text).toMatch(/En nog \d+ stops: zie de route online/);
    expect(text).not.toContain("Een plek om even te blijven staan");
  });
});

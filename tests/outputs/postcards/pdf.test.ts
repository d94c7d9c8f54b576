import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { backLayout } from "../../../src/outputs/postcards/layout.ts";
import { cardGeometry } from "../../../src/outputs/postcards/render.ts";
import { seriesFiles } from "../../../src/outputs/postcards/write.ts";
import { sheetsPdf } from "../../../src/outputs/postcards/sheets.ts";
import { runCli } from "../../helpers/cli.ts";
import type { PostcardSeries } from "../../../src/content/model.ts";
import { MONUMENT_MD, regionWith } from "../../helpers/content-dir.ts";
import { useSampleBuild, phonePhoto, pixelAt, readQr } from "../../helpers/images.ts";
import { pdfSubtype, preflightPdfX4 } from "../../helpers/preflight.ts";
import { CARD_FORMATS, PLAQUE_FORMATS, SHEET_SIZES } from "../../../src/print/formats.ts";
import { plaqueLayout } from "../../../src/outputs/postcards/plaque-layout.ts";
import { absoluteUrl } from "../../../src/urls.ts";

// The postcard PDFs of the sample series, read back with poppler (scripts/ensure-tools.mjs
// installs it) as a print shop's preflight would: pages, boxes, fonts, image resolution,
// the text, and the QR code scanned from a rendering of the back.

const sample = useSampleBuild();
/** The Dutch sample series (the German one, zeven-mijnen-de, is tested on its own below). */
const sampleSeries = () => sample.model.series.find((series) => series.slug === "zeven-mijnen")!;

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });
const MM = 72 / 25.4;

/** The QR code on the back of card `number` of a series' print PDF, read from a rendering of it (200 dpi). */
async function qrOnBack(series: PostcardSeries, number: number): Promise<string | undefined> {
  const layout = backLayout(cardGeometry(series));
  const dpi = 200;
  const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-qr-"));
  const page = number * 2; // fronts on odd pages, backs on even ones
  poppler("pdftoppm", "-r", String(dpi), "-f", String(page), "-l", String(page), "-png", "-singlefile", path.join(sample.outputDir, seriesFiles(series).print), path.join(folder, "back"));
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  return readQr(sharp(path.join(folder, "back.png")).extract({ left: px(layout.qr.x), top: px(layout.qr.y), width: px(layout.qr.width), height: px(layout.qr.height) }));
}

function printFile(): string {
  return path.join(sample.outputDir, seriesFiles(sampleSeries()).print);
}

/**
 * Builds a region whose C-mine has this postcard text and whose one series is `series/<slug>.md` with
 * this front matter (its card: C-mine); the build must succeed. Returns the site and what it printed.
 */
function buildOneCardSeries(postcard: { title: string; text: string }, slug: string, frontMatter: string): { siteDir: string; stdout: string } {
  const monument = MONUMENT_MD.replace("stories: [laatste-mijn]", `postcard:\n  title: ${postcard.title}\n  text: ${postcard.text}\nstories: [laatste-mijn]`);
  const contentDir = regionWith({ "monuments/c-mine.md": monument, [`series/${slug}.md`]: `---\n${frontMatter}cards:\n  - monument: c-mine\n---\n` });
  const siteDir = path.join(path.dirname(contentDir), "_site");
  const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
  expect(built.status, built.stdout).toBe(0);
  return { siteDir, stdout: built.stdout };
}

/** The QR code of page `page` of a plaques PDF, read from a 300 dpi rendering of the sign at its size. */
async function plaqueQr(file: string, page: number, qr: { x: number; y: number; width: number }, bleedMm: number): Promise<string | undefined> {
  const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-plaque-"));
  poppler("pdftoppm", "-r", "300", "-f", String(page), "-l", String(page), "-png", "-singlefile", file, path.join(folder, "plaque"));
  const px = (mm: number) => Math.round((mm / 25.4) * 300);
  return readQr(sharp(path.join(folder, "plaque.png")).extract({ left: px(qr.x + bleedMm), top: px(qr.y + bleedMm), width: px(qr.width), height: px(qr.width) }));
}

describe("the print-shop PDF of the sample series", () => {
  it("has every card, front and back, in order", () => {
    const series = sampleSeries();
    expect(Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", printFile()))![1])).toBe(series.cards.length * 2);
  });

  it("gives every page the A6 card plus 3 mm bleed, with TrimBox and BleedBox to 0.1 mm", () => {
    const info = poppler("pdfinfo", "-box", "-f", "1", "-l", "16", printFile());
    const boxes = (name: string) => [...info.matchAll(new RegExp(`Page\\s+\\d+ ${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, "g"))].map((match) => match.slice(1).map((value) => Number(value) / MM));
    for (const [x1, y1, x2, y2] of boxes("MediaBox")) {
      expect(x2! - x1!).toBeCloseTo(154, 1);
      expect(y2! - y1!).toBeCloseTo(111, 1);
    }
    const trims = boxes("TrimBox");
    expect(trims).toHaveLength(16);
    for (const [x1, y1, x2, y2] of trims) {
      expect([x1, y1]).toEqual([expect.closeTo(3, 1), expect.closeTo(3, 1)]);
      expect(x2! - x1!).toBeCloseTo(148, 1);
      expect(y2! - y1!).toBeCloseTo(105, 1);
    }
    expect(boxes("BleedBox")).toHaveLength(16);
  });

  it("embeds and subsets every font", () => {
    const fonts = poppler("pdffonts", printFile()).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\+AtkinsonHyperlegible-\w+\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
  });

  it("places every picture at 300 dpi or more, each embedded once", () => {
    const images = poppler("pdfimages", "-list", printFile()).trim().split("\n").slice(2).map((line) => line.trim().split(/\s+/));
    const series = sampleSeries();
    // Each front: its picture and the series' logo.
    expect(images).toHaveLength(series.cards.length * 2);
    for (const image of images) {
      expect(Number(image[12]), image.join(" ")).toBeGreaterThanOrEqual(299.5); // x-ppi
      expect(Number(image[13]), image.join(" ")).toBeGreaterThanOrEqual(299.5); // y-ppi
    }
    // Cards that share an illustration share one image object, and the logo is one object.
    const objects = new Set(images.map((image) => image[10]));
    const masters = new Set(series.cards.map((card) => card.master!.file));
    expect(objects.size).toBe(masters.size + 1);
  });

  it("prints the series' logo on every front, drawn from its SVG at 600 dpi", () => {
    const series = sampleSeries();
    const images = poppler("pdfimages", "-list", printFile()).trim().split("\n").slice(2).map((line) => line.trim().split(/\s+/));
    const logos = images.filter((image) => Number(image[12]) > 590);
    expect(logos.map((image) => Number(image[0]))).toEqual(series.cards.map((card) => card.number * 2 - 1));
    expect(new Set(logos.map((image) => image[10])).size).toBe(1);
  });

  it("has nothing transparent, which print shops' preflight would flag", () => {
    const bytes = readFileSync(printFile()).toString("latin1");
    expect(bytes).not.toMatch(/\/SMask|\/ca\s|\/CA\s/);
  });

  it("prints each fun fact, the monument and the numbering on the back", () => {
    const text = poppler("pdftotext", "-layout", printFile(), "-").replace(/\s+/g, " ");
    const series = sampleSeries();
    for (const card of series.cards) {
      expect(text).toContain(card.text.split(/\s+/).slice(0, 6).join(" "));
      expect(text).toContain(`${card.number}/${series.cards.length}`);
    }
  });

  it("has a QR code on each back that scans to the monument's page", async () => {
    const series = sampleSeries();
    for (const card of series.cards.slice(0, 3)) {
      expect(await qrOnBack(series, card.number), card.monument.slug).toBe(`${sample.model.config.baseUrl}${card.monument.url}`);
    }
  });

  it("also writes one PDF per card, with the same boxes, embedded fonts, picture and logo", () => {
    const series = sampleSeries();
    for (const card of seriesFiles(series).cards) {
      const file = path.join(sample.outputDir, card.url);
      const info = poppler("pdfinfo", "-box", file);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(2);
      expect(info).toMatch(/TrimBox:\s+8\.50\s+8\.50\s+428\.03\s+306\.14/);
      for (const line of poppler("pdffonts", file).trim().split("\n").slice(2)) expect(line).toMatch(/\s+yes\s+yes\s+/);
      expect(poppler("pdfimages", "-list", file).trim().split("\n").slice(2)).toHaveLength(2);
      expect(poppler("pdftotext", file, "-").replace(/\s+/g, " ")).toContain(`${card.number}/${series.cards.length}`);
    }
  });

  it("imposes the cards on A4 sheets, fronts and backs alternating, with crop marks", () => {
    const series = sampleSeries();
    const sheets = path.join(sample.outputDir, seriesFiles(series).sheets);
    const info = poppler("pdfinfo", sheets);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // A6 with 3 mm bleed inside a 5 mm printer margin: two per A4 sheet.
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(Math.ceil(series.cards.length / 2) * 2);
  });

  it("puts each back behind its own front after a long-edge flip (SRA3, 2 x 4)", async () => {
    const series = { ...sampleSeries(), sheet: { size: "SRA3" as const, marginMm: 0, gutterMm: 0, duplex: "long-edge" as const } };
    const sheets = await sheetsPdf(series, readFileSync(printFile()));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-sheets-")), "vellen.pdf");
    writeFileSync(file, sheets);
    expect(Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", file))![1])).toBe(2);
    // Where "n/8" is printed on the back sheet: card 1's front is top-left, so its back is top-right.
    const words = poppler("pdftotext", "-bbox", "-f", "2", "-l", "2", file, "-");
    const position = (label: string) => {
      const match = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)"[^>]*>${label.replace("/", "\\/")}</word>`).exec(words);
      return { x: Number(match![1]) / MM, y: Number(match![2]) / MM };
    };
    const sheetWidth = 320;
    expect(position("1/8").x).toBeGreaterThan(sheetWidth / 2);
    expect(position("2/8").x).toBeLessThan(sheetWidth / 2);
    expect(position("1/8").y).toBeLessThan(position("3/8").y);
  });

  it("is PDF/X-4 for the print shop, as are the sheets, in both sample series: the preflight finds nothing", () => {
    expect(sample.model.series.length).toBeGreaterThanOrEqual(2);
    for (const series of sample.model.series) {
      expect(series.colour).toBe("cmyk");
      const files = seriesFiles(series);
      const print = path.join(sample.outputDir, files.print);
      const sheets = path.join(sample.outputDir, files.sheets);
      expect(pdfSubtype(print)).toBe("PDF/X-4");
      expect(preflightPdfX4(print, { trimMm: CARD_FORMATS[series.print.card], bleedMm: series.print.bleedMm, minDpi: 300 }), series.slug).toEqual([]);
      expect(pdfSubtype(sheets)).toBe("PDF/X-4");
      expect(preflightPdfX4(sheets, { trimMm: SHEET_SIZES[series.sheet.size], bleedMm: 0, minDpi: 300 }), series.slug).toEqual([]);
      // The output intent is the profile the pictures were separated with, named in it.
      expect(poppler("qpdf", "--show-object=trailer", print)).toContain("/ID");
      expect(readFileSync(print).toString("latin1")).toMatch(/\/OutputConditionIdentifier \(Custom\)/);
    }
  });

  it("keeps the press profile out of the pictures: it is in the file once, as the output intent", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-icc-"));
    poppler("pdfimages", "-j", "-f", "1", "-l", "1", printFile(), path.join(folder, "front"));
    for (const name of readdirSync(folder)) expect(readFileSync(path.join(folder, name)).includes("ICC_PROFILE"), name).toBe(false);
  });

  it("gives the same bytes on a second build", () => {
    const again = path.join(path.dirname(sample.outputDir), "_site2");
    expect(runCli("build", ["--output", again]).status).toBe(0);
    const files = seriesFiles(sampleSeries());
    expect(files.plaques).toBeDefined();
    for (const url of [files.print, files.sheets, files.plaques!, ...files.cards.map((card) => card.url)]) {
      expect(readFileSync(path.join(again, url)).equals(readFileSync(path.join(sample.outputDir, url))), url).toBe(true);
    }
  });
});

describe("the series page", () => {
  it("says the print-shop PDF of a CMYK series is PDF/X-4, in the series' language", () => {
    for (const series of sample.model.series) {
      const html = parse(readFileSync(path.join(sample.outputDir, series.url, "index.html"), "utf8"));
      const item = html.querySelectorAll(".downloads-list li").find((li) => li.querySelector("a")?.getAttribute("href") === seriesFiles(series).print);
      expect(item?.text, series.slug).toMatch(/in CMYK, als PDF\/X-4\./);
    }
  });

  it("shows every card in order with its text, links each monument and offers every PDF", () => {
    const series = sampleSeries();
    const html = parse(readFileSync(path.join(sample.outputDir, series.url, "index.html"), "utf8"));
    const cards = html.querySelectorAll("main .postcard");
    expect(cards.map((card) => card.querySelector(".postcard__title")!.text)).toEqual(series.cards.map((card) => card.title));
    cards.forEach((card, index) => {
      const expected = series.cards[index]!;
      expect(card.querySelector(".postcard__number")!.text).toBe(`${index + 1}/${series.cards.length}`);
      expect(card.text).toContain(expected.text);
      expect(card.querySelector(`a[href="${expected.monument.url}"]`)).not.toBeNull();
    });
    const files = seriesFiles(series);
    expect(files.plaques).toBeDefined();
    for (const url of [files.print, files.sheets, files.plaques!, ...files.cards.map((card) => card.url)]) {
      expect(html.querySelector(`main a[href="${url}"][download]`), url).not.toBeNull();
    }
    const listing = parse(readFileSync(path.join(sample.outputDir, "postkaarten", "index.html"), "utf8"));
    expect(listing.querySelector(`main a[href="${series.url}"]`)?.text).toBe(series.title);
  });

  it("shows a picture of each card's front and back, cut at the trim, whose QR code scans too", async () => {
    const series = sampleSeries();
    const html = parse(readFileSync(path.join(sample.outputDir, series.url, "index.html"), "utf8"));
    const files = seriesFiles(series);
    const cards = html.querySelectorAll("main .postcard");
    for (const [index, card] of cards.entries()) {
      const [front, back] = card.querySelectorAll(".postcard__sides img");
      expect(front!.getAttribute("src")).toBe(files.cards[index]!.front);
      expect(back!.getAttribute("src")).toBe(files.cards[index]!.back);
      expect(front!.getAttribute("alt")).toContain(series.cards[index]!.image.alt);
      for (const img of [front!, back!]) {
        const metadata = await sharp(path.join(sample.outputDir, img.getAttribute("src")!)).metadata();
        expect({ width: metadata.width, height: metadata.height }).toEqual({ width: Number(img.getAttribute("width")), height: Number(img.getAttribute("height")) });
        // The trim of an A6 card: 148 x 105 mm.
        expect(metadata.width! / metadata.height!).toBeCloseTo(148 / 105, 1);
      }
    }
    expect(await readQr(sharp(path.join(sample.outputDir, files.cards[0]!.back)))).toBe(`${sample.model.config.baseUrl}${series.cards[0]!.monument.url}`);
  });
});

describe("a series in German (language: de)", () => {
  const germanSeries = () => sample.model.series.find((series) => series.slug === "zeven-mijnen-de")!;

  it("prints the monuments' German postcard texts, German labels and German names", () => {
    const series = germanSeries();
    expect(series.language).toBe("de");
    const text = poppler("pdftotext", "-layout", path.join(sample.outputDir, seriesFiles(series).print), "-").replace(/\s+/g, " ");
    for (const card of series.cards) {
      const translation = card.monument.translations.de!;
      expect(card.text, card.monument.slug).toBe(translation.postcard!.text);
      expect(text, card.monument.slug).toContain(translation.postcard!.title!.split(" ").slice(0, 2).join(" "));
      expect(text, card.monument.slug).toContain(card.about.title);
    }
    expect(text).toContain("Bild:");
    expect(text).toContain("Briefmarke");
    expect(text).not.toContain("Beeld:");
    expect(text).not.toContain("postzegel");
  });

  it("has QR codes that open the monuments' German pages", async () => {
    const series = germanSeries();
    for (const card of series.cards.slice(0, 2)) {
      expect(await qrOnBack(series, card.number), card.monument.slug).toBe(`${sample.model.config.baseUrl}/de/denkmale/${card.monument.slug}/`);
      // ... and that page exists, in German.
      const html = readFileSync(path.join(sample.outputDir, "de", "denkmale", card.monument.slug, "index.html"), "utf8");
      expect(html).toContain('<html lang="de">');
    }
  });
});

describe("a portrait series", () => {
  it("has portrait fronts and landscape backs, and sheets with each back behind its front", () => {
    const { siteDir, stdout } = buildOneCardSeries(
      { title: "Staand", text: "Een kaart die rechtop staat, met de tekst op een liggende achterkant." },
      "staand",
      "title: Staand\nyear: 2026\norientation: portrait\ncolour: cmyk\n",
    );
    expect(stdout).not.toMatch(/warning/);
    // Portrait fronts and landscape backs in one PDF/X file: each page's own boxes.
    expect(preflightPdfX4(path.join(siteDir, "postkaarten", "staand", "staand-drukkerij.pdf"), { trimMm: CARD_FORMATS.A6, bleedMm: 3, minDpi: 300 })).toEqual([]);
    const info = poppler("pdfinfo", "-box", "-f", "1", "-l", "2", path.join(siteDir, "postkaarten", "staand", "staand-drukkerij.pdf"));
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((match) => [Number(match[1]) / MM, Number(match[2]) / MM]);
    expect(sizes[0]).toEqual([expect.closeTo(111, 1), expect.closeTo(154, 1)]);
    expect(sizes[1]).toEqual([expect.closeTo(154, 1), expect.closeTo(111, 1)]);

    // On A4 with a 5 mm margin, two portrait A6 cards fit side by side... turned: one above the other.
    const sheets = path.join(siteDir, "postkaarten", "staand", "staand-vellen-a4.pdf");
    expect(Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", sheets))![1])).toBe(2);
    const words = (page: number) =>
      [...poppler("pdftotext", "-bbox", "-f", String(page), "-l", String(page), sheets, "-").matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
        x: (Number(match[1]) + Number(match[3])) / 2 / MM,
        y: (Number(match[2]) + Number(match[4])) / 2 / MM,
        width: (Number(match[3]) - Number(match[1])) / MM,
        height: (Number(match[4]) - Number(match[2])) / MM,
        text: match[5]!,
      }));
    // The front lies turned a quarter to the left in the sheet's top half: its title band (along
    // the card's bottom) runs up the right-hand side, its name reading upwards.
    const title = words(1).find((word) => word.text === "C-mine")!;
    expect(title.y).toBeLessThan(297 / 2);
    expect(title.x).toBeGreaterThan(210 / 2);
    expect(title.height).toBeGreaterThan(title.width);
    // The back, seen through the sheet (mirrored left-right for a long-edge flip), is in the same
    // place and reads across: its top-left corner with "1/1" lies behind the front's bottom-right one.
    const back = words(2).map((word) => ({ ...word, x: 210 - word.x }));
    const number = back.find((word) => word.text === "1/1")!;
    expect(number.y).toBeLessThan(title.y);
    expect(number.x).toBeGreaterThan(210 / 2);
    const stamp = back.find((word) => word.text === "postzegel")!;
    expect(stamp.width).toBeGreaterThan(stamp.height);
    // Its top-right corner (the stamp box) lies behind the front's top-right corner, which the
    // quarter turn puts at the top-left.
    expect(stamp.x).toBeLessThan(210 / 2);
    expect(stamp.y).toBeLessThan(title.y);
    expect(back.map((word) => word.text).join(" ")).toContain("Een kaart die rechtop staat");
  });
});

describe("a series' logo", () => {
  const monument = MONUMENT_MD.replace("stories: [laatste-mijn]", "postcard:\n  title: Met logo\n  text: Een kaart met het logo van de erfgoedcel in de hoek van de voorkant.\nstories: [laatste-mijn]");

  it("without a band, sits on a white plate; a logo with too few pixels is a warning on its line", async () => {
    const contentDir = regionWith({
      "monuments/c-mine.md": monument,
      "series/logo.md": "---\ntitle: Met logo\nyear: 2026\nband: false\nlogo: logo.png\ncards:\n  - monument: c-mine\n---\n",
    });
    await sharp({ create: { width: 90, height: 45, channels: 4, background: { r: 180, g: 80, b: 40, alpha: 1 } } }).png().toFile(path.join(contentDir, "series", "logo.png"));
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(built.status, built.stdout).toBe(0);
    expect(built.stdout).toMatch(/content\/series\/logo\.md:5 logo: warning: logo\.png: 90 x 45 pixels prints at 143 dpi \(16\.0 x 8\.0 mm on the card\) \(use an SVG, or a picture at least 189 pixels wide\)/);
    const file = path.join(siteDir, "postkaarten", "logo", "logo-drukkerij.pdf");
    // No band: the front has no text, only the picture and the logo.
    expect(poppler("pdftotext", "-f", "1", "-l", "1", file, "-").trim()).toBe("");
    const images = poppler("pdfimages", "-list", "-f", "1", "-l", "1", file).trim().split("\n").slice(2);
    expect(images).toHaveLength(2);
    // The logo is in the bottom-right corner, inside the safe zone: 5 mm + 3 mm bleed from the edges.
    const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-logo-"));
    poppler("pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", "-singlefile", file, path.join(folder, "front"));
    const px = (mm: number) => Math.round((mm / 25.4) * 100);
    const logoCentre = await pixelAt(path.join(folder, "front.png"), px(154 - 8 - 2 - 8), px(111 - 8 - 2 - 4));
    expect(logoCentre).toEqual([expect.closeTo(180, -1), expect.closeTo(80, -1), expect.closeTo(40, -1)]);
    const plateEdge = await pixelAt(path.join(folder, "front.png"), px(154 - 8 - 1), px(111 - 8 - 1));
    expect(plateEdge).toEqual([255, 255, 255]);
  });

  it("that cannot be read stops the build, naming the series' line", async () => {
    const contentDir = regionWith({
      "monuments/c-mine.md": monument,
      "series/kapot.md": "---\ntitle: Kapot logo\nyear: 2026\nlogo: logo.png\ncards:\n  - monument: c-mine\n---\n",
    });
    writeFileSync(path.join(contentDir, "series", "logo.png"), "dit is geen afbeelding");
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(built.status).not.toBe(0);
    expect(built.stdout + built.stderr).toMatch(/content\/series\/kapot\.md:4 logo: logo\.png cannot be read as a picture .*\(save it again as SVG, PNG or JPEG\)/);
  });
});

describe("a CMYK series", () => {
  it("puts CMYK pictures in the PDF, in their true colours", async () => {
    const monument = MONUMENT_MD.replace("file: schets.svg", "file: foto.jpg").replace(
      "stories: [laatste-mijn]",
      "postcard:\n  title: In CMYK\n  text: Een kaart voor een drukkerij die CMYK vraagt, met een foto in twee kleuren.\nstories: [laatste-mijn]",
    );
    const contentDir = regionWith({
      "monuments/c-mine.md": monument,
      "series/cmyk.md": "---\ntitle: Drukwerk\nyear: 2026\ncolour: cmyk\ncards:\n  - monument: c-mine\n---\n",
    });
    writeFileSync(path.join(contentDir, "monuments", "foto.jpg"), await phonePhoto(2400, 1700)); // blue left half, red right half
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(built.status, built.stdout).toBe(0);
    const file = path.join(siteDir, "postkaarten", "cmyk", "cmyk-drukkerij.pdf");
    const [image] = poppler("pdfimages", "-list", file).trim().split("\n").slice(2).map((line) => line.trim().split(/\s+/));
    expect(image![5]).toBe("cmyk");
    const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-cmyk-"));
    poppler("pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", "-singlefile", file, path.join(folder, "front"));
    const [leftR, , leftB] = await pixelAt(path.join(folder, "front.png"), 40, 60);
    const [rightR, , rightB] = await pixelAt(path.join(folder, "front.png"), 260, 60);
    expect(leftB).toBeGreaterThan(leftR + 100);
    expect(rightR).toBeGreaterThan(rightB + 100);
  });
});

describe("the QR plaques of the sample series (plaques: A5)", () => {
  const plaquesFile = () => path.join(sample.outputDir, seriesFiles(sampleSeries()).plaques!);

  it("are one A5 sign per card, PDF/X-4, that pass the preflight at 300 dpi", () => {
    const series = sampleSeries();
    expect(series.plaques).toBe("A5");
    expect(poppler("pdfinfo", plaquesFile())).toMatch(new RegExp(`Pages:\\s+${series.cards.length}\\n`));
    expect(pdfSubtype(plaquesFile())).toBe("PDF/X-4");
    expect(preflightPdfX4(plaquesFile(), { trimMm: PLAQUE_FORMATS.A5, bleedMm: series.print.bleedMm, minDpi: 300 })).toEqual([]);
  });

  it("show each monument's name, the card's title and what to do, in order", () => {
    const series = sampleSeries();
    for (const card of [series.cards[0]!, series.cards.at(-1)!]) {
      const text = poppler("pdftotext", "-f", String(card.number), "-l", String(card.number), plaquesFile(), "-").replace(/\s+/g, " ");
      expect(text).toContain(card.about.title.split(" ")[0]);
      expect(text).toContain(card.title);
      expect(text).toContain("Scan de code: het verhaal van deze plek");
    }
  });

  it("have a QR code, read from a 300 dpi rendering at the plaque's size, that opens the monument's page", async () => {
    const series = sampleSeries();
    for (const card of [series.cards[0]!, series.cards.at(-1)!]) {
      const layout = plaqueLayout("A5", series.safeMm, { width: (card.master!.px.width / 300) * 25.4, height: (card.master!.px.height / 300) * 25.4 });
      expect(await plaqueQr(plaquesFile(), card.number, layout.qr, series.print.bleedMm)).toBe(absoluteUrl(card.about.url, sample.model.config.baseUrl));
    }
  });

  it("are offered on the series page", () => {
    const series = sampleSeries();
    const html = parse(readFileSync(path.join(sample.outputDir, series.url, "index.html"), "utf8"));
    const item = html.querySelectorAll(".downloads-list li").find((li) => li.querySelector("a")?.getAttribute("href") === seriesFiles(series).plaques);
    expect(item?.text).toMatch(new RegExp(`${series.cards.length} borden A5 om bij de monumenten op te hangen.*PDF/X-4`));
    // The German series has none.
    expect(seriesFiles(sample.model.series.find((other) => other.slug === "zeven-mijnen-de")!).plaques).toBeUndefined();
  });
});

describe("A4 plaques", () => {
  it("are PDF/X-4 signs of 210 x 297 mm whose picture stays at 300 dpi and whose QR code scans", async () => {
    const { siteDir } = buildOneCardSeries({ title: "Een groot bord", text: "Een bord om op te hangen, op A4." }, "borden", "title: Borden\nyear: 2026\ncolour: cmyk\nplaques: A4\n");
    const file = path.join(siteDir, "postkaarten", "borden", "borden-qr-borden-a4.pdf");
    expect(preflightPdfX4(file, { trimMm: PLAQUE_FORMATS.A4, bleedMm: 3, minDpi: 300 })).toEqual([]);
    expect(await plaqueQr(file, 1, plaqueLayout("A4", 5, { width: 154, height: 111 }).qr, 3)).toBe("https://example.org/monumenten/c-mine/");
  });
});

describe("an RGB series", () => {
  it("is not PDF/X, and the build says so on the series' colour line", () => {
    const contentDir = regionWith({
      "series/rgb.md": "---\ntitle: Thuis\nyear: 2026\ncolour: rgb\ncards:\n  - monument: c-mine\n    title: Thuis geprint\n    text: Een kaart om zelf te printen, in RGB.\n---\n",
    });
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(built.status, built.stdout).toBe(0);
    expect(built.stdout).toMatch(/series\/rgb\.md:4 colour: warning: the print-shop PDF and the sheets of "Thuis" are not PDF\/X-4: the series is in RGB, .*\(set `colour: cmyk` when the series goes to a print shop\)/);
    const print = path.join(siteDir, "postkaarten", "rgb", "rgb-drukkerij.pdf");
    expect(pdfSubtype(print)).toBeUndefined();
    expect(preflightPdfX4(print).join("\n")).toMatch(/no output intent[\s\S]*RGB/);
  });
});

describe("a fun fact too long for the card", () => {
  it("fails the build, naming the monument file, line and field and by how much to shorten it", () => {
    const longText = "Dit is een heel lang weetje over de mijn van Winterslag dat niet op een kaart past. ".repeat(5).trim().slice(0, 400);
    const monument = MONUMENT_MD.replace("stories: [laatste-mijn]", `postcard:\n  title: Veel te veel\n  text: "${longText}"\nstories: [laatste-mijn]`);
    const contentDir = regionWith({
      "monuments/c-mine.md": monument,
      // A wide safe zone leaves less room for the text than the 400 characters a fun fact may have.
      "series/reeks.md": "---\ntitle: Reeks\nyear: 2026\nsafe: 15\ncards:\n  - monument: c-mine\n---\n",
    });
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const failed = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(
      /content\/monuments\/c-mine\.md:17 postcard\.text: the fun fact is too long for card 1 of "Reeks", even at 7\.5 pt \(shorten it by about \d+ characters\)/,
    );
    expect(failed.stdout).toContain("is unchanged");
    expect(() => readdirSync(siteDir)).toThrow();
  });
});


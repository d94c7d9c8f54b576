import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { Pack } from "../../../src/content/model.ts";
import { parseGpx } from "../../../src/geo/gpx.ts";
import { LICENCES_NL } from "../../../src/i18n/nl.ts";
import { packPictures } from "../../../src/outputs/packs/parts.ts";
import { packFiles, zipEntries } from "../../../src/outputs/packs/write.ts";
import { bookletPdf, drawBoxHeight } from "../../../src/outputs/packs/booklet.ts";
import { STYLES } from "../../../src/outputs/packs/style.ts";
import { runCli } from "../../helpers/cli.ts";
import { PLEKKEN_PACK, regionWith } from "../../helpers/content-dir.ts";
import { useSampleBuild } from "../../helpers/images.ts";

// The teaching packs of the sample region, read back as a teacher's computer would:
// the pages and their text with poppler, the fonts and pictures, and the ZIP.


/** The answer keys' password for these builds (npm run build reads it from the environment). */
const PASSWORD = "juf-en-meester-2026";
const sample = useSampleBuild({ SCHACHTBOK_KEY_PASSWORD: PASSWORD });

/** A poppler tool; a key opens with the password, as a teacher opens it. */
const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args.some((arg) => arg.endsWith("-antwoordsleutel.pdf")) ? ["-upw", PASSWORD, ...args] : args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const file = (url: string) => path.join(sample.outputDir, url);
/** The text of a PDF with all whitespace as single spaces, so wrapped lines read as one. */
const textOf = (pdf: string) => poppler("pdftotext", pdf, "-").replace(/\s+/g, " ");
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", pdf))![1]);
/** Each page's text, whitespace made single spaces. */
const pagesOf = (pdf: string) => poppler("pdftotext", pdf, "-").split("\f").map((page) => page.replace(/\s+/g, " ").trim());
const flat = (text: string) => text.replace(/\s+/g, " ");
const pdfStructure = (pdf: string) => poppler("pdfinfo", "-struct", pdf);

const answersOf = (pack: Pack) => pack.stops.flatMap((stop) => stop.questions.map((question) => (question.kind === "find" ? question.answers.join(" ") : question.answer)));
/** What only the key may say: the answers to open and drawing questions, and the notes for the teacher. */
const secretsOf = (pack: Pack) => [
  ...pack.stops.flatMap((stop) => stop.questions.flatMap((question) => (question.kind === "open" || question.kind === "draw" ? [question.answer] : []))),
  ...pack.stops.flatMap((stop) => [stop.note, ...stop.questions.map((question) => question.note)].filter((note): note is string => Boolean(note))),
];

describe.each(["tuinwijk-eisden-lager", "mijnverleden-en-migratie"])("the sample pack %s", (slug) => {
  const pack = () => sample.model.packs.find((candidate) => candidate.slug === slug)!;

  it("has a booklet with a cover, then the introduction and the map, the worksheets in order, and the glossary", () => {
    const pages = pagesOf(file(packFiles(pack()).booklet));
    expect(pages[0]).toContain(pack().title);
    expect(pages[0]).toMatch(/Naam: .*Klas: .*Datum:/);
    expect(pages[1]).toMatch(/^Inleiding/);
    // The map follows the introduction on its page when it fits there.
    const mapPage = pages.findIndex((page) => /(^| )De route: /.test(page));
    expect(mapPage).toBeGreaterThanOrEqual(1);
    expect(mapPage).toBeLessThanOrEqual(2);
    let previous = { page: mapPage, at: pages[mapPage]!.indexOf("De route: ") };
    for (const stop of pack().stops) {
      // Each worksheet opens with the stop's number badge, "Stop n" and the monument, after the previous one.
      const heading = `${stop.number} Stop ${stop.number} ${stop.monument.title}`;
      const page = pages.findIndex((text, index) => index >= previous.page && text.indexOf(heading, index === previous.page ? previous.at : 0) >= 0);
      expect(page, `worksheet of stop ${stop.number}`).toBeGreaterThanOrEqual(previous.page);
      previous = { page, at: pages[page]!.indexOf(heading) };
    }
    expect(pages.some((page) => page.includes("Woordenlijst"))).toBe(true);
    expect(pages.filter(Boolean).at(-1)).toContain("Bronnen en beelden");
  });

  it("never splits a question: its words and its options are on one page", () => {
    const pages = pagesOf(file(packFiles(pack()).booklet));
    for (const stop of pack().stops) {
      const first = pages.findIndex((page) => page.includes(`Stop ${stop.number} ${stop.monument.title}`));
      // A question's words and its options are on one page: the page that has the question has them all.
      for (const question of stop.questions) {
        const holder = pages.findIndex((page, index) => index >= first && page.includes(flat(question.question)));
        expect(holder, question.question).toBeGreaterThanOrEqual(first);
        if (question.kind === "choice" || question.kind === "find") for (const option of question.options) expect(pages[holder], option).toContain(flat(option));
      }
    }
  });

  it("asks every question in the booklet, and gives none of the answers or notes away", () => {
    const text = textOf(file(packFiles(pack()).booklet));
    for (const stop of pack().stops) {
      for (const question of stop.questions) {
        expect(text).toContain(flat(question.question));
        if (question.kind === "choice" || question.kind === "find") for (const option of question.options) expect(text).toContain(option);
      }
    }
    for (const secret of secretsOf(pack())) expect(text, secret).not.toContain(flat(secret));
  });

  it("has every answer and every note in the teacher's key, after its question", () => {
    const text = textOf(file(packFiles(pack()).key));
    for (const goal of pack().goals) expect(text).toContain(flat(goal));
    for (const stop of pack().stops) {
      for (const question of stop.questions) {
        const at = text.indexOf(flat(question.question));
        expect(at, question.question).toBeGreaterThanOrEqual(0);
        const answer = question.kind === "find" ? question.answers.at(-1)! : question.answer;
        expect(text.indexOf(flat(answer), at), answer).toBeGreaterThan(at);
      }
    }
    for (const secret of secretsOf(pack())) expect(text).toContain(flat(secret));
    expect(answersOf(pack()).length).toBeGreaterThan(0);
  });

  it("prints the route map with its stops numbered in route order, a scale bar and north", () => {
    const pages = pagesOf(file(packFiles(pack()).booklet));
    const mapPage = pages.find((page) => page.includes("De route: "))!;
    const route = pack().route!;
    let from = 0;
    route.stops.forEach((stop, index) => {
      const at = mapPage.indexOf(`${index + 1} ${stop.name}`, from);
      expect(at, `${index + 1} ${stop.name}`).toBeGreaterThanOrEqual(from);
      from = at;
    });
    expect(mapPage).toMatch(/\b\d+ (m|km)\b/);
    expect(mapPage).toMatch(/\bN\b/);
  });

  it("has a large-print booklet with the same questions in larger type, over more pages", () => {
    const files = packFiles(pack());
    const text = textOf(file(files.largePrint));
    for (const stop of pack().stops) for (const question of stop.questions) expect(text).toContain(flat(question.question));
    expect(pageCount(file(files.largePrint))).toBeGreaterThan(pageCount(file(files.booklet)));
    // The body text's size, from the font size pdftotext reports per word (in its bbox heights).
    const wordHeight = (pdf: string, word: string) => {
      const match = new RegExp(`yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}</word>`).exec(poppler("pdftotext", "-bbox", pdf, "-"));
      return Number(match![2]) - Number(match![1]);
    };
    const word = pack().stops[0]!.text.split(" ")[1]!;
    expect(wordHeight(file(files.largePrint), word) / wordHeight(file(files.booklet), word)).toBeGreaterThan(1.4);
  });

  it("embeds every font and each picture once per PDF", () => {
    const files = packFiles(pack());
    const pictures = packPictures(pack());
    for (const pdf of [files.booklet, files.largePrint, files.key]) {
      for (const line of poppler("pdffonts", file(pdf)).trim().split("\n").slice(2)) expect(line, `${pdf}: ${line}`).toMatch(/\s+yes\s+yes\s+/);
      const images = poppler("pdfimages", "-list", file(pdf)).trim().split("\n").slice(2).map((line) => line.trim().split(/\s+/));
      expect(new Set(images.map((image) => image[10])).size, pdf).toBe(pdf === files.key ? 0 : pictures.length);
    }
  });

  it("is a tagged PDF for screen readers: headings and paragraphs in reading order, pictures with their alt text", () => {
    for (const pdf of [packFiles(pack()).booklet, packFiles(pack()).largePrint, packFiles(pack()).key]) {
      expect(poppler("pdfinfo", file(pdf))).toMatch(/Tagged:\s+yes/);
      const structure = poppler("pdfinfo", "-struct-text", file(pdf));
      const elements = [...structure.matchAll(/^ {2}(\w+)(?: \(block\))?\n {4}"([^"]*)"/gm)].map((match) => ({ type: match[1]!, text: match[2]!.replace(/\s+/g, " ") }));
      expect(elements.find((element) => element.type === "H1")?.text).toBe(pack().title);
      // Each stop's monument is a heading, and its questions follow it as paragraphs, in order.
      let from = 0;
      for (const stop of pack().stops) {
        const at = elements.findIndex((element, index) => index >= from && element.type === "H2" && element.text === stop.monument.title);
        expect(at, `${pdf}: heading of ${stop.monument.title}`).toBeGreaterThanOrEqual(from);
        for (const question of stop.questions) {
          const found = elements.findIndex((element, index) => index > at && element.type === "P" && element.text === flat(question.question));
          expect(found, question.question).toBeGreaterThan(at);
        }
        from = at + 1;
      }
      // Page numbers are decoration, not text to read out.
      expect(elements.some((element) => / · \d+\/\d+$/.test(element.text))).toBe(false);
    }
    const bytes = readFileSync(file(packFiles(pack()).booklet)).toString("latin1");
    const figures = [...pdfStructure(file(packFiles(pack()).booklet)).matchAll(/^ {2}Figure$/gm)].length;
    expect([...bytes.matchAll(/\/Alt \(/g)].length).toBe(figures);
    for (const { image } of packPictures(pack())) if (/^[\x20-\x7e]+$/.test(image.alt)) expect(bytes).toContain(`/Alt (${image.alt})`);
    expect(bytes).toContain(`/Alt (Kaart van de route`);
  });

  it("offers one ZIP with exactly the promised files, each of which opens", async () => {
    const files = packFiles(pack());
    const entries = unzipSync(readFileSync(file(files.zip)));
    const names = Object.keys(entries);
    const pictures = packPictures(pack());
    expect(names).toEqual(zipEntries(pack()));
    // The pupils' files: never the key.
    expect(names).toEqual([
      `${slug}-werkboekje.pdf`,
      `${slug}-werkboekje-grote-letters.pdf`,
      `${pack().route!.slug}.gpx`,
      ...pictures.map((_, index) => expect.stringMatching(new RegExp(`^beelden/${String(index + 1).padStart(2, "0")}-[a-z0-9-]+\\.jpg$`))),
      "LICENTIES.txt",
    ]);
    // The PDFs are the ones on the site.
    expect(Buffer.from(entries[`${slug}-werkboekje.pdf`]!).equals(readFileSync(file(files.booklet)))).toBe(true);
    expect(names.some((name) => /antwoord|sleutel|key/i.test(name))).toBe(false);
    const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-zip-"));
    for (const name of names.filter((entry) => entry.endsWith(".pdf"))) {
      writeFileSync(path.join(folder, "check.pdf"), entries[name]!);
      expect(pageCount(path.join(folder, "check.pdf")), name).toBeGreaterThan(1);
    }
    const gpx = parseGpx(Buffer.from(entries[`${pack().route!.slug}.gpx`]!).toString("utf8"));
    expect(gpx.ok).toBe(true);
    for (const name of names.filter((entry) => entry.endsWith(".jpg"))) {
      const metadata = await sharp(Buffer.from(entries[name]!)).metadata();
      expect(metadata.format, name).toBe("jpeg");
      expect(Math.max(metadata.width!, metadata.height!), name).toBeLessThanOrEqual(1600);
    }
    // Every picture's file, maker and licence in the licence file.
    const licences = Buffer.from(entries["LICENTIES.txt"]!).toString("utf8");
    const pictureNames = names.filter((name) => name.startsWith("beelden/"));
    pictures.forEach((picture, index) => {
      expect(licences).toContain(pictureNames[index]!);
      expect(licences).toContain(picture.image.credit);
      expect(licences).toContain(LICENCES_NL[picture.image.licence].label);
    });
  });
});

describe("the pack files", () => {
  it("are the same bytes on a second build", () => {
    const again = path.join(path.dirname(sample.outputDir), "_site2");
    expect(runCli("build", ["--output", again], undefined, { SCHACHTBOK_KEY_PASSWORD: PASSWORD }).status).toBe(0);
    for (const pack of sample.model.packs) {
      for (const url of Object.values(packFiles(pack))) {
        expect(readFileSync(path.join(again, url)).equals(readFileSync(file(url))), url).toBe(true);
      }
    }
  });
});

describe("fewer pages", () => {
  it("come from worksheets that follow on; a pack can still ask for a page per stop, and gets each worksheet at the top of a page", async () => {
    for (const pack of sample.model.packs) {
      for (const variant of ["regular", "large"] as const) {
        const flowing = await bookletPdf(pack, sample.model.config, variant);
        const perStop = await bookletPdf({ ...pack, newPagePerStop: true }, sample.model.config, variant);
        const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-flow-"));
        writeFileSync(path.join(folder, "flowing.pdf"), flowing);
        writeFileSync(path.join(folder, "per-stop.pdf"), perStop);
        const flowingPages = pageCount(path.join(folder, "flowing.pdf"));
        const perStopPages = pageCount(path.join(folder, "per-stop.pdf"));
        expect(flowingPages, `${pack.slug} ${variant}`).toBeLessThanOrEqual(perStopPages);
        const pages = pagesOf(path.join(folder, "per-stop.pdf"));
        for (const stop of pack.stops) expect(pages.some((page) => page.startsWith(`${stop.number} Stop ${stop.number} ${stop.monument.title}`)), `${pack.slug} stop ${stop.number}`).toBe(true);
      }
    }
    // The sample booklets: 12 and 16 pages before worksheets followed on, the keys 7 and 9.
    const counts = Object.fromEntries(sample.model.packs.map((pack) => [pack.slug, [pageCount(file(packFiles(pack).booklet)), pageCount(file(packFiles(pack).key))]]));
    expect(counts["tuinwijk-eisden-lager"]![0]).toBeLessThan(12);
    expect(counts["mijnverleden-en-migratie"]![0]).toBeLessThan(16);
    expect(counts["tuinwijk-eisden-lager"]![1]).toBeLessThan(7);
    expect(counts["mijnverleden-en-migratie"]![1]).toBeLessThan(9);
  });

  it("give a drawing box the room the page has left: its usual height when the next question fits after it, less so that it does, all of it when it cannot", () => {
    const style = STYLES.regular;
    const gap = style.paragraphMm + 3;
    // Plenty of room: the usual 75 mm.
    expect(drawBoxHeight(style, 200, 40)).toBe(style.drawBoxMm);
    // A little less than the usual box and the next question: the box gives way.
    expect(drawBoxHeight(style, style.drawBoxMm + gap + 30, 40)).toBeCloseTo(style.drawBoxMm - 10);
    // The next question goes to the next page anyway: the box takes the rest of this one.
    expect(drawBoxHeight(style, 150, Infinity)).toBe(150 - gap);
    expect(drawBoxHeight(style, 60, 100)).toBeCloseTo(60 - gap);
    // Never smaller than 60% of the usual box.
    expect(drawBoxHeight(style, 20, Infinity)).toBe(style.drawBoxMm * 0.6);
  });
});

describe("the large-print booklet", () => {
  it("sets everything a pupil reads in 16 pt or more (body 18 pt): instructions, captions, footers, the map's labels", () => {
    for (const pack of sample.model.packs) {
      const pdf = file(packFiles(pack).largePrint);
      // Every font size the content streams set (pdfkit's text matrices are unscaled).
      const expanded = execFileSync("qpdf", ["--qdf", "--object-streams=disable", pdf, "-"], { maxBuffer: 1 << 28 }).toString("latin1");
      const sizes = [...expanded.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((match) => Number(match[1]));
      expect(sizes.length, pack.slug).toBeGreaterThan(50);
      expect(Math.min(...sizes), pack.slug).toBeGreaterThanOrEqual(16);
      // The most used size is the body's, 18 pt.
      const counts = new Map<number, number>();
      for (const size of sizes) counts.set(size, (counts.get(size) ?? 0) + 1);
      expect([...counts].sort((a, b) => b[1] - a[1])[0]![0]).toBe(18);
      // As poppler reads the words: none shorter than a 16 pt line.
      const heights = [...poppler("pdftotext", "-bbox", pdf, "-").matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((match) => Number(match[2]) - Number(match[1]));
      expect(Math.min(...heights), pack.slug).toBeGreaterThanOrEqual(16);
    }
    // The regular booklet keeps its small print (captions at 8.5 pt): the test above can fail.
    const regular = execFileSync("qpdf", ["--qdf", "--object-streams=disable", file(packFiles(sample.model.packs[0]!).booklet), "-"], { maxBuffer: 1 << 28 }).toString("latin1");
    expect(Math.min(...[...regular.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((match) => Number(match[1])))).toBeLessThan(16);
  });
});

describe("the answer key", () => {
  it("opens only with the password, and is AES-256, tagged, printable", () => {
    for (const pack of sample.model.packs) {
      const key = file(packFiles(pack).key);
      // Without the password poppler cannot open it; with it, it reads the answers.
      expect(() => execFileSync("pdfinfo", [key], { encoding: "utf8", stdio: "pipe" })).toThrow(/Incorrect password/);
      expect(() => execFileSync("pdfinfo", ["-upw", "raden-lukt-niet", key], { encoding: "utf8", stdio: "pipe" })).toThrow(/Incorrect password/);
      const info = poppler("pdfinfo", key);
      expect(info).toMatch(/Encrypted:\s+yes \(print:yes copy:yes .*algorithm:AES-256\)/);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(textOf(key)).toContain(answersOf(pack)[0]!.split(" ")[0]!);
      // No answer in the clear anywhere in the file.
      const bytes = readFileSync(key).toString("latin1");
      for (const secret of secretsOf(pack)) expect(bytes).not.toContain(secret.slice(0, 30));
    }
  });

  it("is linked from the pack page with how to ask for the password, and never from the ZIP", () => {
    const pack = sample.model.packs[0]!;
    const html = readFileSync(path.join(sample.outputDir, pack.url, "index.html"), "utf8");
    const item = /<li class="pack-key">([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(item).toContain(`href="${packFiles(pack).key}"`);
    expect(item).toContain("Met een wachtwoord");
    expect(item).toContain(sample.model.config.packs.keyRequest!);
    expect(html).not.toContain(PASSWORD);
  });

  it("is not published at all without a password, and the build says so once; a short password stops the build", () => {
    const contentDir = regionWith({ "packs/plekken.md": PLEKKEN_PACK });
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir], undefined, { SCHACHTBOK_KEY_PASSWORD: "" });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    expect(built.stdout.match(/Answer keys: not published/g)).toHaveLength(1);
    expect(built.stdout).toContain("SCHACHTBOK_KEY_PASSWORD");
    const folder = path.join(siteDir, "lespakketten");
    const keys = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.includes("antwoordsleutel"));
    expect(keys).toEqual([]);
    const html = readFileSync(path.join(folder, "plekken", "index.html"), "utf8");
    expect(html).not.toContain("antwoordsleutel.pdf");
    expect(html).toContain("De antwoordsleutel staat niet online");
    expect(html).toContain("Leraren vragen hem aan bij");

    const short = runCli("build", ["--content", contentDir, "--output", siteDir], undefined, { SCHACHTBOK_KEY_PASSWORD: "kort" });
    expect(short.status).toBe(1);
    expect(short.stderr + short.stdout).toContain("the answer keys' password (SCHACHTBOK_KEY_PASSWORD) has 4 characters: use at least 8");
    // From a file outside the repository: its first line.
    const secret = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-secret-")), "sleutel.txt");
    writeFileSync(secret, "een-lang-wachtwoord\n");
    const fromFile = runCli("build", ["--content", contentDir, "--output", siteDir], undefined, { SCHACHTBOK_KEY_PASSWORD: "", SCHACHTBOK_KEY_PASSWORD_FILE: secret });
    expect(fromFile.status, fromFile.stdout + fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toContain(`only with the password from ${secret}`);
    const key = readdirSync(folder, { recursive: true, encoding: "utf8" }).find((name) => name.endsWith("antwoordsleutel.pdf"))!;
    expect(execFileSync("pdfinfo", ["-upw", "een-lang-wachtwoord", path.join(folder, key)], { encoding: "utf8" })).toMatch(/AES-256/);
  });
});

describe("a pack without a route", () => {
  it("maps and numbers its monuments in the order written, and its ZIP has no GPX", () => {
    const contentDir = regionWith({
      "packs/plekken.md": PLEKKEN_PACK,
    });
    const siteDir = path.join(path.dirname(contentDir), "_site");
    const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const folder = path.join(siteDir, "lespakketten", "plekken");
    const mapPage = pagesOf(path.join(folder, "plekken-werkboekje.pdf")).find((page) => page.includes("De plaatsen"))!;
    expect(mapPage).toMatch(/(^| )De plaatsen/);
    expect(mapPage.indexOf("1 Heilig Hartkerk (plaats bij benadering)")).toBeLessThan(mapPage.indexOf("2 C-mine"));
    expect(mapPage).toContain("2 C-mine");
    expect(mapPage).not.toContain("2 C-mine (plaats bij benadering)");
    const names = Object.keys(unzipSync(readFileSync(path.join(folder, "plekken.zip"))));
    expect(names).toEqual(["plekken-werkboekje.pdf", "plekken-werkboekje-grote-letters.pdf", "beelden/01-stop-2-c-mine.jpg", "LICENTIES.txt"]);
  });
});

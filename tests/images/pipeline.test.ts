import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { processImages } from "../../src/images/pipeline.ts";
import { MONUMENT_MD, regionWith } from "../helpers/content-dir.ts";
import { claimedGiantPng, loadWithImages, phonePhoto, pixelAt, temporaryImageCache } from "../helpers/images.ts";

// The image pipeline on a small region whose C-mine page has a photo: what ends up
// in the files (sizes, orientation, metadata, crops, print masters) and what staff
// are told when a photo will not do.

const WITH_PHOTO = MONUMENT_MD.replace("file: schets.svg", "file: foto.jpg");
const POSTCARD = "postcard:\n  title: Wist je dat?\n  text: Winterslag was de eerste Kempense mijn die steenkool bovenhaalde.\n";

/** A region whose C-mine monument shows `photo` as foto.jpg, with extra front matter lines. */
function regionWithPhoto(photo: Buffer, frontMatter = "", imageLines = ""): string {
  const markdown = WITH_PHOTO.replace("stories: [laatste-mijn]", `${frontMatter}stories: [laatste-mijn]`).replace(
    "    licence: CC0-1.0\n",
    `    licence: CC0-1.0\n${imageLines}`,
  );
  const contentDir = regionWith({ "monuments/c-mine.md": markdown });
  writeFileSync(path.join(contentDir, "monuments", "foto.jpg"), photo);
  return contentDir;
}

function cMine(model: Awaited<ReturnType<typeof loadWithImages>>["model"]) {
  return model.monuments.find((monument) => monument.slug === "c-mine")!;
}

function publishedFile(images: Awaited<ReturnType<typeof loadWithImages>>["images"], url: string): string {
  const file = images.published.get(url.replace(/^\//, ""));
  expect(file, url).toBeDefined();
  return file!;
}

describe("web images", () => {
  it("makes every width up to the photo's own, in WebP and JPEG, upright and without camera or GPS data", async () => {
    // Stored 2400 x 1600, shown turned a quarter: 1600 wide, 2400 tall.
    const { model, images } = await loadWithImages(regionWithPhoto(await phonePhoto(2400, 1600, { orientation: 6 })));
    const picture = cMine(model).images[0]!.rendition!.page!;
    expect(picture.sources.map((source) => source.type)).toEqual(["image/webp"]);
    const widths = (srcset: string) => srcset.split(", ").map((candidate) => Number(candidate.split(" ")[1]!.replace("w", "")));
    expect(widths(picture.srcset)).toEqual([480, 800, 1200, 1600]);
    expect(widths(picture.sources[0]!.srcset)).toEqual([480, 800, 1200, 1600]);
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1600, height: 2400 });

    for (const candidate of [...picture.srcset.split(", "), ...picture.sources[0]!.srcset.split(", ")]) {
      const [url, width] = candidate.split(" ");
      const file = readFileSync(publishedFile(images, url!));
      const metadata = await sharp(file).metadata();
      expect(metadata.width, url).toBe(Number(width!.replace("w", "")));
      expect(metadata.height! / metadata.width!, url).toBeCloseTo(1.5, 2); // upright: taller than wide
      expect(metadata.orientation ?? 1, url).toBe(1);
      expect(metadata.exif, url).toBeUndefined();
      expect(file.includes("TestPhone"), url).toBe(false);
    }
    // Turned a quarter clockwise, the blue left half of the stored picture is now on top.
    expect(await pixelAt(publishedFile(images, picture.src), 100, 50)).toEqual([expect.closeTo(0, -1.5), expect.closeTo(0, -1.5), expect.closeTo(255, -1.5)]);
  });

  it("never makes a picture larger than its source", async () => {
    const { model, images } = await loadWithImages(regionWithPhoto(await phonePhoto(600, 400)));
    const picture = cMine(model).images[0]!.rendition!.page!;
    expect(picture.srcset).toMatch(/ 480w, .* 600w$/);
    expect(picture.width).toBe(600);
    const widest = publishedFile(images, picture.srcset.split(", ").at(-1)!.split(" ")[0]!);
    expect((await sharp(widest).metadata()).width).toBe(600);
  });

  it("adds AVIF when the site config asks for it", async () => {
    const contentDir = regionWithPhoto(await phonePhoto(900, 600));
    const site = path.join(contentDir, "site.yaml");
    writeFileSync(site, `${readFileSync(site, "utf8")}images:\n  avif: true\n`);
    const { model } = await loadWithImages(contentDir);
    expect(cMine(model).images[0]!.rendition!.page!.sources.map((source) => source.type)).toEqual(["image/avif", "image/webp"]);
  });

  it("cuts thumbnails and the social preview around the focal point", async () => {
    // 3000 x 1000: blue on the left, red on the right. A 3:2 crop shows only one of them.
    const photo = await phonePhoto(3000, 1000);
    for (const [focus, colour] of [["0% 50%", [0, 0, 255]], ["100% 50%", [255, 0, 0]]] as const) {
      const { model, images } = await loadWithImages(regionWithPhoto(photo, "", `    focus: "${focus}"\n`));
      const rendition = cMine(model).images[0]!.rendition!;
      const thumb = publishedFile(images, rendition.thumb!.src);
      expect(await sharp(thumb).metadata()).toMatchObject({ width: 320, height: 213 });
      for (const x of [5, 160, 315]) expect((await pixelAt(thumb, x, 100)).map((value) => Math.round(value / 32) * 32), `${focus} x=${x}`).toEqual(colour.map((value) => Math.round(value / 32) * 32));
      const social = publishedFile(images, rendition.social!.url);
      expect(await sharp(social).metadata()).toMatchObject({ width: 1200, height: 630, format: "jpeg" });
    }
  });
});

describe("the cache", () => {
  it("encodes nothing on a second run, and gives the same files", async () => {
    const contentDir = regionWithPhoto(await phonePhoto(1300, 900));
    const cacheDir = temporaryImageCache();
    const first = await loadWithImages(contentDir, cacheDir);
    expect(first.images.encoded).toBeGreaterThan(0);
    expect(first.images).toMatchObject({ images: 1, cached: 0 });
    const second = await loadWithImages(contentDir, cacheDir);
    expect(second.images).toMatchObject({ images: 1, cached: 1, encoded: 0 });
    expect([...second.images.published]).toEqual([...first.images.published]);
    // Every write went through a temporary name that was renamed: none is left over.
    expect(readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("makes new files when the photo changes, under new names", async () => {
    const contentDir = regionWithPhoto(await phonePhoto(1300, 900));
    const cacheDir = temporaryImageCache();
    const before = (await loadWithImages(contentDir, cacheDir)).model;
    writeFileSync(path.join(contentDir, "monuments", "foto.jpg"), await phonePhoto(1400, 900));
    const after = await loadWithImages(contentDir, cacheDir);
    expect(after.images.encoded).toBeGreaterThan(0);
    expect(cMine(after.model).images[0]!.rendition!.page!.src).not.toBe(cMine(before).images[0]!.rendition!.page!.src);
  });
});

describe("print masters", () => {
  it("cuts the front of a postcard at 300 dpi: 1819 x 1311 px for A6 with 3 mm bleed", async () => {
    const { model, images } = await loadWithImages(regionWithPhoto(await phonePhoto(3000, 2000), POSTCARD));
    expect(images.problems).toEqual([]);
    const master = cMine(model).images[0]!.rendition!.print!;
    expect(master.px).toEqual({ width: 1819, height: 1311 });
    // The 2775 x 2000 px the card's shape takes from the 3000 x 2000 photo, over 154 x 111 mm.
    expect(master.sourceDpi).toBe(458);
    const metadata = await sharp(master.file).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 1819, height: 1311, density: 300 });
    expect(readFileSync(master.file).includes("TestPhone")).toBe(false);
  });

  it("warns below 300 dpi and refuses below 200, naming the image and the dpi", async () => {
    const soft = await loadSiteAndInspect(regionWithPhoto(await phonePhoto(1500, 1000), POSTCARD));
    expect(soft).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/monuments\/c-mine\.md$/),
        line: 11,
        field: "images[0].file",
        severity: "warning",
        message: "foto.jpg: 1500 x 1000 pixels prints at 229 dpi on the postcard front (A6 landscape, 3 mm bleed: 154 x 111 mm); 300 dpi looks sharp",
      }),
    ]);
    const blurred = await loadSiteAndInspect(regionWithPhoto(await phonePhoto(1000, 700), POSTCARD));
    expect(blurred).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("prints at 160 dpi"), hint: expect.stringContaining("at least 1819 x 1311 pixels") }),
    ]);
  });

  it("reports a photo on the monument's card and on a series' card once, at the size it prints worst", async () => {
    const sameSize = regionWithPhoto(await phonePhoto(1500, 1000), POSTCARD);
    addSeries(sameSize, "");
    expect(await loadSiteAndInspect(sameSize)).toEqual([
      expect.objectContaining({ line: 11, field: "images[0].file", severity: "warning", message: expect.stringContaining("prints at 229 dpi on the postcard front (A6 landscape") }),
    ]);
    // On a DL card the same photo is cut wider and prints at 176 dpi: that is the one line.
    const larger = regionWithPhoto(await phonePhoto(1500, 1000), POSTCARD);
    addSeries(larger, "card: DL\n");
    expect(await loadSiteAndInspect(larger)).toEqual([
      expect.objectContaining({ line: 11, field: "images[0].file", severity: "error", message: expect.stringContaining("prints at 176 dpi on the postcard front (DL landscape") }),
    ]);
  });

  it("leaves pictures without a postcard alone, however small", async () => {
    expect(await loadSiteAndInspect(regionWithPhoto(await phonePhoto(400, 300)))).toEqual([]);
  });
});

describe("files that will not do", () => {
  it.each([
    ["a damaged JPEG", async () => (await phonePhoto(1200, 800)).subarray(0, 4000), /foto\.jpg: the image cannot be decoded/],
    ["a text file named .jpg", async () => Buffer.from("not a picture at all"), /foto\.jpg: this file is not an image that can be read/],
    ["a decompression bomb", async () => claimedGiantPng(30000, 30000), /foto\.jpg: the image is 30000 x 30000 pixels \(900 megapixels\), over the limit of 200 megapixels/],
  ])("reports %s on the line that names it, without a stack trace", async (_name, bytes, message) => {
    // On the monument's page, its postcard and a series' card: still one line.
    const contentDir = regionWithPhoto(await bytes(), POSTCARD);
    addSeries(contentDir, "");
    const problems = await loadSiteAndInspect(contentDir);
    expect(problems).toEqual([expect.objectContaining({ line: 11, field: "images[0].file", severity: "error", message: expect.stringMatching(message) })]);
    expect(problems[0]!.message).not.toMatch(/\n|at .*\.ts:/);
  });
});

/** A postcard series of the C-mine card, with extra front matter lines. */
function addSeries(contentDir: string, frontMatter: string): void {
  mkdirSync(path.join(contentDir, "series"), { recursive: true });
  writeFileSync(path.join(contentDir, "series", "mijnen.md"), `---\ntitle: Mijnen op kaart\nyear: 2026\n${frontMatter}cards:\n  - monument: c-mine\n---\nEen reeks.\n`);
}

async function loadSiteAndInspect(contentDir: string) {
  const { model, problems } = await loadSite(contentDir);
  expect(problems).toEqual([]);
  return (await processImages(model!, { cacheDir: temporaryImageCache() })).problems;
}

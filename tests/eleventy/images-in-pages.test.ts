import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { SiteModel } from "../../src/content/model.ts";
import { routeFlyers } from "../../src/outputs/flyers/write.ts";
import { runCli } from "../helpers/cli.ts";
import { MONUMENT_MD, regionWith } from "../helpers/content-dir.ts";
import { buildSample, phonePhoto } from "../helpers/images.ts";

// The images of the built sample site as a visitor's browser and a link preview
// see them: <picture> with sizes that do not shift the page, credits wherever an
// image shows, a 1200 x 630 preview, and only derived files published.

let outputDir = "";
let model: SiteModel;
let stdout = "";

beforeAll(async () => {
  const result = await buildSample();
  expect(result.status, result.stdout + result.stderr).toBe(0);
  ({ model, outputDir, stdout } = result);
});

function page(url: string): HTMLElement {
  return parse(readFileSync(path.join(outputDir, url, "index.html"), "utf8"));
}

function onDisk(url: string): string {
  const file = path.join(outputDir, decodeURI(url));
  expect(existsSync(file), url).toBe(true);
  return file;
}

function urlsOf(srcset: string | undefined): string[] {
  return (srcset ?? "").split(",").map((candidate) => candidate.trim().split(" ")[0]!).filter(Boolean);
}

describe("images in the sample site", () => {
  it("says how many images it processed and how many came from the cache", () => {
    expect(stdout).toMatch(new RegExp(`^\\d+ images processed \\(\\d+ cached(, \\d+ files encoded)?\\)\\.$`, "m"));
    const again = runCli("build", ["--output", outputDir]);
    expect(again.stdout).toMatch(/^(\d+) images processed \(\1 cached\)\.$/m);
  });

  it("shows a monument's first image as <picture>: WebP and JPEG in several widths, sized, loaded first", async () => {
    for (const monument of model.monuments) {
      const figure = page(monument.url).querySelector("main figure.figure")!;
      expect(figure, monument.slug).not.toBeNull();
      const source = figure.querySelector("picture source")!;
      const img = figure.querySelector("picture img")!;
      expect(source.getAttribute("type")).toBe("image/webp");
      expect(img.getAttribute("alt")).toBe(monument.images[0]!.alt);
      expect(img.getAttribute("fetchpriority"), monument.slug).toBe("high");
      expect(img.hasAttribute("loading"), monument.slug).toBe(false);
      expect(img.getAttribute("sizes")).toBe(source.getAttribute("sizes"));
      const urls = [...urlsOf(source.getAttribute("srcset")), ...urlsOf(img.getAttribute("srcset")), img.getAttribute("src")!];
      expect(urls.length).toBeGreaterThanOrEqual(5);
      for (const url of urls) expect(url).toMatch(/^\/img\/[a-z0-9-]+-[0-9a-f]{10}\.(webp|jpg)$/);
      // width/height give the real aspect ratio of the files, so nothing shifts while they load.
      const widest = await sharp(onDisk(urlsOf(img.getAttribute("srcset")).at(-1)!)).metadata();
      expect(Number(img.getAttribute("width")) / Number(img.getAttribute("height"))).toBeCloseTo(widest.width! / widest.height!, 2);
      // The credit and licence under it.
      const caption = figure.querySelector("figcaption")!;
      expect(caption.text).toContain(monument.images[0]!.credit);
      expect(caption.querySelector('a[rel~="license"]')?.getAttribute("href")).toMatch(/^https:\/\/creativecommons\.org\//);
    }
  });

  it("gives each page with an image a 1200 x 630 link preview", async () => {
    const monument = model.monuments[0]!;
    const head = page(monument.url).querySelector("head")!;
    const image = head.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    expect(image.startsWith(`${model.config.baseUrl}/img/`)).toBe(true);
    expect(head.querySelector('meta[property="og:image:alt"]')?.getAttribute("content")).toBe(monument.images[0]!.alt);
    expect(head.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
    const file = onDisk(image.slice(model.config.baseUrl.length));
    expect(await sharp(file).metadata()).toMatchObject({ width: 1200, height: 630, format: "jpeg" });
    expect(JSON.parse(page(monument.url).querySelector('script[type="application/ld+json"]')!.text).image).toBe(image);
  });

  it("puts a thumbnail on every monument card and credits them on the page", () => {
    const listing = page("/monumenten/");
    const cards = listing.querySelectorAll("main .card");
    expect(cards).toHaveLength(model.monuments.length);
    for (const card of cards) {
      const img = card.querySelector(".card__image img")!;
      expect(img.getAttribute("alt")).toBe(""); // the title next to it says what it is
      expect(img.getAttribute("loading")).toBe("lazy");
      for (const url of urlsOf(img.getAttribute("srcset"))) onDisk(url);
    }
    const credits = listing.querySelector("main .credits")!;
    expect(credits.text).toContain("Beelden op deze pagina");
    for (const monument of model.monuments) expect(credits.text).toContain(monument.images[0]!.credit);
    expect(credits.querySelectorAll('a[rel~="license"]').length).toBeGreaterThan(0);
  });

  it("publishes derived files only, never the source images", () => {
    const published = readdirSync(outputDir, { recursive: true, encoding: "utf8" });
    // The route flyers' pictures are SVG the build draws (src/print/svg-drawing.ts), not content's images.
    const flyerPictures = new Set(model.routes.flatMap((route) => routeFlyers(route, model.config).flatMap((flyer) => [flyer.outside, flyer.inside].map((url) => url.slice(1)))));
    expect(flyerPictures.size).toBeGreaterThan(0);
    expect(published.filter((name) => /\.(svg|png|tiff?)$/i.test(name) && !name.startsWith("assets") && !flyerPictures.has(name.split(path.sep).join("/")))).toEqual([]);
    expect(existsSync(path.join(outputDir, "media", "media"))).toBe(false);
  });
});

describe("a build with a damaged photo", () => {
  it("stops before writing anything, naming the file, line and field", async () => {
    const contentDir = regionWith({});
    const siteDir = path.join(path.dirname(contentDir), "_site");
    expect(runCli("build", ["--content", contentDir, "--output", siteDir]).status).toBe(0);
    const before = readdirSync(siteDir, { recursive: true, encoding: "utf8" }).sort();

    writeFileSync(path.join(contentDir, "monuments", "c-mine.md"), MONUMENT_MD.replace("file: schets.svg", "file: foto.jpg"));
    writeFileSync(path.join(contentDir, "monuments", "foto.jpg"), (await phonePhoto(1200, 800)).subarray(0, 3000));
    const failed = runCli("build", ["--content", contentDir, "--output", siteDir]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/content\/monuments\/c-mine\.md:11 images\[0\]\.file: foto\.jpg: the image cannot be decoded: .* \(the file is probably damaged or incomplete; copy or export it again\)/);
    expect(failed.stdout).toContain("_site/ is unchanged");
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(siteDir, { recursive: true, encoding: "utf8" }).sort()).toEqual(before);
  });

  it("is reported by npm run check as well, without converting anything", async () => {
    const contentDir = regionWith({ "monuments/c-mine.md": MONUMENT_MD.replace("file: schets.svg", "file: foto.jpg") });
    writeFileSync(path.join(contentDir, "monuments", "foto.jpg"), "geen foto");
    const checked = runCli("check", ["--content", contentDir]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/c-mine\.md:11 images\[0\]\.file: foto\.jpg: this file is not an image that can be read/);
  });
});

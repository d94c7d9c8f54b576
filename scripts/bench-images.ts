// npm run bench:images [-- --images 12 --runs 2]
// Times the image pipeline on N phone-sized photos (6000 x 4000 JPEG, each on a
// monument with a postcard, so it gets every web width, thumbnails, a social
// preview and a print master):
//   cold    our pipeline with an empty cache, files published into a site folder
//   raw     plain sharp making the same files, as simply as sharp allows, with the
//           same number of images in flight (one per core)
//   warm    our pipeline again with nothing changed
// Runs alternate (cold, raw, cold, raw, ...); medians are compared.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { loadSite } from "../src/content/load.ts";
import type { SiteModel } from "../src/content/model.ts";
import { inspectSource } from "../src/images/inspect.ts";
import { ENCODERS } from "../src/images/options.ts";
import { imageUses, processImages } from "../src/images/pipeline.ts";
import { extensionOf, planVariants, type Variant } from "../src/images/plan.ts";
import { forEachLimited } from "../src/images/pool.ts";
import { publishImages } from "../src/images/publish.ts";
import { syntheticPhoto } from "./synthetic-photo.ts";

const { values } = parseArgs({ options: { images: { type: "string", default: "12" }, runs: { type: "string", default: "2" } } });
const count = Number(values.images);
const runs = Number(values.runs);
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-images-"));

try {
  const started = performance.now();
  const contentDir = await writeRegion(path.join(work, "content"), count);
  const generated = (performance.now() - started) / 1000;
  const { model, problems } = await loadSite(contentDir);
  if (!model) throw new Error(`the benchmark region has errors: ${JSON.stringify(problems)}`);
  const jobs = await plannedJobs(model);
  const cores = availableParallelism();
  console.log(
    `Image benchmark: ${count} photos of 6000 x 4000 px (made in ${generated.toFixed(1)} s), ${jobs.length} files to make; ` +
      `${cores} cores, sharp ${sharp.versions.sharp} with libvips ${sharp.versions.vips}; ${runs} runs each, alternating.`,
  );

  const times = { cold: [] as number[], raw: [] as number[], warm: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    const cacheDir = path.join(work, `cache-${run}`);
    const siteDir = path.join(work, `site-${run}`);
    times.cold.push(await timed(() => ours(model, cacheDir, siteDir)));
    times.raw.push(await timed(() => raw(jobs, path.join(work, `raw-${run}`), cores)));
    // Warm: a fresh load of the content (as a new build would) and the same cache.
    const reloaded = (await loadSite(contentDir)).model!;
    times.warm.push(await timed(() => ours(reloaded, cacheDir, siteDir, true)));
    rmSync(path.join(work, `raw-${run}`), { recursive: true, force: true });
  }

  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const show = (list: number[]) => list.map((seconds) => seconds.toFixed(2)).join(", ");
  const [cold, rawTime, warm] = [median(times.cold), median(times.raw), median(times.warm)];
  console.log(`cold (empty cache)   median ${cold.toFixed(2)} s  (runs: ${show(times.cold)})`);
  console.log(`raw sharp            median ${rawTime.toFixed(2)} s  (runs: ${show(times.raw)})`);
  console.log(`warm (nothing new)   median ${warm.toFixed(2)} s  (runs: ${show(times.warm)})`);
  const ratio = cold / rawTime;
  const warmShare = warm / cold;
  console.log(`ratio cold / raw sharp: ${ratio.toFixed(2)}x (target at most 1.15x) ${ratio <= 1.15 ? "OK" : "OVER TARGET"}`);
  console.log(`warm / cold: ${(warmShare * 100).toFixed(1)}% (target under 5%) ${warmShare < 0.05 ? "OK" : "OVER TARGET"}`);

  // What AVIF (opt-in in site.yaml) would cost: one 1600 px picture from the first photo, each format 3 times.
  const widest = jobs.find((job) => job.variant.role === "page" && job.variant.width === 1600 && job.variant.format === "webp")!;
  const encodeTime = async (format: "webp" | "avif") => {
    const list: number[] = [];
    for (let round = 0; round < 3; round++) {
      list.push(await timed(async () => void (await sharp(widest.source).rotate().resize(1600)[format](ENCODERS[format]).toBuffer())));
    }
    return median(list);
  };
  const webp = await encodeTime("webp");
  const avif = await encodeTime("avif");
  console.log(`AVIF (opt-in): one 1600 px picture takes ${(avif * 1000).toFixed(0)} ms, WebP ${(webp * 1000).toFixed(0)} ms: ${(avif / webp).toFixed(1)}x`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function ours(model: SiteModel, cacheDir: string, siteDir: string, expectWarm = false): Promise<void> {
  const report = await processImages(model, { cacheDir });
  if (report.problems.length > 0) throw new Error(report.problems.map((problem) => problem.message).join("\n"));
  if (expectWarm && report.encoded > 0) throw new Error(`the warm run encoded ${report.encoded} files`);
  await publishImages(report.published, siteDir);
}

interface Job {
  source: string;
  variant: Variant;
}

/** The files our pipeline makes, as (source, settings), for plain sharp to make too. */
async function plannedJobs(model: SiteModel): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const { image, use } of imageUses(model)) {
    const inspection = await inspectSource(image.sourcePath);
    if (!inspection.ok) throw new Error(inspection.message);
    for (const variant of planVariants(inspection.facts.digest, inspection.facts, use, { formats: ["webp", "jpeg"] })) jobs.push({ source: image.sourcePath, variant });
  }
  return jobs;
}

/** Plain sharp: one pipeline per file, straight to disk, one file per core in flight. */
async function raw(jobs: Job[], outputDir: string, cores: number): Promise<void> {
  mkdirSync(outputDir, { recursive: true });
  await forEachLimited(
    jobs,
    async ({ source, variant }) => {
      let image = sharp(source).rotate();
      if (variant.crop === "attention") image = image.resize(variant.width, variant.height, { fit: "cover", position: sharp.strategy.attention });
      else if (variant.crop) image = image.extract(variant.crop).resize(variant.width, variant.height);
      else image = image.resize(variant.width, variant.height);
      if (variant.dpi) image = image.withMetadata({ density: variant.dpi });
      const output = path.join(outputDir, `${variant.key}.${extensionOf(variant.format)}`);
      await (variant.format === "webp" ? image.webp(variant.encoder as sharp.WebpOptions) : image.jpeg(variant.encoder as sharp.JpegOptions)).toFile(output);
    },
    cores,
  );
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** A region of `count` monuments, each with its own photo and a postcard text. */
async function writeRegion(contentDir: string, count: number): Promise<string> {
  mkdirSync(path.join(contentDir, "monuments"), { recursive: true });
  writeFileSync(
    path.join(contentDir, "site.yaml"),
    [
      "title: Benchmarkregio",
      "description: Een gegenereerde regio om de beeldverwerking te meten.",
      "baseUrl: https://bench.example.org",
      "organisation: Benchmark",
      "region:",
      "  name: Benchmarkregio",
      "  intro: Een regio met gegenereerde monumenten.",
      "  bounds: { south: 50.9, west: 5.1, north: 51.2, east: 5.8 }",
      "municipalities:",
      "  - name: Genk",
      "    intro: Een gemeente om te meten.",
      "",
    ].join("\n"),
  );
  await forEachLimited(
    Array.from({ length: count }, (_, index) => index),
    async (index) => {
      const name = `monument-${String(index).padStart(3, "0")}`;
      writeFileSync(path.join(contentDir, "monuments", `${name}.jpg`), await syntheticPhoto(index));
      writeFileSync(
        path.join(contentDir, "monuments", `${name}.md`),
        [
          "---",
          `title: Monument ${index}`,
          "municipality: Genk",
          "location: { lat: 50.98, lng: 5.49, precision: approximate }",
          "kind: headframe",
          `summary: Een gegenereerd monument met een foto van een telefoon, nummer ${index}.`,
          "images:",
          `  - file: ${name}.jpg`,
          "    alt: Een gegenereerde foto met ruis en kleurvlakken",
          "    credit: Benchmark",
          "    licence: CC0-1.0",
          "postcard:",
          "  title: Wist je dat?",
          `  text: Dit monument (nummer ${index}) bestaat alleen om de beeldverwerking te meten.`,
          "---",
          "Een monument.",
          "",
        ].join("\n"),
      );
    },
  );
  return contentDir;
}

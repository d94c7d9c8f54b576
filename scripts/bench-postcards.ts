// npm run bench:postcards [-- --cards 100 --runs 3 --colour cmyk]
// A series of N cards, each with its own photo. With the print masters and card
// previews in the cache (made once, not timed), times the PDF generation of the whole
// series as the build runs it: the print-shop PDF, the A4 sheets and one PDF per card
// (and copying the cached previews). Then compares the print-shop
// PDF's size with the bytes of the distinct pictures in it.
// Targets: under 2 s for the PDFs; the print PDF at most 1.1x the picture bytes + 100 KB.
// --colour cmyk: a series for a print shop, whose print PDF and sheets are PDF/X-4 (with the press
// profile embedded once); rgb (default) as before.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSite } from "../src/content/load.ts";
import { processImages } from "../src/images/pipeline.ts";
import { forEachLimited } from "../src/images/pool.ts";
import { seriesFiles, writePostcards } from "../src/outputs/postcards/write.ts";
import { syntheticPhoto } from "./synthetic-photo.ts";

const { values } = parseArgs({ options: { cards: { type: "string", default: "100" }, runs: { type: "string", default: "3" }, colour: { type: "string", default: "rgb" } } });
if (values.colour !== "rgb" && values.colour !== "cmyk") throw new Error(`--colour is rgb or cmyk, not ${values.colour}`);
const count = Number(values.cards);
const runs = Number(values.runs);
const work = mkdtempSync(path.join(tmpdir(), "schachtbok-bench-postcards-"));

try {
  const contentDir = path.join(work, "content");
  let started = performance.now();
  await writeRegion(contentDir, count, values.colour);
  const { model, problems } = await loadSite(contentDir);
  if (!model) throw new Error(`the benchmark region has errors: ${JSON.stringify(problems)}`);
  const images = await processImages(model, { cacheDir: path.join(work, "cache") });
  if (images.problems.length > 0) throw new Error(images.problems.map((problem) => problem.message).join("\n"));
  // The card previews for the site are cached like the masters: made once here, not timed.
  await writePostcards(model, path.join(work, "warm-up"), path.join(work, "cache"));
  const prepared = (performance.now() - started) / 1000;
  const series = model.series[0]!;
  const masters = new Set(series.cards.map((card) => card.master!.file));
  const pictureBytes = [...masters].reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`Postcard benchmark: a series of ${count} cards in ${values.colour.toUpperCase()} with ${masters.size} distinct pictures (photos, print masters and previews made in ${prepared.toFixed(1)} s, not timed); ${runs} runs.`);

  const times: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const outputDir = path.join(work, `site-${run}`);
    started = performance.now();
    const report = await writePostcards(model, outputDir, path.join(work, "cache"));
    times.push((performance.now() - started) / 1000);
    // Warnings (an RGB series is not PDF/X) are the build's to show; errors would mean no PDFs.
    const errors = report.problems.filter((problem) => problem.severity === "error");
    if (errors.length > 0) throw new Error(errors.map((problem) => problem.message).join("\n"));
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`PDF generation (print PDF, A4 sheets, ${count} card PDFs)  median ${median.toFixed(2)} s  (runs: ${times.map((time) => time.toFixed(2)).join(", ")}) (target under 2 s) ${median < 2 ? "OK" : "OVER TARGET"}`);

  const files = seriesFiles(series);
  const printBytes = statSync(path.join(work, "site-1", ...files.print.split("/").filter(Boolean))).size;
  const sheetBytes = statSync(path.join(work, "site-1", ...files.sheets!.split("/").filter(Boolean))).size;
  const limit = pictureBytes * 1.1 + 100 * 1024;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`print PDF ${mb(printBytes)} for ${mb(pictureBytes)} of pictures: ${(printBytes / pictureBytes).toFixed(3)}x (target at most 1.1x + 100 KB = ${mb(limit)}) ${printBytes <= limit ? "OK" : "OVER TARGET"}`);
  console.log(`sheets PDF ${mb(sheetBytes)}: ${(sheetBytes / pictureBytes).toFixed(3)}x the pictures`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function writeRegion(contentDir: string, cards: number, colour: string): Promise<void> {
  mkdirSync(path.join(contentDir, "monuments"), { recursive: true });
  mkdirSync(path.join(contentDir, "series"), { recursive: true });
  writeFileSync(
    path.join(contentDir, "site.yaml"),
    "title: Benchmarkregio\ndescription: Een gegenereerde regio om de postkaarten te meten.\nbaseUrl: https://bench.example.org\norganisation: Benchmark\n" +
      "region:\n  name: Benchmarkregio\n  intro: Een regio met gegenereerde monumenten.\n  bounds: { south: 50.9, west: 5.1, north: 51.2, east: 5.8 }\n" +
      "municipalities:\n  - name: Genk\n    intro: Een gemeente om te meten.\n",
  );
  const names = Array.from({ length: cards }, (_, index) => `monument-${String(index).padStart(3, "0")}`);
  await forEachLimited(names, async (name) => {
    const index = Number(name.slice(-3));
    // Enough pixels for a 300 dpi A6 front (1819 x 1311) after cropping.
    writeFileSync(path.join(contentDir, "monuments", `${name}.jpg`), await syntheticPhoto(index, 2400, 1700));
    writeFileSync(
      path.join(contentDir, "monuments", `${name}.md`),
      `---\ntitle: Monument ${index}\nmunicipality: Genk\nlocation: { lat: 50.98, lng: 5.49, precision: approximate }\nkind: headframe\n` +
        `summary: Een gegenereerd monument voor de postkaarten, nummer ${index}.\n` +
        `images:\n  - file: ${name}.jpg\n    alt: Een gegenereerde foto met kleurvlakken\n    credit: Benchmark\n    licence: CC0-1.0\n` +
        `postcard:\n  title: Wist je dat?\n  text: Dit monument (${index}) bestaat alleen om te meten hoe snel een reeks postkaarten gemaakt wordt, en hoe groot de bestanden zijn.\n` +
        "---\nEen monument.\n",
    );
  });
  writeFileSync(
    path.join(contentDir, "series", "honderd.md"),
    `---\ntitle: Honderd kaarten\nyear: 2026\ncolour: ${colour}\ncards:\n${names.map((name) => `  - monument: ${name}`).join("\n")}\n---\nEen reeks om te meten.\n`,
  );
}

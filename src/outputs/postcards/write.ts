import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PostcardSeries, SiteModel } from "../../content/model.ts";
import { formatFieldPath, type ContentProblem } from "../../content/problems.ts";
import { parseMarkdownFile } from "../../content/source-file.ts";
import { readFileSync } from "node:fs";
import { cardPdf, PostcardProblem, seriesPdf } from "./render.ts";

// The postcard files of every series, next to its page on the site:
//   /postkaarten/<series>/<series>-drukkerij.pdf   every card, front then back, for the print shop
//   /postkaarten/<series>/kaart-03-<monument>.pdf  one card, for proofing and sharing

export interface SeriesFiles {
  print: string;
  cards: { number: number; url: string }[];
}

export function seriesFiles(series: PostcardSeries): SeriesFiles {
  const folder = `/postkaarten/${series.slug}`;
  return {
    print: `${folder}/${series.slug}-drukkerij.pdf`,
    cards: series.cards.map((card) => ({ number: card.number, url: `${folder}/kaart-${String(card.number).padStart(2, "0")}-${card.monument.slug}.pdf` })),
  };
}

export interface PostcardReport {
  files: string[];
  problems: ContentProblem[];
}

/** Writes every series' PDFs under `outputDir`; a card whose text does not fit is a problem, and nothing of its series is written. */
export async function writePostcards(model: SiteModel, outputDir: string): Promise<PostcardReport> {
  const report: PostcardReport = { files: [], problems: [] };
  for (const series of model.series) {
    const files = seriesFiles(series);
    let documents: [string, Buffer][];
    try {
      documents = [[files.print, await seriesPdf(series, model.config)]];
      for (const card of series.cards) documents.push([files.cards[card.number - 1]!.url, await cardPdf(series, card, model.config)]);
    } catch (error) {
      if (!(error instanceof PostcardProblem)) throw error;
      const { path: fieldPath, ...problem } = error.problem;
      report.problems.push({ ...problem, line: lineOf(problem.file, fieldPath), field: formatFieldPath(fieldPath) });
      continue;
    }
    for (const [url, bytes] of documents) {
      const target = path.join(outputDir, ...url.split("/").filter(Boolean));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      report.files.push(target);
    }
  }
  return report;
}

/** The line of a front matter field in a content file, for the message (found only when there is a problem). */
function lineOf(file: string, fieldPath: PropertyKey[]): number {
  try {
    const absolute = path.resolve(file);
    return parseMarkdownFile(file, absolute, readFileSync(absolute, "utf8")).lineOf(fieldPath);
  } catch {
    return 1;
  }
}

import type { PostcardSeries, SiteModel } from "../../content/model.ts";
import { formatFieldPath, type ContentProblem } from "../../content/problems.ts";
import { lineOf } from "../content-lines.ts";
import { pdfLibrary } from "../pdf-libraries.ts";
import { PostcardProblem, seriesPdf } from "./render.ts";
import { cardPdfs, printPdfX, sheetImposition, SheetProblem, sheetsPdf } from "./sheets.ts";
import { pressIntentFor, type PressIntent } from "../press-intent.ts";
import { cachedCardPreviews } from "./preview.ts";
import { prepareLogo } from "./logo.ts";
import { plaquesPdf, plaquesTitle } from "./plaques.ts";
import { writeSiteFiles } from "../site-files.ts";

// The postcard files of every series, next to its page on the site:
//   /postkaarten/<series>/<series>-drukkerij.pdf   every card, front then back, for the print shop
//   /postkaarten/<series>/<series>-vellen-a4.pdf   sheets to print double-sided (size from the series)
//   /postkaarten/<series>/<series>-qr-borden-a5.pdf QR info plaques, one per card (with `plaques:`, plaques.ts)
//   /postkaarten/<series>/kaart-03-<monument>.pdf  one card, for proofing and sharing
//   /postkaarten/<series>/kaart-03-<monument>-voorkant.webp, -achterkant.webp  its previews (preview.ts)

export interface SeriesFiles {
  print: string;
  sheets: string;
  /** The QR info plaques, when the series has them. */
  plaques?: string;
  /** Cards per sheet, and sheets (each printed on both sides). */
  perSheet: number;
  sheetCount: number;
  cards: { number: number; url: string; front: string; back: string }[];
}

export function seriesFiles(series: PostcardSeries): SeriesFiles {
  const folder = `/postkaarten/${series.slug}`;
  const perSheet = sheetImposition(series).slots.length;
  return {
    print: `${folder}/${series.slug}-drukkerij.pdf`,
    sheets: `${folder}/${series.slug}-vellen-${series.sheet.size.toLowerCase()}.pdf`,
    ...(series.plaques ? { plaques: `${folder}/${series.slug}-qr-borden-${series.plaques.toLowerCase()}.pdf` } : {}),
    perSheet,
    sheetCount: perSheet > 0 ? Math.ceil(series.cards.length / perSheet) : 0,
    cards: series.cards.map((card) => {
      const name = `kaart-${String(card.number).padStart(2, "0")}-${card.monument.slug}`;
      return { number: card.number, url: `${folder}/${name}.pdf`, front: `${folder}/${name}-voorkant.webp`, back: `${folder}/${name}-achterkant.webp` };
    }),
  };
}

export interface PostcardReport {
  files: string[];
  problems: ContentProblem[];
}

/** Writes every series' PDFs under `outputDir`; a card whose text does not fit is a problem, and nothing of its series is written. */
export async function writePostcards(model: SiteModel, outputDir: string, cacheDir: string): Promise<PostcardReport> {
  const report: PostcardReport = { files: [], problems: [] };
  for (const series of model.series) {
    const files = seriesFiles(series);
    let documents: [string, Buffer][];
    try {
      for (const problem of await prepareLogo(series, cacheDir)) report.problems.push({ ...problem, line: lineOf(problem.file, ["logo"]) });
      const print = await seriesPdf(series, model.config);
      const printDocument = await pdfLibrary().PDFDocument.load(print, { updateMetadata: false });
      // A CMYK series' print-shop PDF and sheets are PDF/X-4 (pressIntent); an RGB series' are not, and the build says so.
      const intent = await pressIntent(series);
      if (!intent) {
        report.problems.push({
          file: series.source.path,
          line: lineOf(series.source.path, ["colour"]),
          field: "colour",
          severity: "warning",
          message: `the print-shop PDF and the sheets of "${series.title}" are not PDF/X-4: the series is in RGB, and PDF/X for a press wants CMYK`,
          hint: "set `colour: cmyk` when the series goes to a print shop",
        });
      }
      documents = [[files.sheets, await sheetsPdf(series, printDocument, intent, model.config.organisation)]];
      (await cardPdfs(series, printDocument)).forEach((bytes, index) => documents.push([files.cards[index]!.url, bytes]));
      documents.unshift([files.print, intent ? await printPdfX(series, printDocument, intent, model.config.organisation) : print]);
      if (files.plaques) {
        const plaques = await plaquesPdf(series, model.config);
        const loaded = intent && (await pdfLibrary().PDFDocument.load(plaques, { updateMetadata: false }));
        documents.push([files.plaques, loaded ? await printPdfX(series, loaded, intent, model.config.organisation, plaquesTitle(series)) : plaques]);
      }
      for (const card of series.cards) {
        const previews = await cachedCardPreviews(series, card, model.config, cacheDir);
        documents.push([files.cards[card.number - 1]!.front, previews.front], [files.cards[card.number - 1]!.back, previews.back]);
      }
    } catch (error) {
      if (error instanceof PostcardProblem) {
        const { path: fieldPath, ...problem } = error.problem;
        report.problems.push({ ...problem, line: lineOf(problem.file, fieldPath), field: formatFieldPath(fieldPath) });
      } else if (error instanceof SheetProblem) {
        report.problems.push({ file: series.source.path, line: lineOf(series.source.path, ["sheet"]), field: "sheet", severity: "error", message: error.message, hint: "choose a larger sheet or a smaller margin" });
      } else {
        throw error;
      }
      continue;
    }
    report.files.push(...(await writeSiteFiles(outputDir, documents)));
  }
  return report;
}

/**
 * What a series' print PDFs are separated for: the print shop's profile or sharp's built-in CMYK
 * profile (the one its print masters are converted with, src/images/cmyk-profile.ts) for a
 * `colour: cmyk` series; none for an RGB series, whose files are not PDF/X (PDF/X-4 for a press wants CMYK).
 */
export async function pressIntent(series: PostcardSeries): Promise<PressIntent | undefined> {
  return series.colour === "cmyk" ? pressIntentFor(series.profile) : undefined;
}

export { printingCondition } from "../press-intent.ts";

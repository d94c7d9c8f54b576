import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type sharp from "sharp";
import { sharpLibrary } from "../../images/sharp-library.ts";
import type { PostcardSeries } from "../../content/model.ts";
import type { ContentProblem } from "../../content/problems.ts";
import { digestOf } from "../../images/cache.ts";
import { MAX_PIXELS } from "../../images/options.ts";
import { frontLayout, logoPlacement } from "./layout.ts";
import { cardGeometry, PostcardProblem } from "./render.ts";

// A series' logo, made ready for the front of its cards: drawn (SVG) or scaled down
// (PNG, JPEG, ...) to 600 dpi at its printed size, on white, since the cards carry no
// transparency (print shops' preflight flags it). RGB series get a PNG, CMYK series a
// CMYK JPEG. Kept in the image cache, like the print masters.

const LOGO_VERSION = 2;
const LOGO_DPI = 600;
/** Below this the logo prints soft; the build says so. */
const MIN_DPI = 300;

function problem(series: PostcardSeries, severity: "error" | "warning", message: string, hint: string): PostcardProblem {
  return new PostcardProblem({ file: series.source.path, path: ["logo"], severity, message, hint });
}

/**
 * Sets `series.logo.print` (the file the PDF and the previews draw). Throws a PostcardProblem
 * when the file cannot be read as a picture; a logo with too few pixels is a warning.
 */
export async function prepareLogo(series: PostcardSeries, cacheDir: string): Promise<ContentProblem[]> {
  const logo = series.logo;
  if (!logo) return [];
  const source = await readFile(logo.sourcePath);
  let metadata: sharp.Metadata;
  try {
    metadata = await sharpLibrary()(source, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch (error) {
    throw problem(series, "error", `${path.basename(logo.sourcePath)} cannot be read as a picture (${(error as Error).message})`, "save it again as SVG, PNG or JPEG");
  }
  const { width = 0, height = 0 } = metadata;
  if (!width || !height) throw problem(series, "error", `${path.basename(logo.sourcePath)} has no size`, "save it again as SVG, PNG or JPEG");
  const aspect = width / height;
  const placed = logoPlacement(frontLayout(cardGeometry(series, "front")), aspect, series.band).logo;
  const vector = metadata.format === "svg";
  const wanted = Math.ceil((placed.width / 25.4) * LOGO_DPI);
  const pixels = vector ? wanted : Math.min(width, wanted);
  const dpi = Math.round(pixels / (placed.width / 25.4));
  const problems: ContentProblem[] = [];
  if (!vector && dpi < MIN_DPI) {
    problems.push({
      file: series.source.path,
      line: 1, // the writer finds the line
      field: "logo",
      severity: "warning",
      message: `${path.basename(logo.sourcePath)}: ${width} x ${height} pixels prints at ${dpi} dpi (${placed.width.toFixed(1)} x ${placed.height.toFixed(1)} mm on the card)`,
      hint: `use an SVG, or a picture at least ${Math.ceil((placed.width / 25.4) * MIN_DPI)} pixels wide`,
    });
  }

  const extension = series.colour === "cmyk" ? "jpg" : "png";
  const key = digestOf(LOGO_VERSION, digestOf(source), pixels, series.colour, series.profile?.digest ?? "");
  const file = path.join(cacheDir, "logos", `${key}.${extension}`);
  if (!existsSync(file)) {
    // An SVG is drawn at the density that gives `pixels` across; others are scaled down only.
    const density = vector ? Math.min(100_000, (72 * pixels) / width) : undefined;
    let pipeline = sharpLibrary()(source, { failOn: "truncated", limitInputPixels: MAX_PIXELS, ...(density ? { density } : {}) })
      .resize({ width: pixels, withoutEnlargement: !vector })
      .flatten({ background: "#ffffff" });
    const bytes =
      extension === "jpg"
        ? await pipeline.withIccProfile(series.profile?.sourcePath ?? "cmyk", { attach: false }).jpeg({ quality: 95, chromaSubsampling: "4:4:4" }).toBuffer()
        : await (pipeline = pipeline.removeAlpha()).png({ compressionLevel: 9 }).toBuffer();
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  }
  logo.print = { file, aspect, dpi: vector ? LOGO_DPI : dpi };
  return problems;
}

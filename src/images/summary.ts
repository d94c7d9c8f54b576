import type { ImageReport } from "./pipeline.ts";

/** "19 images processed (12 cached, 84 files encoded)": the build's log line. */
export function describeImageReport(report: ImageReport): string {
  const noun = report.images === 1 ? "image" : "images";
  const encoded = report.encoded > 0 ? `, ${report.encoded} ${report.encoded === 1 ? "file" : "files"} encoded` : "";
  return `${report.images} ${noun} processed (${report.cached} cached${encoded}).`;
}

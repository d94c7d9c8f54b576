import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A structural preflight of a print PDF, as a print shop's preflight checks a PDF/X-4 file, with
// tools from Debian (qpdf, poppler-utils, Ghostscript; installed by scripts/ensure-tools.mjs):
// qpdf reads every object as JSON, poppler lists the images with their effective resolution, and
// the file is rendered by two independent readers, poppler and Ghostscript, which must not warn.
// Returns the problems found, in words; none for a good file.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface PdfObject {
  value?: Json;
  stream?: { dict: Record<string, Json>; data?: string };
}

export interface PreflightExpectations {
  /** The trim size of every page, in mm (width x height), checked to 0.1 mm. */
  trimMm?: { width: number; height: number };
  /** The bleed on every side, in mm. */
  bleedMm?: number;
  /** The lowest effective resolution of any picture. */
  minDpi?: number;
}

const PT_PER_MM = 72 / 25.4;

export function preflightPdfX4(file: string, expect: PreflightExpectations = {}): string[] {
  const problems: string[] = [];
  const header = readFileSync(file).subarray(0, 8).toString("latin1");
  if (!/^%PDF-1\.[0-6]$/.test(header)) problems.push(`the header is ${header}: PDF/X-4 is PDF 1.6 at most`);

  const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  if (check.status !== 0 || /WARNING/i.test(check.stdout + check.stderr)) problems.push(`qpdf --check: ${(check.stdout + check.stderr).trim()}`);

  const json = JSON.parse(
    execFileSync("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file], { encoding: "utf8", maxBuffer: 1 << 30 }),
  ) as { qpdf: [unknown, Record<string, PdfObject>] };
  const objects = json.qpdf[1];
  const get = (ref: Json | undefined): Json | undefined => {
    if (typeof ref === "string" && /^\d+ \d+ R$/.test(ref)) {
      const object = objects[`obj:${ref}`];
      return object?.value ?? (object?.stream?.dict as Json | undefined);
    }
    return ref;
  };
  const dict = (ref: Json | undefined) => (get(ref) ?? {}) as Record<string, Json>;
  const streamData = (ref: Json | undefined): Buffer | undefined => {
    const data = typeof ref === "string" ? objects[`obj:${ref}`]?.stream?.data : undefined;
    return data === undefined ? undefined : Buffer.from(data, "base64");
  };
  const text = (value: Json | undefined) => (typeof value === "string" ? value.replace(/^u:/, "") : undefined);

  const trailer = objects["trailer"]!.value as Record<string, Json>;
  const catalog = dict(trailer["/Root"]);
  const info = dict(trailer["/Info"]);

  // The output intent and its profile.
  const intents = (get(catalog["/OutputIntents"]) ?? []) as Json[];
  const intent = intents.map(dict).find((candidate) => candidate["/S"] === "/GTS_PDFX");
  if (!intent) {
    problems.push("no output intent with /S /GTS_PDFX");
  } else {
    if (!text(intent["/OutputConditionIdentifier"])) problems.push("the output intent has no OutputConditionIdentifier");
    const profileRef = intent["/DestOutputProfile"];
    const profileDict = dict(profileRef);
    const profile = streamData(profileRef);
    if (profileDict["/N"] !== 4) problems.push(`the output profile has /N ${String(profileDict["/N"])}, not 4 (CMYK)`);
    if (!profile || profile.subarray(36, 40).toString("latin1") !== "acsp") problems.push("the output intent's DestOutputProfile is not an ICC profile");
    else {
      if (profile.subarray(16, 20).toString("latin1") !== "CMYK") problems.push(`the output profile's colour space is ${profile.subarray(16, 20).toString("latin1")}, not CMYK`);
      if (profile.subarray(12, 16).toString("latin1") !== "prtr") problems.push("the output profile is not an output (printer) profile");
    }
  }

  // The PDF/X keys, in the Info dictionary and in the XMP metadata, with the same dates.
  if (text(info["/GTS_PDFXVersion"]) !== "PDF/X-4") problems.push(`Info /GTS_PDFXVersion is ${String(info["/GTS_PDFXVersion"])}`);
  if (info["/Trapped"] !== "/False" && info["/Trapped"] !== "/True") problems.push("Info /Trapped is not set to True or False");
  if (!text(info["/Title"])) problems.push("Info has no /Title");
  const created = text(info["/CreationDate"]);
  if (!created || text(info["/ModDate"]) !== created) problems.push("Info needs CreationDate and ModDate");
  const xmp = streamData(catalog["/Metadata"])?.toString("utf8") ?? "";
  if (!xmp) problems.push("no XMP metadata stream in the catalog");
  for (const [pattern, what] of [
    [/<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/, "pdfxid:GTS_PDFXVersion PDF/X-4"],
    [/<pdf:Trapped>(True|False)<\/pdf:Trapped>/, "pdf:Trapped"],
    [/<xmpMM:DocumentID>uuid:[0-9a-f-]{36}<\/xmpMM:DocumentID>/, "xmpMM:DocumentID"],
    [/<xmpMM:VersionID>/, "xmpMM:VersionID"],
    [/<xmpMM:RenditionClass>/, "xmpMM:RenditionClass"],
  ] as const) {
    if (xmp && !pattern.test(xmp)) problems.push(`the XMP metadata has no ${what}`);
  }
  if (created && xmp) {
    const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(created);
    const iso = match && `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
    if (!iso || !xmp.includes(`<xmp:CreateDate>${iso}`) || !xmp.includes(`<xmp:ModifyDate>${iso}`)) problems.push("the XMP dates are not the Info dictionary's");
  }
  if (!Array.isArray(trailer["/ID"]) || trailer["/ID"].length !== 2) problems.push("the trailer has no file /ID");

  // Every page: TrimBox inside BleedBox inside MediaBox, and the sizes expected.
  const pages: Record<string, Json>[] = [];
  const walk = (ref: Json) => {
    const node = dict(ref);
    if (node["/Type"] === "/Pages") for (const kid of node["/Kids"] as Json[]) walk(kid);
    else pages.push(node);
  };
  walk(catalog["/Pages"]!);
  const box = (value: Json | undefined) => (Array.isArray(get(value)) ? (get(value) as number[]) : undefined);
  pages.forEach((page, index) => {
    const media = box(page["/MediaBox"]);
    const trim = box(page["/TrimBox"]);
    const bleed = box(page["/BleedBox"]);
    if (!trim || !bleed || !media) return problems.push(`page ${index + 1} has no ${!trim ? "TrimBox" : !bleed ? "BleedBox" : "MediaBox"}`);
    const inside = (inner: number[], outer: number[]) => inner[0]! >= outer[0]! - 0.01 && inner[1]! >= outer[1]! - 0.01 && inner[2]! <= outer[2]! + 0.01 && inner[3]! <= outer[3]! + 0.01;
    if (!inside(trim, bleed) || !inside(bleed, media)) problems.push(`page ${index + 1}: the TrimBox is not inside the BleedBox inside the MediaBox`);
    const mm = (points: number) => points / PT_PER_MM;
    const size = { width: mm(trim[2]! - trim[0]!), height: mm(trim[3]! - trim[1]!) };
    const fits = (a: number, b: number) => Math.abs(a - b) <= 0.1;
    if (expect.trimMm && !((fits(size.width, expect.trimMm.width) && fits(size.height, expect.trimMm.height)) || (fits(size.width, expect.trimMm.height) && fits(size.height, expect.trimMm.width)))) {
      problems.push(`page ${index + 1}: trimmed ${size.width.toFixed(1)} x ${size.height.toFixed(1)} mm, not ${expect.trimMm.width} x ${expect.trimMm.height}`);
    }
    if (expect.bleedMm !== undefined) {
      const sides = [trim[0]! - bleed[0]!, trim[1]! - bleed[1]!, bleed[2]! - trim[2]!, bleed[3]! - trim[3]!].map(mm);
      if (sides.some((side) => !fits(side, expect.bleedMm!))) problems.push(`page ${index + 1}: bleed ${sides.map((side) => side.toFixed(1)).join("/")} mm, not ${expect.bleedMm} mm on every side`);
    }
  });

  // Every object: fonts embedded and subset, nothing transparent, no RGB.
  for (const [key, object] of Object.entries(objects)) {
    if (!key.startsWith("obj:")) continue;
    const value = (object.value ?? object.stream?.dict) as Record<string, Json> | Json;
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    if (value["/Type"] === "/FontDescriptor") {
      if (!value["/FontFile"] && !value["/FontFile2"] && !value["/FontFile3"]) problems.push(`font ${String(value["/FontName"])} is not embedded`);
      if (!/^\/[A-Z]{6}\+/.test(String(value["/FontName"]))) problems.push(`font ${String(value["/FontName"])} is not a subset`);
    }
    if (value["/Type"] === "/Font" && ["/Type1", "/TrueType", "/Type0"].includes(String(value["/Subtype"])) && value["/Subtype"] !== "/Type0" && !value["/FontDescriptor"]) {
      problems.push(`font ${String(value["/BaseFont"])} has no descriptor (a standard font, not embedded)`);
    }
    if (value["/SMask"] !== undefined && value["/SMask"] !== "/None") problems.push(`${key} has a soft mask (/SMask)`);
    const group = dict(value["/Group"]);
    if (group["/S"] === "/Transparency") problems.push(`${key} has a transparency group`);
    for (const alpha of ["/CA", "/ca"]) if (typeof value[alpha] === "number" && (value[alpha] as number) < 1) problems.push(`${key} sets ${alpha} ${String(value[alpha])} (transparency)`);
    if (value["/BM"] !== undefined && !["/Normal", "/Compatible"].includes(String(value["/BM"]))) problems.push(`${key} uses blend mode ${String(value["/BM"])}`);
    const json = JSON.stringify(value);
    if (/"\/(DeviceRGB|CalRGB)"/.test(json)) problems.push(`${key} uses an RGB colour space`);
    if (value["/Subtype"] === "/Image" && !["/DeviceCMYK", "/DeviceGray"].includes(String(value["/ColorSpace"]))) problems.push(`${key}: an image in ${JSON.stringify(value["/ColorSpace"])}`);
  }
  // RGB colours set in the pages' content streams and the forms' (rg, RG, or an RGB space with cs, CS), decoded by qpdf.
  const contents = new Set<string>();
  for (const page of pages) for (const ref of [page["/Contents"]].flat()) if (typeof ref === "string") contents.add(`obj:${ref}`);
  for (const [key, object] of Object.entries(objects)) if (object.stream?.dict["/Subtype"] === "/Form") contents.add(key);
  if (!contents.size) problems.push("no content streams found");
  for (const key of contents) {
    const content = streamData(key.replace(/^obj:/, ""))?.toString("latin1") ?? "";
    if (/(^|[\s\]])(-?[\d.]+\s+){3}(rg|RG)(?=\s)|\/(DeviceRGB|CalRGB)\s+(cs|CS)\b/.test(content)) problems.push(`${key}: a colour set in RGB in a content stream`);
  }

  // Every picture at its effective resolution (poppler's pdfimages, from the page's transformation).
  const listed = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  for (const line of listed) {
    const columns = line.trim().split(/\s+/);
    const [xPpi, yPpi] = [Number(columns[12]), Number(columns[13])];
    if (expect.minDpi && (!(xPpi >= expect.minDpi - 0.5) || !(yPpi >= expect.minDpi - 0.5))) problems.push(`page ${columns[0]}: a picture at ${xPpi} x ${yPpi} ppi, under ${expect.minDpi}`);
  }

  // Rendered by two independent readers, quietly: every page, at a low resolution.
  const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-preflight-"));
  try {
    const poppler = spawnSync("pdftoppm", ["-r", "36", "-png", file, path.join(folder, "poppler")], { encoding: "utf8" });
    if (poppler.status !== 0 || poppler.stderr.trim()) problems.push(`pdftoppm: ${poppler.stderr.trim() || `exit ${poppler.status}`}`);
    const ghostscript = spawnSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", "-r36", `-sOutputFile=${path.join(folder, "gs-%03d.png")}`, file], { encoding: "utf8" });
    if (ghostscript.status !== 0 || (ghostscript.stdout + ghostscript.stderr).trim()) problems.push(`Ghostscript: ${(ghostscript.stdout + ghostscript.stderr).trim() || `exit ${ghostscript.status}`}`);
    const pictures = readdirSync(folder);
    for (const reader of ["poppler", "gs"]) {
      const count = pictures.filter((name) => name.startsWith(reader)).length;
      if (count !== pages.length) problems.push(`${reader === "gs" ? "Ghostscript" : "pdftoppm"} rendered ${count} of ${pages.length} pages`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return problems;
}

/** Whether a file says it is PDF/X (poppler's pdfinfo reads the Info dictionary). */
export function pdfSubtype(file: string): string | undefined {
  return /PDF subtype:\s+(\S+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1];
}

import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { builtInCmykProfile } from "../../../src/images/cmyk-profile.ts";
import { printingCondition } from "../../../src/outputs/postcards/write.ts";
import { CARD_FORMATS } from "../../../src/print/formats.ts";
import { readIccProfile } from "../../../src/print/icc.ts";
import { runCli } from "../../helpers/cli.ts";
import { regionWith, SITE_YAML } from "../../helpers/content-dir.ts";
import { pdfSubtype, preflightPdfX4 } from "../../helpers/preflight.ts";

// A print shop's own press profile, named in a series (`profile:`): checked when the content is
// loaded, used to separate the pictures, and embedded as the print PDFs' output intent.

const series = (profile: string, colour = "cmyk") =>
  `---\ntitle: Drukkerij\nyear: 2026\ncolour: ${colour}\nprofile: ${profile}\ncards:\n  - monument: c-mine\n    title: Voor de drukkerij\n    text: Een kaart met het kleurprofiel van de drukkerij.\n---\n`;

/**
 * A press profile of "our print shop": sharp's built-in CMYK profile with another description of
 * the same length, so its bytes (and digest) are its own. Its description names FOGRA39.
 */
async function printShopProfile(): Promise<Buffer> {
  const bytes = Buffer.from((await builtInCmykProfile()).bytes);
  const at = bytes.indexOf("Chemical proof");
  expect(at).toBeGreaterThan(0);
  bytes.write("FOGRA39 Drukk.", at, "latin1");
  return bytes;
}

/** Builds a region with these files and printShopProfile() as content/drukkerij/<name>; the series "drukkerij" is in it. */
async function buildWithProfile(files: Record<string, string>, name: string) {
  const contentDir = regionWith(files);
  const profile = await printShopProfile();
  mkdirSync(path.join(contentDir, "drukkerij"));
  writeFileSync(path.join(contentDir, "drukkerij", name), profile);
  const siteDir = path.join(path.dirname(contentDir), "_site");
  const built = runCli("build", ["--content", contentDir, "--output", siteDir]);
  expect(built.status, built.stdout).toBe(0);
  return { profile, siteDir, stdout: built.stdout, print: path.join(siteDir, "postkaarten", "drukkerij", "drukkerij-drukkerij.pdf") };
}

function check(contentDir: string): string {
  const result = runCli("check", ["--content", contentDir]);
  return result.stdout + result.stderr;
}

describe("a series with the print shop's profile", () => {
  it("embeds it, byte for byte, as the PDF/X output intent of the print PDF and the sheets, named for its printing condition", async () => {
    const { profile, siteDir, print, stdout } = await buildWithProfile({ "series/drukkerij.md": series("/drukkerij/eigen-profiel.icc") }, "eigen-profiel.icc");
    expect(stdout).not.toMatch(/warning/);
    expect(pdfSubtype(print)).toBe("PDF/X-4");
    expect(preflightPdfX4(print, { trimMm: CARD_FORMATS.A6, bleedMm: 3, minDpi: 300 })).toEqual([]);
    // The output intent's profile is the print shop's file, byte for byte, and names FOGRA39.
    const json = JSON.parse(execFileSync("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", print], { encoding: "utf8", maxBuffer: 1 << 28 }));
    const objects = json.qpdf[1] as Record<string, { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data: string } }>;
    const intent = Object.values(objects).find((object) => object.value?.["/S"] === "/GTS_PDFX")!.value!;
    expect(intent["/OutputConditionIdentifier"]).toBe("u:FOGRA39");
    const embedded = Buffer.from(objects[`obj:${String(intent["/DestOutputProfile"])}`]!.stream!.data, "base64");
    expect(embedded.equals(profile)).toBe(true);
    // The sheets too.
    expect(preflightPdfX4(path.join(siteDir, "postkaarten", "drukkerij", "drukkerij-vellen-a4.pdf"), { bleedMm: 0, minDpi: 300 })).toEqual([]);
  });

  it("is checked when the content is loaded: a missing file, a file that is no profile, a screen profile, an RGB series", async () => {
    const missing = regionWith({ "series/drukkerij.md": series("/drukkerij/PSOcoated_v3.icc") });
    expect(check(missing)).toMatch(/series\/drukkerij\.md:5 profile: file "\/drukkerij\/PSOcoated_v3\.icc" does not exist/);

    const notProfile = regionWith({ "series/drukkerij.md": series("kapot.icc") });
    writeFileSync(path.join(notProfile, "series", "kapot.icc"), "Dit is geen kleurprofiel maar een tekstbestand met de naam van een profiel.\n".repeat(3));
    expect(check(notProfile)).toMatch(/series\/drukkerij\.md:5 profile: "kapot\.icc" cannot be read: the file is not an ICC colour profile \(ask the print shop for its press profile again/);

    const screen = regionWith({ "series/drukkerij.md": series("scherm.icc") });
    const srgb = (await sharp(await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } }).withIccProfile("srgb").jpeg().toBuffer()).metadata()).icc!;
    expect(readIccProfile(new Uint8Array(srgb)).deviceClass).toBe("mntr");
    writeFileSync(path.join(screen, "series", "scherm.icc"), srgb);
    expect(check(screen)).toMatch(/series\/drukkerij\.md:5 profile: "scherm\.icc" is a screen profile for RGB colours, not a press profile for CMYK \(ask the print shop for its CMYK press profile/);

    const rgb = regionWith({ "series/drukkerij.md": series("eigen.icc", "rgb") });
    writeFileSync(path.join(rgb, "series", "eigen.icc"), await printShopProfile());
    expect(check(rgb)).toMatch(/series\/drukkerij\.md:5 profile: a press profile is for a CMYK series \(add colour: cmyk to this series\)/);

    const wrongType = regionWith({ "series/drukkerij.md": series("profiel.pdf") });
    expect(check(wrongType)).toMatch(/profile: "profiel\.pdf" is not an ICC colour profile \(use a file ending in \.icc, \.icm\)/);
  });
});

describe("the print shop's profile in site.yaml (print.profile)", () => {
  it("is used by every CMYK series without one of its own and by the route flyers, and a missing one is an error on its line", async () => {
    const withProfile = (profile: string) => `${SITE_YAML.trimEnd()}\nprint:\n  profile: ${profile}\n`;
    const cmykSeries = "---\ntitle: Drukkerij\nyear: 2026\ncolour: cmyk\ncards:\n  - monument: c-mine\n    title: Voor de drukkerij\n    text: Een kaart met het kleurprofiel uit site.yaml.\n---\n";
    const { print, siteDir } = await buildWithProfile({ "site.yaml": withProfile("drukkerij/eigen.icc"), "series/drukkerij.md": cmykSeries }, "eigen.icc");
    expect(preflightPdfX4(print, { trimMm: CARD_FORMATS.A6, bleedMm: 3, minDpi: 300 })).toEqual([]);
    expect(execFileSync("qpdf", ["--qdf", "--object-streams=disable", print, "-"]).toString("latin1")).toContain("/OutputConditionIdentifier (FOGRA39)");
    // The route flyers are separated for it too.
    const flyer = path.join(siteDir, "routes", "mijnwandeling", "mijnwandeling-folder-nl.pdf");
    expect(preflightPdfX4(flyer, { trimMm: { width: 297, height: 210 }, bleedMm: 3 })).toEqual([]);
    expect(execFileSync("qpdf", ["--qdf", "--object-streams=disable", flyer, "-"]).toString("latin1")).toContain("/OutputConditionIdentifier (FOGRA39)");

    const missing = regionWith({ "site.yaml": withProfile("drukkerij/PSOcoated_v3.icc"), "series/drukkerij.md": cmykSeries });
    const lines = withProfile("x").split("\n").length - 1;
    expect(check(missing)).toMatch(new RegExp(`site\\.yaml:${lines} print\\.profile: file "drukkerij/PSOcoated_v3\\.icc" does not exist`));
  });
});

describe("printingCondition", () => {
  it("names the registered printing condition of the usual Benelux press profiles, Custom for others", () => {
    expect(printingCondition("Coated FOGRA39 (ISO 12647-2:2004)")).toBe("FOGRA39");
    expect(printingCondition("ISO Coated v2 (ECI)")).toBe("FOGRA39");
    expect(printingCondition("PSO Coated v3")).toBe("FOGRA51");
    expect(printingCondition("PSO Uncoated v3 (FOGRA52)")).toBe("FOGRA52");
    expect(printingCondition("Chemical proof")).toBe("Custom");
  });
});

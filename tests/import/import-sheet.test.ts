import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { sampleContentCopy, scratchFolder } from "./helpers.ts";

const HEADER = ["titel", "gemeente", "breedtegraad", "lengtegraad", "precisie", "soort", "samenvatting", "tekst"];
const ROWS = [
  ["Cité Zwartberg", "Genk", 51.0105, 5.525, "approximate", "tuinwijk", "De mijnwerkerswijk bij de vroegere steenkoolmijn van Zwartberg.", "## Geschiedenis\n\nDe wijk van Zwartberg."],
  ["Kapel in de Tuinwijk", "Maasmechelen", 50.984, 5.699, "bij benadering", "kerk", "Een kleine kapel aan de rand van Tuinwijk Eisden.", ""],
];

async function writeXlsx(file: string, rows: unknown[][], sheetName = "Blad1"): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
}

function monumentFiles(contentDir: string): string[] {
  return readdirSync(path.join(contentDir, "monuments")).sort();
}

describe("npm run import (spreadsheet)", () => {
  it("lists what a dry run would create from an .xlsx file and writes nothing", async () => {
    const contentDir = sampleContentCopy();
    const sheet = path.join(scratchFolder(), "monumenten.xlsx");
    await writeXlsx(sheet, [HEADER, ...ROWS]);
    const before = monumentFiles(contentDir);
    const result = runCli("import", [sheet, "--content", contentDir]);
    expect(result.stdout).toMatch(/would create \S*monuments\/cite-zwartberg\.md {2}Cité Zwartberg/);
    expect(result.stdout).toMatch(/would create \S*monuments\/kapel-in-de-tuinwijk\.md {2}Kapel in de Tuinwijk/);
    expect(result.stdout).toContain("Dry run: nothing was written");
    expect(result.status).toBe(0);
    expect(monumentFiles(contentDir)).toEqual(before);
  });

  it("writes files with --write that npm run check accepts, fields in the documented order", async () => {
    const contentDir = sampleContentCopy();
    const sheet = path.join(scratchFolder(), "monumenten.xlsx");
    await writeXlsx(sheet, [HEADER, ...ROWS]);
    const result = runCli("import", [sheet, "--write", "--content", contentDir]);
    expect(result.status).toBe(0);
    const written = readFileSync(path.join(contentDir, "monuments", "cite-zwartberg.md"), "utf8");
    expect(written).toBe(`---
title: Cité Zwartberg
municipality: Genk
location:
  lat: 51.0105
  lng: 5.525
  precision: approximate
kind: garden-city
summary: De mijnwerkerswijk bij de vroegere steenkoolmijn van Zwartberg.
---
## Geschiedenis

De wijk van Zwartberg.
`);
    expect(readFileSync(path.join(contentDir, "monuments", "kapel-in-de-tuinwijk.md"), "utf8")).toContain("kind: church");
    const check = runCli("check", ["--content", contentDir]);
    expect(check.stdout).toContain("content is valid");
    expect(check.status).toBe(0);
  });

  it("reports bad cells as file:Sheet!Cell field: message (hint), in the words of npm run check", async () => {
    const contentDir = sampleContentCopy();
    const folder = scratchFolder();
    const sheet = path.join(folder, "monumenten.xlsx");
    await writeXlsx(sheet, [
      HEADER,
      ["Mijnschool", "Genk", "51,02", 5.5, "approximate", "museum", "Een school voor mijnwerkers, later een museum.", ""],
      ["Kapel", "Hasselt", "noord", 5.5, "exact", "kerk", "Kort", ""],
    ]);
    const result = runCli("import", [sheet, "--write", "--content", contentDir]);
    expect(result.status).toBe(1);
    const shown = sheet.split(path.sep).join("/");
    const lines = result.stdout.split("\n");
    expect(lines).toContain(`${shown}:Blad1!C3 location.lat: must be a number, not "noord" (latitude in decimal degrees, e.g. 51.0128 (Midden-Limburg lies around 51))`);
    expect(lines).toContain(`${shown}:Blad1!G3 summary: is 4 characters long; write at least 10 (one or two sentences for cards and map popups, at most 200 characters)`);
    expect(lines.some((line) => line.startsWith(`${shown}:Blad1!B3 municipality: "Hasselt" is not a municipality of this region`))).toBe(true);
    // A decimal comma, as Flemish spreadsheets write it, is a number; the good row is written, the bad one not.
    expect(readFileSync(path.join(contentDir, "monuments", "mijnschool.md"), "utf8")).toContain("lat: 51.02");
    expect(existsSync(path.join(contentDir, "monuments", "kapel.md"))).toBe(false);
  });

  it("reads a CSV file with ';' and a byte order mark, as Excel in Flanders saves it", () => {
    const contentDir = sampleContentCopy();
    const result = runCli("import", ["docs/voorbeeld-monumenten.csv", "--write", "--content", contentDir]);
    expect(result.stdout).toMatch(/created \S*monuments\/labiomista\.md/);
    expect(readFileSync(path.join(contentDir, "monuments", "labiomista.md"), "utf8")).toContain("  lat: 51.017\n  lng: 5.5\n  precision: approximate\n");
    const bom = path.join(scratchFolder(), "monumenten.csv");
    writeFileSync(bom, `\uFEFFtitel;gemeente;lat;lng;precisie;soort;samenvatting\r\nMijnschool Genk;Genk;50,98;5,49;exact;museum;"Een school voor mijnwerkers; later een museum."\r\n`);
    const second = runCli("import", [bom, "--write", "--content", contentDir]);
    expect(second.status).toBe(0);
    const written = readFileSync(path.join(contentDir, "monuments", "mijnschool-genk.md"), "utf8");
    expect(written).toContain("title: Mijnschool Genk\n");
    expect(written).toContain("summary: Een school voor mijnwerkers; later een museum.\n");
    expect(runCli("check", ["--content", contentDir]).status).toBe(0);
  });

  it("reads an OpenDocument spreadsheet (.ods)", () => {
    const contentDir = sampleContentCopy();
    const ods = path.join(scratchFolder(), "monumenten.ods");
    const cell = (value: string | number) =>
      typeof value === "number"
        ? `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
    const rows = [["title", "municipality", "location.lat", "location.lng", "location.precision", "kind", "summary"], ["Terril van Zwartberg", "Genk", 51.01, 5.53, "approximate", "slag-heap", "Een begroeide terril bij de vroegere mijn van Zwartberg."]];
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Monumenten">${rows
      .map((row) => `<table:table-row>${row.map(cell).join("")}<table:table-cell table:number-columns-repeated="1000"/></table:table-row>`)
      .join("")}<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    writeFileSync(ods, zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8(xml) }));
    const result = runCli("import", [ods, "--write", "--content", contentDir]);
    expect(result.stdout).toMatch(/created \S*monuments\/terril-van-zwartberg\.md/);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(contentDir, "monuments", "terril-van-zwartberg.md"), "utf8")).toContain("kind: slag-heap");
  });

  it("never overwrites an existing file without --update; with --update changes only the imported fields", async () => {
    const contentDir = sampleContentCopy();
    const file = path.join(contentDir, "monuments", "sint-barbarakerk-eisden.md");
    const original = readFileSync(file, "utf8");
    const sheet = path.join(scratchFolder(), "monumenten.xlsx");
    await writeXlsx(sheet, [
      ["bestand", "titel", "adres", "website"],
      ["sint-barbarakerk-eisden", "Sint-Barbarakerk", "Kastanjelaan 1, Maasmechelen", "https://www.maasmechelen.be"],
    ]);
    const refused = runCli("import", [sheet, "--write", "--content", contentDir]);
    expect(refused.stdout).toMatch(/exists \S*sint-barbarakerk-eisden\.md .*left as it is/);
    expect(readFileSync(file, "utf8")).toBe(original);

    const updated = runCli("import", [sheet, "--write", "--update", "--content", contentDir]);
    expect(updated.stdout).toMatch(/updated \S*sint-barbarakerk-eisden\.md {2}Sint-Barbarakerk: address, visiting\.website/);
    const before = original.split("\n");
    const after = readFileSync(file, "utf8").split("\n");
    // One line changed (the address), one added where the schema puts it (website under visiting); nothing else.
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((line) => !before.includes(line))).toEqual(["address: Kastanjelaan 1, Maasmechelen", "  website: https://www.maasmechelen.be"]);
    expect(before.filter((line) => !after.includes(line))).toEqual(["address: Kastanjelaan, Eisden-Tuinwijk, Maasmechelen"]);
    expect(after.indexOf("  website: https://www.maasmechelen.be")).toBe(after.indexOf("visiting:") + 1);
    expect(runCli("check", ["--content", contentDir]).status).toBe(0);
  });

  it("reports two rows that would get the same file name", async () => {
    const contentDir = sampleContentCopy();
    const sheet = path.join(scratchFolder(), "monumenten.xlsx");
    await writeXlsx(sheet, [HEADER, ROWS[0]!, ROWS[0]!]);
    const result = runCli("import", [sheet, "--content", contentDir]);
    const shown = sheet.split(path.sep).join("/");
    expect(result.stdout).toContain(`${shown}:Blad1!A3 title: the file name "cite-zwartberg" is already used by ${shown}:Blad1!2`);
    expect(result.status).toBe(1);
  });
});

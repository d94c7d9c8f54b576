import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../../src/content/load.ts";
import type { Pack, SiteModel } from "../../../src/content/model.ts";
import { bookletPdf } from "../../../src/outputs/packs/booklet.ts";
import { keyPdf } from "../../../src/outputs/packs/key.ts";
import { licenceText } from "../../../src/outputs/packs/licences.ts";
import { packFiles, writePacks, zipEntries } from "../../../src/outputs/packs/write.ts";
import { SITE_YAML, regionWith } from "../../helpers/content-dir.ts";

// A pack that says `language: de`: its own texts stay as staff wrote them (here in German),
// and every label its booklets, key and LICENTIES.txt add is German too.

const PACK_DE = `---
title: Unterwegs an der Zeche
summary: Ein Spaziergang mit Arbeitsblättern für das fünfte und sechste Schuljahr.
language: de
level: lager
grades: [5, 6]
subjects: [wereldorientatie, geschiedenis]
duration: 120
route: mijnwandeling
goals:
  - Die Kinder erkennen ein Fördergerüst.
prepare:
  - Drucken Sie für jedes Kind ein Arbeitsheft.
stops:
  - monument: c-mine
    text: Hier wurde bis 1988 Steinkohle gefördert.
    note: Das Gerüst ist aus Stahl.
    questions:
      - choice: Woraus ist das Fördergerüst gemacht?
        options: [Stahl, Holz]
        answer: Stahl
      - find: Was siehst du am Gerüst?
        options: [ein Rad, ein Seil, ein Boot]
        answer: [ein Rad, ein Seil]
      - open: Warum steht hier ein Turm?
        answer: Damit der Förderkorb im Schacht auf und ab fahren kann.
        note: Zeigen Sie auf die Seilscheiben.
  - monument: heilig-hartkerk
    text: Eine Kirche, die die Zeche für die Bergleute bauen ließ.
    questions:
      - draw: Zeichne den Kirchturm.
        answer: Ein hoher Turm mit einem Kreuz.
glossary:
  - term: Halde
    definition: Ein Berg aus Gestein, das mit der Kohle nach oben kam.
sources:
  - title: Eine Quelle
    url: https://example.org/quelle
---
Heute erkunden wir eine alte Zeche.
`;

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Loads a region with the German pack; `translations` goes into site.yaml. */
async function germanPack(translations = ""): Promise<{ model: SiteModel; pack: Pack }> {
  const { model, problems } = await loadSite(regionWith({ "site.yaml": SITE_YAML + translations, "packs/zeche.md": PACK_DE }));
  expect(problems).toEqual([]);
  return { model: model!, pack: model!.packs[0]! };
}

/** A PDF's text with all whitespace (no-break spaces too) as single spaces. */
/** The text of a PDF; a key opens with its password. */
function pdfText(bytes: Buffer, password?: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-labels-")), "pack.pdf");
  writeFileSync(file, bytes);
  return poppler("pdftotext", ...(password ? ["-upw", password] : []), file, "-").replace(/\s+/g, " ");
}

/** Labels the Dutch PDFs print; none of them may be in the German ones. */
const DUTCH_LABELS = [
  /\bNaam:/,
  /\bKlas:/,
  /\bWerkboekje\b/,
  /\bInleiding\b/,
  /De route:/,
  /\bStop \d/,
  /Kruis één antwoord aan/,
  /Kruis aan wat je vindt/,
  /\bLager onderwijs\b/,
  /\bleerjaar\b/,
  /\blestijden\b/,
  /Antwoordsleutel/,
  /\bAntwoord:/,
  /Wat een goede tekening toont/,
  /\bTip:/,
  /\bVakken\b/,
  /\bDuur\b/,
  /\bLeerdoelen\b/,
  /\bVoorbereiden\b/,
  /Woordenlijst/,
  /Bronnen en beelden/,
  /\bBeeld:/,
  /\bvogelvlucht\b/,
  /\bongeveer\b/,
  /plaats bij benadering/,
  /De kaart is getekend/,
  /Over dit pakket/,
  /Uitgegeven door/,
  /Lettertype/,
  /Publiek domein|Alle rechten voorbehouden/,
];

describe("a pack with language: de", () => {
  let model: SiteModel;
  let pack: Pack;
  let booklet: string;
  let largePrint: string;
  let key: string;
  let bookletBytes: Buffer;

  beforeAll(async () => {
    ({ model, pack } = await germanPack());
    // A picture at classroom size for the worksheet of C-mine, as the image pipeline would attach it.
    const jpeg = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-labels-")), "c-mine.jpg");
    await sharp({ create: { width: 300, height: 200, channels: 3, background: "#886644" } }).jpeg().toFile(jpeg);
    for (const stop of pack.stops) if (stop.image) stop.classroom = { file: jpeg, width: 300, height: 200 };
    bookletBytes = await bookletPdf(pack, model.config, "regular");
    booklet = pdfText(bookletBytes);
    largePrint = pdfText(await bookletPdf(pack, model.config, "large"));
    key = pdfText(await keyPdf(pack, model.config));
  }, 60_000);

  it("keeps the language in the model, and marks the pack's content as written in it", () => {
    expect(pack.language).toBe("de");
    expect(pack.i18n).toMatchObject({ lang: "nl", original: "de", untranslated: true });
    // The other entries keep the site's shared description.
    expect(model.monuments[0]!.i18n).toMatchObject({ lang: "nl", original: "nl", untranslated: false });
  });

  it("prints the booklets' labels, the level and the map in German", () => {
    for (const text of [booklet, largePrint]) {
      expect(text).toMatch(/Name: .*Klasse: .*Datum:/);
      expect(text).toContain("Grundschule, 5. und 6. Schuljahr");
      expect(text).toContain("Einführung Heute erkunden wir eine alte Zeche.");
      expect(text).toContain("Die Route: Mijnwandeling");
      expect(text).toContain("Station 1 C-mine");
      expect(text).toContain("Station 3 Heilig Hartkerk");
      expect(text).toContain("Kreuze eine Antwort an.");
      expect(text).toContain("Kreuze an, was du findest.");
      expect(text).toContain("Bild: Illustratie: test · CC0 1.0");
      expect(text).toContain("(ungefährer Standort)");
      expect(text).toContain("Die Karte ist aus der Route selbst gezeichnet, ohne Hintergrundkarte.");
      expect(text).toContain("Wörterliste Halde");
      expect(text).toContain("Quellen und Bilder");
      expect(text).toContain("Station 1, C-mine: Illustratie: test · CC0 1.0");
      expect(text).toContain("Eine Quelle: https://example.org/quelle");
      expect(text).toContain("Herausgegeben von Testcel. Schrift: Atkinson Hyperlegible");
      for (const dutch of DUTCH_LABELS) expect(text).not.toMatch(dutch);
    }
    expect(booklet).toContain("Arbeitsheft Unterwegs an der Zeche");
    expect(largePrint).toContain("Arbeitsheft in Großdruck Unterwegs an der Zeche");
  });

  it("prints the key's labels, level, subjects, duration and route length in German", () => {
    expect(key).toContain("Lösungsheft für die Lehrkraft Unterwegs an der Zeche");
    expect(key).toContain("Für Grundschule, 5. und 6. Schuljahr");
    expect(key).toContain("Fächer Sachunterricht, Geschichte");
    expect(key).toContain("Dauer 2 Std. (3 Unterrichtsstunden)");
    expect(key).toMatch(/Route Mijnwandeling: [\d,]+ (m|km) Luftlinie, etwa \d+ (Min\.|Std\.)( \d+ Min\.)? unterwegs/);
    expect(key).toContain("Lernziele • Die Kinder erkennen ein Fördergerüst.");
    expect(key).toContain("Vorbereitung • Drucken Sie für jedes Kind ein Arbeitsheft.");
    expect(key).toContain("Tipp: Das Gerüst ist aus Stahl.");
    expect(key).toContain("Antwort: Damit der Förderkorb im Schacht auf und ab fahren kann.");
    expect(key).toContain("Tipp: Zeigen Sie auf die Seilscheiben.");
    expect(key).toContain("Was eine gute Zeichnung zeigt: Ein hoher Turm mit einem Kreuz.");
    expect(key).toMatch(/· Lösungsheft · 2\/\d+/);
    for (const dutch of DUTCH_LABELS) expect(key).not.toMatch(dutch);
  });

  it("sets the PDFs' language and title in German", () => {
    const bytes = bookletBytes.toString("latin1");
    expect(bytes).toContain("/Lang (de-BE)");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "schachtbok-labels-")), "booklet.pdf");
    writeFileSync(file, bookletBytes);
    expect(poppler("pdfinfo", file)).toMatch(/Title:\s+Unterwegs an der Zeche: Arbeitsheft\n/);
  });

  it("writes LICENTIES.txt in German, with the site's own page when the site has no German pages", () => {
    const pictures = zipEntries(pack).filter((name) => name.startsWith("beelden/"));
    expect(pictures).toEqual(["beelden/01-station-1-c-mine.jpg"]);
    const text = licenceText(pack, model.config, pictures);
    expect(text).toContain("Unterrichtspaket von Testcel: https://example.org/lespakketten/zeche/");
    expect(text).toContain("BILDER\n\nbeelden/01-station-1-c-mine.jpg\n  Zeigt: Station 1, C-mine. Tekening van een stalen schachtbok\n  Urheber: Illustratie: test\n");
    expect(text).toContain("  Lizenz: CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/deed.de)");
    expect(text).toContain("QUELLEN\n\nEine Quelle: https://example.org/quelle");
    expect(text).toContain('KARTE UND ROUTE\n\nDie Karte in den Arbeitsheften und die GPX-Datei stammen aus der Route „Mijnwandeling“: https://example.org/routes/mijnwandeling/');
    expect(text).toContain("SCHRIFT\n\nAtkinson Hyperlegible, vom Braille Institute, unter der SIL Open Font License 1.1.");
    for (const dutch of [/BEELDEN/, /BRONNEN/, /KAART EN ROUTE/, /LETTERTYPE/, /Lespakket van/, /Toont:/, /Licentie:/, /deed\.nl/]) expect(text).not.toMatch(dutch);
  });

  it("points at the German pages when the site has them", async () => {
    const translated = await germanPack("translations: [de]\n");
    const text = licenceText(translated.pack, translated.model.config, []);
    expect(text).toContain("Unterrichtspaket von Testcel: https://example.org/de/unterrichtsmaterial/zeche/");
    expect(text).toContain("„Mijnwandeling“: https://example.org/de/routen/mijnwandeling/");
    const key = pdfText(await keyPdf(translated.pack, translated.model.config));
    expect(key).toContain("Dieses Paket online: https://example.org/de/unterrichtsmaterial/zeche/");
    expect(key).toMatch(/„Mijnwandeling“ gezeichnet: https:\/\/example\.org\/de\/routen\/ ?mijnwandeling\//);
  }, 60_000);

  it("names the monuments and the route as their German translations do, when the site has them", async () => {
    const { model, problems } = await loadSite(
      regionWith({
        "site.yaml": `${SITE_YAML}translations: [de]\n`,
        "packs/zeche.md": PACK_DE,
        "monuments/c-mine.de.md": "---\ntitle: C-mine (Zeche Winterslag)\n---\n",
        "routes/mijnwandeling.de.md": "---\ntitle: Zechenwanderung\n---\n",
      }),
    );
    expect(problems).toEqual([]);
    const outputDir = mkdtempSync(path.join(tmpdir(), "schachtbok-pack-de-"));
    await writePacks(model!, outputDir, { password: "een-wachtwoord" });
    const files = packFiles(model!.packs[0]!);
    const booklet = pdfText(readFileSync(path.join(outputDir, files.booklet)));
    expect(booklet).toContain("C-mine (Zeche Winterslag)");
    expect(booklet).toContain("Zechenwanderung");
    // A monument without a German translation keeps its name.
    expect(booklet).toContain("Heilig Hartkerk");
    const key = pdfText(readFileSync(path.join(outputDir, files.key)), "een-wachtwoord");
    expect(key).toContain("C-mine (Zeche Winterslag)");
  }, 60_000);
});

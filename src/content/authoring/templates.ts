import { CARD_FORMAT_NAMES, SHEET_SIZES } from "../../print/formats.ts";
import { LANGUAGES } from "../../i18n/locales.ts";
import { ACCESS_LEVELS_NL, LICENCES_NL, MONUMENT_KINDS_NL, PROTECTION_STATUSES_NL, ROUTE_MODES_NL, STORY_KINDS_NL } from "../../i18n/nl.ts";
import { ALT_LIMITS } from "../schemas/common.ts";
import { POSTCARD_TEXT_MAX, POSTCARD_TITLE_MAX, SUMMARY_MAX } from "../schemas/monument.ts";
import { PACK_LEVELS, SUBJECTS } from "../schemas/pack.ts";

// The files `npm run new` writes: every field of the type in the schema's order, each with
// a Dutch comment (what it is, the values allowed, the limits). Required fields are left
// empty (npm run check says which are still empty); optional ones are commented out with
// an example, ready to switch on by removing the "# ".

export const ENTRY_TYPES = ["monument", "route", "story", "series", "pack"] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** The folder under content/ of each type. */
export const ENTRY_FOLDERS: Record<EntryType, string> = { monument: "monuments", route: "routes", story: "stories", series: "series", pack: "packs" };

export interface TemplateContext {
  title: string;
  /** The municipalities of content/site.yaml. */
  municipalities: string[];
}

const choices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => `${value} (${label.toLowerCase()})`).join(", ");
const quote = (text: string) => JSON.stringify(text);
const HEADER = (what: string) => `# Nieuw${what}. Vul de lege velden in; een veld met "# " ervoor is niet verplicht:
# haal "# " weg om het te gebruiken. Controleer daarna met: npm run check`;

const IMAGES = (indent = "") => `${indent}# Afbeeldingen (niet verplicht), de eerste is de hoofdafbeelding. Het bestand staat naast dit
${indent}# Markdown-bestand, of in de content-map als het met / begint. Alt-tekst ${ALT_LIMITS.min} tot ${ALT_LIMITS.max} tekens: wat de
${indent}# afbeelding toont, voor wie ze niet ziet. Licentie: ${Object.keys(LICENCES_NL).join(", ")}
${indent}# (bij all-rights-reserved ook holder: wie de rechten heeft).
${indent}# images:
${indent}#   - file: foto.jpg
${indent}#     alt: Beschrijving van wat op de foto te zien is
${indent}#     caption: Onderschrift onder de foto (2 tot 300 tekens)
${indent}#     credit: "Foto: Jan Peeters"
${indent}#     licence: CC-BY-4.0
${indent}#     holder: Stad Genk
${indent}#     source: https://voorbeeld.be/foto
${indent}#     focus: "50% 40%"`;

function monument({ title, municipalities }: TemplateContext): string {
  return `---
${HEADER(" monument")}
# De naam die bezoekers kennen, 2 tot 120 tekens.
title: ${quote(title)}
# Gemeente: ${municipalities.join(", ")} (de gemeenten in content/site.yaml).
municipality:
# De ligging in decimale graden (WGS84), met een punt: 51.0128, niet 51,0128.
location:
  # Breedtegraad, bv. 51.0128 (Midden-Limburg ligt rond 51).
  lat:
  # Lengtegraad, bv. 5.5797.
  lng:
  # exact alleen als een meting of een bron de coördinaten geeft; anders approximate
  # (de pagina zegt dan "locatie bij benadering").
  precision: approximate
# Adres, 3 tot 200 tekens.
# address: Kastanjelaan, Eisden-Tuinwijk, Maasmechelen
# Soort, één van: ${choices(Object.fromEntries(Object.entries(MONUMENT_KINDS_NL).map(([value, label]) => [value, label.singular])))}.
kind:
# Datums. built: een jaar, een dag of een reeks jaren ("1934-1937");
# opened en closed: een jaar, een maand ("1901-08") of een dag ("1901-08-02").
# dates:
#   built: "1934-1937"
#   opened: 1917
#   closed: "1987-09-30"
# Bescherming. status, één van: ${choices(PROTECTION_STATUSES_NL)}.
# year: het jaar van de bescherming. erfgoedobject en aanduidingsobject: het nummer achter
# https://inventaris.onroerenderfgoed.be/erfgoedobjecten/ en .../aanduidingsobjecten/.
# protection:
#   status: protected-monument
#   year: 2002
#   erfgoedobject: 1219
#   aanduidingsobject: 12345
# Een of twee zinnen voor kaartjes, kaartballonnen en zoekresultaten, 10 tot ${SUMMARY_MAX} tekens.
summary:
${IMAGES()}
# Bezoek. openingHours en notes: vrije tekst. website: het volledige adres met https://.
# wheelchair (rolstoel) en pram (kinderwagen): ${choices(ACCESS_LEVELS_NL)}.
# visiting:
#   openingHours: Van april tot oktober op zondag van 14 tot 17 uur
#   website: https://www.voorbeeld.be
#   wheelchair: unknown
#   pram: unknown
#   notes: Parking aan de kerk
# Open Monumentendag: het jaar, de dagen (een lijst), het programma en een adres om in te schrijven.
# openMonumentendag:
#   year: 2025
#   dates: ["2025-09-14"]
#   programme: Rondleidingen om 14 en 16 uur
#   booking: https://www.voorbeeld.be/inschrijven
# Het weetje voor de postkaartenreeks: een titel (tot ${POSTCARD_TITLE_MAX} tekens) en een tekst (10 tot ${POSTCARD_TEXT_MAX} tekens).
# postcard:
#   title: Een korte kop
#   text: Het weetje dat op de achterkant van de postkaart komt.
# Verwante verhalen: bestandsnamen zonder .md uit content/stories.
# stories: [naam-van-een-verhaal]
---
## Geschiedenis

Schrijf hier de tekst van de pagina, in Markdown.

## Bronnen

- [Naam van de bron](https://voorbeeld.be)
`;
}

function route({ title }: TemplateContext): string {
  return `---
${HEADER("e route")}
# De naam van de route, 2 tot 120 tekens.
title: ${quote(title)}
# Hoe je de route aflegt: ${choices(Object.fromEntries(Object.entries(ROUTE_MODES_NL).map(([value, label]) => [value, label.label])))}.
mode:
# Een of twee zinnen voor kaartjes en zoekresultaten, 10 tot 200 tekens.
summary:
# Waar de route begint en eindigt, 2 tot 200 tekens (bv. een parking of een station).
start:
finish:
# De haltes in volgorde, minstens twee. Een halte is een monument (de bestandsnaam zonder .md uit
# content/monuments), of een punt met name en location (lat, lng, precision). note: een korte tip (2 tot 300 tekens).
stops:
  - monument:
  - monument:
  # - name: Uitkijkpunt op de terril
  #   location:
  #     lat: 51.05
  #     lng: 5.22
  #     precision: approximate
  #   note: Trap van 200 treden
# Een GPX-bestand naast dit bestand met het gevolgde spoor (niet verplicht).
# track: route.gpx
# Toegankelijkheid: trappen, ondergrond, hellingen (2 tot 600 tekens).
# accessibility: Verharde wegen, geen trappen.
---
Schrijf hier de beschrijving van de route, in Markdown.
`;
}

function story({ title }: TemplateContext): string {
  return `---
${HEADER(" verhaal")}
# De titel, 2 tot 120 tekens.
title: ${quote(title)}
# Soort: ${choices(Object.fromEntries(Object.entries(STORY_KINDS_NL).map(([value, label]) => [value, label.singular])))}.
# Een getuigenis (testimony) heeft minstens één verteller (narrators).
kind:
# Wanneer het gebeurde: een jaar (1901), een maand ("1901-08") of een dag ("1901-08-02").
date:
# Een of twee zinnen voor kaartjes en zoekresultaten, 10 tot 200 tekens.
summary:
# Wie het vertelt (een getuigenis), en wie het schreef: een lijst namen.
# narrators: [Naam Verteller]
# authors: [Naam Auteur]
# Monumenten waar het verhaal over gaat: bestandsnamen zonder .md uit content/monuments.
# monuments: [naam-van-een-monument]
${IMAGES()}
# Een geluidsopname naast dit bestand, met de volledige tekst voor wie niet kan luisteren (minstens 20 tekens).
# audio:
#   file: getuigenis.mp3
#   transcript: De volledige tekst van de opname.
---
Schrijf hier het verhaal, in Markdown.
`;
}

function series({ title }: TemplateContext): string {
  return `---
${HEADER("e postkaartenreeks")}
# De naam van de reeks, 2 tot 80 tekens.
title: ${quote(title)}
# De taal van de kaarten: ${LANGUAGES.join(", ")} (standaard de taal van de site).
# language: nl
# Het jaar van de reeks, 1990 tot 2100.
year:
# Het thema van de reeks, 2 tot 80 tekens.
# theme: Met hart en ziel
# Het formaat van de kaart: ${CARD_FORMAT_NAMES.join(", ")}; de liggende of staande stand; de afloop in mm (0 tot 10).
# Weggelaten komen ze uit print in content/site.yaml.
# card: A6
# orientation: landscape
# bleed: 3
# Hoever tekst en logo's binnen de snijlijn blijven, in mm (2 tot 15, standaard 5).
# safe: 5
# Kleuren: rgb, of cmyk voor een drukkerij: de drukkers-pdf en de vellen zijn dan PDF/X-4.
# colour: rgb
# Het kleurprofiel van de drukkerij (een .icc-bestand, bv. PSOcoated_v3.icc), naast dit bestand of in de
# content-map (met / ervoor); alleen met colour: cmyk. Zonder: het ingebouwde CMYK-profiel.
# profile: /drukkerij/PSOcoated_v3.icc
# Vellen om zelf te printen: het formaat (${Object.keys(SHEET_SIZES).join(", ")}), de rand die de printer niet bedrukt
# en de ruimte tussen de kaarten in mm (0 tot 20), en hoe de printer het vel keert (long-edge of short-edge).
# sheet:
#   size: A4
#   margin: 5
#   gutter: 0
#   duplex: long-edge
# QR-borden om bij de monumenten van de kaarten op te hangen, een per kaart: A5 of A4.
# plaques: A5
# De naam van het monument in een witte band onderaan de voorkant: true of false.
# band: true
# Een logo naast dit bestand of in de content-map (met / ervoor), en een colofon (2 tot 300 tekens).
# logo: /media/schachtbok-logo.svg
# colophon: Een uitgave van de erfgoedcel.
# De kaarten in volgorde: monumenten (bestandsnaam zonder .md) met een weetje (postcard:). title
# (tot ${POSTCARD_TITLE_MAX} tekens) en text (10 tot ${POSTCARD_TEXT_MAX} tekens) vervangen het weetje alleen in deze reeks.
cards:
  - monument:
  # - monument: naam-van-een-monument
  #   title: Een andere kop
  #   text: Een ander weetje, alleen voor deze reeks.
---
`;
}

function pack({ title }: TemplateContext): string {
  return `---
${HEADER(" lespakket")}
# De titel, 2 tot 120 tekens.
title: ${quote(title)}
# Waarover het pakket gaat, voor de leerkracht, 10 tot 300 tekens.
summary:
# De taal van de vaste woorden in de boekjes ("Naam", "Antwoord"): ${LANGUAGES.join(", ")} (standaard de taal van de site).
# language: nl
# Niveau: ${PACK_LEVELS.join(", ")}.
level:
# De leerjaren, een lijst van getallen: kleuter 1-3, lager 1-6, secundair 1-7, bv. [5, 6].
grades:
# Vakken, een lijst: ${Object.keys(SUBJECTS).join(", ")}.
subjects:
# Hoe lang het duurt in minuten, het bezoek inbegrepen (10 tot 1440).
duration:
# De route waarop het pakket steunt (bestandsnaam zonder .md uit content/routes), of anders
# de monumenten van de werkbladen hieronder: een lijst van bestandsnamen zonder .md, bv. [c-mine].
# route: naam-van-een-route
monuments:
# Verhalen die erbij horen: bestandsnamen zonder .md uit content/stories.
# stories: [naam-van-een-verhaal]
# Leerdoelen, een lijst van zinnen (5 tot 300 tekens elk), minstens één.
goals:
  -
# Wat de leerkracht vooraf doet, een lijst (5 tot 300 tekens elk).
# prepare:
#   - Breng een kaart van de wijk mee.
# Een werkblad per halte: een monument (bestandsnaam zonder .md) met minstens één vraag.
stops:
  - monument:
    # Wat leerlingen lezen (10 tot 900 tekens); weggelaten: de samenvatting van het monument.
    # text: Wat de leerlingen over deze plek lezen.
    # Vragen van vier soorten: open (met lines, 1 tot 12 regels), choice (met options en één answer
    # dat een van de options is), find (met options en als answer een lijst) of draw. De vraag 5 tot
    # 300 tekens; answer staat alleen in de sleutel voor de leerkracht, note ook.
    questions:
      - open:
        answer:
        # lines: 3
        # note: Een tip voor de leerkracht.
      # - choice: Hoe hoog is de toren?
      #   options: [30 meter, 53 meter, 80 meter]
      #   answer: 53 meter
      # - find: Zoek en kruis aan.
      #   options: [een klok, een haan, een kruis]
      #   answer: [een klok, een kruis]
      # - draw: Teken de toren.
      #   answer: Een vierkante toren zonder spits.
    # Voor de sleutel van de leerkracht (2 tot 600 tekens).
    # note: Hier kun je binnen schuilen bij regen.
# Woordenlijst: een woord (2 tot 60 tekens) en wat het betekent (5 tot 300 tekens).
# glossary:
#   - term: schachtbok
#     definition: De toren boven de mijnschacht met de wielen van de liften.
# Bronnen: een titel en een webadres.
# sources:
#   - title: Inventaris Onroerend Erfgoed
#     url: https://inventaris.onroerenderfgoed.be
# Elke stop op een nieuwe pagina van het werkboekje (om per stop uit te delen); anders volgen ze op elkaar.
# newPagePerStop: true
---
Schrijf hier de inleiding voor de leerkracht, in Markdown.
`;
}

export const TEMPLATES: Record<EntryType, (context: TemplateContext) => string> = { monument, route, story, series, pack };

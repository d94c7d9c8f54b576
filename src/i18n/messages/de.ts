import type { PackLevel } from "../../content/schemas/pack.ts";
import { formatDurationIn } from "../format.ts";
import type { Messages } from "./nl.ts";

// The site's interface in German, addressing the visitor with "Sie". Same shape as nl.ts;
// the Flemish names the visitor meets on site (Open Monumentendag, Inventaris Onroerend
// Erfgoed) are kept next to the German wording.

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const PACK_LEVELS: Record<PackLevel, string> = {
  kleuter: "Kindergarten",
  lager: "Grundschule",
  secundair: "Sekundarschule",
};

/** "1.", "2.", ... */
const ordinal = (n: number) => `${n}.`;

/** "Grundschule, 5. und 6. Schuljahr"; "Sekundarschule, 3. und 4. Jahr (2. Stufe)"; "Kindergarten, 2. und 3. Jahr". */
function formatLevel(level: PackLevel, grades: readonly number[]): string {
  const listed = grades.map(ordinal);
  const joined = listed.length > 1 ? `${listed.slice(0, -1).join(", ")} und ${listed.at(-1)}` : listed[0] ?? "";
  const noun = { kleuter: "Jahr", lager: "Schuljahr", secundair: "Jahr" }[level];
  let text = `${PACK_LEVELS[level]}, ${joined} ${noun}`;
  if (level === "secundair") {
    const stages = [...new Set(grades.map((grade) => Math.min(3, Math.ceil(grade / 2))))];
    if (stages.length === 1) text += ` (${ordinal(stages[0]!)} Stufe)`;
  }
  return text;
}

/** "2 Std. 30 Min. (3 Unterrichtsstunden)": a lesson period is 50 minutes. */
function formatPackDuration(minutes: number): string {
  const periods = Math.ceil(minutes / 50);
  return `${formatDurationIn("de", minutes)} (${plural(periods, "Unterrichtsstunde", "Unterrichtsstunden")})`;
}

export const de: Messages = {
  languageName: "Deutsch",
  /** The languages as German says "auf Englisch", in "noch nicht … verfügbar" or "… verfasst". */
  inLanguages: { nl: "auf Niederländisch", en: "auf Englisch", de: "auf Deutsch", fr: "auf Französisch" },
  skipLink: "Zum Inhalt springen",
  sections: {
    map: "Karte",
    monuments: "Denkmäler",
    monumentsByKind: "Denkmäler nach Art",
    routes: "Routen",
    stories: "Geschichten",
    municipalities: "Gemeinden",
    postcards: "Postkarten",
    packs: "Unterrichtsmaterial",
    search: "Suche",
  },
  nav: {
    /** The button that opens the menu on a phone. */
    menu: "Menü",
    main: "Hauptmenü",
    footer: "Fußzeile",
    breadcrumbs: "Brotkrümelnavigation",
    home: "Startseite",
    allMonuments: "Alle Denkmäler",
    languages: "Andere Sprachen",
    thisPageIn: (languageName: string) => `Diese Seite: ${languageName}`,
  },
  search: {
    label: "Diese Website durchsuchen",
    placeholder: "Denkmal, Route, Geschichte…",
    button: "Suchen",
    lead: "Suchen Sie Denkmäler, Routen, Geschichten, Gemeinden, Postkarten und Unterrichtsmaterial nach Namen oder nach einem Wort aus dem Text.",
    field: "Suchbegriff",
    filters: "Eingrenzen",
    type: "Seitentyp",
    allTypes: "Alle Seiten",
    municipality: "Gemeinde",
    allMunicipalities: "Alle Gemeinden",
    kind: "Art des Denkmals",
    allKinds: "Alle Arten",
    noScript:
      "Die Suche funktioniert mit JavaScript, das in Ihrem Browser ausgeschaltet ist. Über die Listen finden Sie aber auch alles:",
    devServer:
      "Auf dem Entwicklungsserver (npm start) wird der Suchindex nach jeder Änderung neu erstellt. Ist er noch nicht da, warten Sie einen Moment und laden Sie die Seite neu.",
    browse: "Oder stöbern Sie in den Listen",
    ui: {
      searching: "Suche läuft…",
      prompt: "Geben Sie ein Wort ein, oder wählen Sie unten, was Sie sehen möchten.",
      resultsOne: "1 Ergebnis",
      resultsMany: "{count} Ergebnisse",
      forQuery: "für „{query}“",
      none: "Nichts gefunden für „{query}“. Versuchen Sie ein anderes Wort, einen Teil eines Namens oder weniger Filter.",
      noneFiltered: "Mit diesen Filtern wurde nichts gefunden.",
      more: "Weitere Ergebnisse",
      failed: "Die Suche funktioniert gerade nicht. Versuchen Sie es später noch einmal, oder nutzen Sie die Listen unten.",
    },
    types: {
      monument: "Denkmal",
      route: "Route",
      story: "Geschichte",
      municipality: "Gemeinde",
      series: "Postkartenserie",
      pack: "Unterrichtspaket",
    },
  },
  notices: {
    untranslated: (inLanguage: string) => `Dieser Text ist noch nicht ${inLanguage} verfügbar.`,
    partlyUntranslated: (inLanguage: string) => `Dieser Teil ist noch nicht ${inLanguage} verfügbar.`,
    writtenIn: (inLanguage: string) => `Dieser Text ist ${inLanguage} verfasst.`,
  },
  pages: {
    home: { title: "", description: "" },
    map: {
      title: "Karte",
      description: "Alle Denkmäler auf der Karte, nach Gemeinde und Art auswählbar, mit den Denkmälern in Ihrer Nähe.",
    },
    monuments: { title: "Denkmäler", description: "Alle Denkmäler dieser Website, nach Gemeinden geordnet." },
    monumentsByKind: { title: "Denkmäler nach Art", description: "Alle Denkmäler dieser Website, nach Art des Erbes geordnet." },
    routes: { title: "Routen", description: "Wander-, Rad- und Autorouten zu den Denkmälern, mit Streckenlänge und geschätzter Dauer." },
    stories: { title: "Geschichten", description: "Zeitzeugenberichte, Geschichten und Ereignisse rund um die Denkmäler, die neuesten zuerst." },
    municipalities: { title: "Gemeinden", description: "Die Gemeinden der Region mit ihren Denkmälern, Routen und Geschichten." },
    postcards: {
      title: "Postkarten",
      description: "Postkartenserien zum Bergbauerbe, zum Ansehen und Herunterladen für die Druckerei oder zum Selbstdrucken.",
    },
    packs: {
      title: "Unterrichtsmaterial",
      description:
        "Unterrichtsmaterial zum Bergbauerbe für Kindergarten, Grund- und Sekundarschule, mit Arbeitsheften, Lösungsheften und Routen zum Herunterladen.",
    },
    search: { title: "Suche", description: "Suchen Sie Denkmäler, Routen, Geschichten, Gemeinden, Postkarten und Unterrichtsmaterial." },
    notFound: { title: "Seite nicht gefunden", description: "Diese Seite gibt es nicht (mehr)." },
  },
  home: {
    seeAllOnMap: (count: number) => `Alle ${count} Denkmäler auf der Karte ansehen`,
    featuredRoutes: "Empfohlene Routen",
    allRoutes: "Alle Routen",
    latestStories: "Neueste Geschichten",
    allStories: "Alle Geschichten",
    forSchools: "Für Schulen",
    forSchoolsIntro: "Unterrichtspakete mit Arbeitsheft, Lösungsheft und Route für den Unterricht vor Ort zum Bergbauerbe.",
    allPacks: "Alle Unterrichtspakete",
    byMunicipality: "Nach Gemeinde",
    allByMunicipality: "Alle Denkmäler nach Gemeinde",
    byKind: "Nach Art",
    allByKind: "Alle Denkmäler nach Art",
  },
  counts: {
    monuments: (count: number) => plural(count, "Denkmal", "Denkmäler"),
    cards: (count: number) => plural(count, "Karte", "Karten"),
  },
  listings: {
    monumentsLead: (count: number) => `${plural(count, "Denkmal", "Denkmäler")}, nach Gemeinden geordnet.`,
    // "Zur Übersicht nach Art oder zur Karte."
    byKindLink: "Zur Übersicht nach Art",
    onMapLink: "zur Karte",
    or: "oder",
    municipalitiesOnPage: "Gemeinden auf dieser Seite",
    kindsOnPage: "Arten auf dieser Seite",
    byKindLead: (count: number) => `${plural(count, "Denkmal", "Denkmäler")}, nach Art des Erbes geordnet.`,
    byMunicipalityLink: "Zur Übersicht nach Gemeinde",
    municipalitiesLead: (region: string) => `Die Gemeinden in ${region} mit ihren Denkmälern, Routen und Geschichten.`,
    storiesLead: "Zeitzeugenberichte, Geschichten und Ereignisse, die neuesten zuerst.",
    noStories: "Es gibt noch keine Geschichten.",
    routesLead:
      "Zu Fuß, mit dem Rad oder mit dem Auto zu den Denkmälern. Die Entfernungen sind in Luftlinie zwischen den Stationen gemessen, sofern eine Route keinen aufgezeichneten Track hat.",
    allRoutes: "Alle Routen",
    noRoutes: "Es gibt noch keine Routen.",
    routesMapNote:
      "Tippen Sie auf eine Route, um ihren Namen und einen Link zu sehen. Alle Routen stehen auch in der Liste unten: Zeigen Sie auf eine, wird sie auf der Karte hervorgehoben.",
    postcardsLead: (region: string) =>
      `Postkartenserien zum Bergbauerbe in ${region}, etwa für den Tag des offenen Denkmals (Open Monumentendag). Jede Karte hat einen QR-Code, der zur Seite des Denkmals führt.`,
    noSeries: "Es gibt noch keine Postkartenserien.",
    packsLead: (region: string) =>
      `Arbeitshefte, Lösungshefte und Routen für den Unterricht vor Ort zum Bergbauerbe in ${region}. Jedes Paket ist ein einziger Download.`,
    noPacks: "Es gibt noch keine Unterrichtspakete.",
    level: "Schulstufe",
    allLevels: "Alle Schulstufen",
    subject: "Fach",
    allSubjects: "Alle Fächer",
    noPacksForChoice: "Für diese Auswahl gibt es keine Unterrichtspakete.",
    showAllPacks: "Alle Unterrichtspakete anzeigen",
  },
  map: {
    lead: (region: string) =>
      `Die Denkmäler in ${region} auf der Karte. Wählen Sie eine Gemeinde oder eine Art, oder sehen Sie nach, was in Ihrer Nähe liegt. Dieselben Denkmäler finden Sie auch in der Liste.`,
    chooseMonuments: "Denkmäler auswählen",
    municipality: "Gemeinde",
    allMunicipalities: "Alle Gemeinden",
    kind: "Art",
    allKinds: "Alle Arten",
    openOnHeritageDay: "Geöffnet am Tag des offenen Denkmals",
    whereAmI: "Wo bin ich?",
    showAll: "Alle Denkmäler anzeigen",
    nearestLabel: "Die nächstgelegenen Denkmäler",
    skipMap: "Karte überspringen: zur Liste",
    legend: "Kartenlegende",
    approximateLegend: "Hohl, gepunktet umrandet: ungefährer Standort",
    clusterLegend: "Gruppe von Denkmälern: hineinzoomen oder antippen",
    listHeading: "Liste der Denkmäler",
    approximate: "ungefährer Standort",
    straightLinesLegend: "Gepunktete Linie: die Stationen in Luftlinie verbunden, nicht der Weg",
  },
  /** The drawings made at build time: route sketches on cards, the home page's map of the monuments. */
  sketches: {
    routeLabel: (title: string) => `Skizze der Route ${title}`,
    mapHeading: "Die Denkmäler auf der Karte",
  },
  /** What only a printed route page shows: the QR code to the page, with its address. */
  printRoute: {
    online: "Diese Route online",
    qrLabel: "QR-Code: diese Route online",
  },
  cards: {
    approximate: "Ungefährer Standort",
    asTheCrowFlies: "in Luftlinie",
    about: "etwa",
  },
  monument: {
    kindIn: "in",
    approximateTitle: "Ungefährer Standort.",
    approximateText:
      "Die Koordinaten dieses Denkmals sind geschätzt, nicht vermessen. Es kann ein gutes Stück von der Stelle entfernt liegen, die Ihr Navi anzeigt: Folgen Sie vor Ort der Beschilderung.",
    address: "Adresse",
    built: "Erbaut",
    opened: "Eröffnet",
    closed: "Geschlossen",
    protection: "Schutzstatus",
    since: "seit",
    inventoryObject: (id: number) => `Inventaris Onroerend Erfgoed: Erbeobjekt ${id}`,
    inventoryDesignation: (id: number) => `Inventaris Onroerend Erfgoed: Schutzbeschluss ${id}`,
    didYouKnow: "Wussten Sie schon?",
    moreImages: "Weitere Bilder",
    visiting: "Besuch",
    openingHours: "Öffnungszeiten",
    website: "Website",
    wheelchair: "Mit dem Rollstuhl",
    pram: "Mit dem Kinderwagen",
    heritageDay: (year: number) => `Tag des offenen Denkmals ${year} (Open Monumentendag)`,
    booking: "Für den Tag des offenen Denkmals reservieren",
    stories: "Geschichten",
    routesHere: "Routen an diesem Denkmal vorbei",
    location: "Lage",
    moreOnMap: (municipality: string) => `Weitere Denkmäler in ${municipality} auf der Karte`,
    coordinates: "Koordinaten",
    /** Directions to the monument in the phone's own map app (a geo: link) or on the web. */
    directions: "Route hierher",
    directionsApp: "in Ihrer Karten-App",
    directionsWeb: "auf OpenStreetMap",
    directionsApproximate: "Der Ort ist ungefähr angegeben: Achten Sie vor Ort auf die Beschilderung.",
  },
  route: {
    straightLinesLegend:
      "Gepunktete Linie: die Stationen in Luftlinie verbunden. Das ist nicht der Weg: Folgen Sie vor Ort den Straßen und Wegen.",
    pathLegend: "Der Verlauf der Route",
    stopsLegend: "Nummerierte Stationen, wie in der Liste unten",
    distance: "Strecke",
    duration: "Dauer",
    aboutDuration: (duration: string, adverb: string) => `etwa ${duration} ${adverb}, ohne Aufenthalte`,
    elevation: "Höhenmeter",
    elevationSpoken: (gain: number, loss: number) => `${gain} Meter Aufstieg und ${loss} Meter Abstieg`,
    start: "Start",
    finish: "Ziel",
    municipalities: "Gemeinden",
    straightLinesNote:
      "Die Entfernungen sind in Luftlinie zwischen den Stationen gemessen. Auf der Straße ist die Route länger und dauert auch länger.",
    download: "Route herunterladen:",
    gpxFor: "(für GPS-Gerät, Fahrradcomputer oder App)",
    geojsonFor: "(für Kartenprogramme)",
    noTrack: "Ohne Track: Die Stationen sind in Luftlinie verbunden.",
    stops: "Stationen",
    toNextStop: "Zur nächsten Station:",
    accessibility: "Barrierefreiheit",
  },
  /** "Waar ben ik op de route?" on a route page (src/client/route-progress.ts says the rest). */
  routeProgress: {
    start: "Wo bin ich auf der Route?",
    stop: "Stopp",
    hint: "Zeigt Ihre Position auf der Karte und die nächste Station, während Sie unterwegs sind. Ihr Standort bleibt auf Ihrem Gerät.",
  },
  story: {
    toldBy: "Erzählt von",
    recordedBy: "Aufgezeichnet von",
    writtenBy: "Geschrieben von",
    listen: "Anhören",
    downloadAudio: "Tonaufnahme herunterladen",
    transcript: "Das Gesagte nachlesen (Transkript)",
    moreImages: "Weitere Bilder",
    monuments: "Denkmäler in dieser Geschichte",
  },
  municipality: {
    seeOnMap: (name: string) => `Die Denkmäler in ${name} auf der Karte ansehen`,
    monuments: (name: string) => `Denkmäler in ${name}`,
    noMonuments: (name: string) => `Zu ${name} gibt es auf dieser Website noch keine Denkmäler.`,
    routes: (name: string) => `Routen durch ${name}`,
    stories: (name: string) => `Geschichten aus ${name}`,
  },
  series: {
    meta: (year: number) => `Postkartenserie ${year}`,
    download: "Herunterladen",
    forPrinter: "Für die Druckerei (PDF)",
    forPrinterText: (card: string, bleedMm: number, cmyk: boolean) =>
      `alle Karten, Vorder- und Rückseite nacheinander, ${card} mit ${bleedMm} mm Beschnitt (TrimBox und BleedBox gesetzt)${cmyk ? ", in CMYK, als PDF/X-4" : ""}.`,
    printYourself: "Zum Selbstdrucken (PDF)",
    printYourselfText: (sheets: number, size: string, perSheet: number, longEdge: boolean) =>
      `${plural(sheets, "Blatt", "Blätter")} ${size} mit ${plural(perSheet, "Karte", "Karten")} pro Blatt und Schnittmarken, beidseitig zu drucken, Wenden an der ${longEdge ? "langen" : "kurzen"} Kante. Beim Drucken nicht skalieren (tatsächliche Größe).`,
    cards: "Die Karten",
    frontAlt: (alt: string, title: string) => `Vorderseite: ${alt}, mit dem Namen ${title}`,
    backAlt: "Rückseite mit Wissenswertem, einem QR-Code zur Seite des Denkmals und Platz für Anschrift und Briefmarke",
    thisCard: "Diese Karte (PDF)",
    plaques: "QR-Schilder (PDF)",
    plaquesText: (count: number, size: string, bleedMm: number, cmyk: boolean) =>
      `${count} ${count === 1 ? "Schild" : "Schilder"} in ${size} zum Aufhängen an den Denkmälern, mit einem QR-Code zu ihrer Seite, der sich aus einem Meter Entfernung scannen lässt, ${bleedMm} mm Beschnitt${cmyk ? ", in CMYK, als PDF/X-4" : ""}.`,
  },
  pack: {
    meta: "Unterrichtspaket",
    download: "Herunterladen",
    zip: "Alles in einem Download (ZIP)",
    zipContents: (withRoute: boolean) =>
      `Für die Schülerinnen und Schüler: das Arbeitsheft, das Arbeitsheft in Großdruck${withRoute ? ", die Route als GPX" : ""}, die Bilder im Format für den Unterricht und ihre Lizenzen. Ohne Lösungsheft.`,
    booklet: "Arbeitsheft für die Schülerinnen und Schüler (PDF, A4)",
    largePrint: "Arbeitsheft in Großdruck (PDF, A4)",
    largePrintText: "dieselben Fragen in größerer Schrift und mit mehr Platz, für alle, die das brauchen.",
    key: "Lösungsheft für die Lehrkraft (PDF, A4)",
    keyText: "die Antworten und Tipps zu jeder Frage.",
    /** The key is a PDF that opens with a password (AES-256); the page says how a teacher gets it. */
    keyProtected: "Mit einem Passwort, damit Schülerinnen und Schüler es nicht öffnen.",
    /** No password was set for the build: the key is not on the site. */
    keyWithheld: "Das Lösungsheft steht nicht online, damit Schülerinnen und Schüler es nicht finden.",
    /** Where a teacher asks for the password or the key: site.yaml's packs.keyRequest, or this. */
    keyRequest: (organisation: string) => `Lehrkräfte erhalten es bei ${organisation}.`,
    routeGpx: "Die Route als GPX",
    routeGpxFor: "(für GPS-Gerät oder App)",
    forTeacher: "Für die Lehrkraft",
    for: "Für",
    subjects: "Fächer",
    duration: "Dauer",
    durationText: (duration: string) => `${duration}, einschließlich Besuch`,
    route: "Route",
    goals: "Was die Schülerinnen und Schüler lernen",
    prepare: "Was Sie vorbereiten",
    mapLegend: "Nummerierte Stationen, wie im Arbeitsheft",
    worksheets: "Die Arbeitsblätter",
    intro: "Einführung für die Schülerinnen und Schüler",
    toRead: "Zum Lesen",
    toReadText: "Diese Geschichten stehen auch im Arbeitsheft.",
    glossary: "Glossar",
    sources: "Quellen",
  },
  /** On the back of a postcard, before the picture's credit. */
  postcard: { image: "Bild", stamp: "Briefmarke" },
  /** On a QR info plaque, under the code. */
  plaque: { scan: "Code scannen: die Geschichte dieses Ortes" },
  /** A route's folded flyer (src/outputs/flyers/), and where the route page offers it. */
  flyer: {
    /** The PDF's title (document properties). */
    title: (route: string) => `${route}: Faltblatt`,
    practical: "Praktisches",
    onlineHeading: "Diese Route auf Ihrem Handy",
    onlineText: "Code scannen: die Karte mit Ihrem Standort und mehr zu jeder Station.",
    gpxHeading: "Die Route als GPX",
    gpxText: "Scannen für ein GPS-Gerät, einen Fahrradcomputer oder eine App.",
    publisher: (organisation: string) => `Herausgegeben von ${organisation}.`,
    /** When the list of stops is longer than the flyer: its last line. */
    moreStops: (count: number) => `Und ${count} weitere ${count === 1 ? "Station" : "Stationen"}: siehe die Route online (QR-Code auf der Rückseite).`,
    heading: "Faltblatt zum Ausdrucken",
    link: "Faltblatt (PDF, A4, dreifach gefaltet)",
    text: (pdfX: boolean) =>
      `Ein A4-Blatt zum beidseitigen Drucken (an der kurzen Kante wenden) und dreifach Falten, mit der Karte, den Stationen, praktischen Hinweisen und QR-Codes. Mit 3 mm Beschnitt${pdfX ? ", in CMYK als PDF/X-4 für die Druckerei" : ""}; selbst drucken Sie es in Originalgröße (100 %).`,
    outside: "Außenseite: die Innenklappe, die Rückseite und die Vorderseite",
    inside: "Innenseite: die Karte und die Stationen",
  },
  /**
   * The labels a teaching pack's PDFs and its LICENTIES.txt add to the pack's own content,
   * in the pack's language (src/outputs/packs/). The pupils' booklet says "du" (they are
   * children); the teacher's key and LICENTIES.txt say "Sie".
   */
  booklet: {
    /** The PDFs' titles (document properties, window title). */
    bookletTitle: (title: string) => `${title}: Arbeitsheft`,
    largePrintTitle: (title: string) => `${title}: Arbeitsheft in Großdruck`,
    keyTitle: (title: string) => `${title}: Lösungsheft`,
    /** Above the title on the cover. */
    coverBooklet: "Arbeitsheft",
    coverLargePrint: "Arbeitsheft in Großdruck",
    coverKey: "Lösungsheft für die Lehrkraft",
    /** The lines pupils fill in on the cover. */
    name: "Name",
    class: "Klasse",
    date: "Datum",
    /** A label before what follows it: "Name:", "Antwort:". */
    field: (label: string) => `${label}:`,
    intro: "Einführung",
    routeHeading: (title: string) => `Die Route: ${title}`,
    places: "Die Orte",
    toRead: "Zum Lesen",
    /** Page numbers at the foot of every page but the first. */
    footer: (title: string, page: number, pages: number) => `${title} · ${page}/${pages}`,
    keyFooter: (title: string, page: number, pages: number) => `${title} · Lösungsheft · ${page}/${pages}`,
    /** Above a worksheet's monument, with the stop's number on the map. */
    stop: (number: number) => `Station ${number}`,
    /** At the top of a page when a worksheet's questions go on. */
    continued: (number: number, title: string) => `Station ${number}: ${title} (Fortsetzung)`,
    /** A question as a screen reader reads it. */
    question: (number: number, question: string) => `Frage ${number}: ${question}`,
    choiceHint: "Kreuze eine Antwort an.",
    findHint: "Kreuze an, was du findest.",
    /** A ticked option in the key, as a screen reader reads it. */
    correct: (option: string) => `${option} (richtig)`,
    answer: "Antwort",
    drawingAnswer: "Was eine gute Zeichnung zeigt",
    tip: (text: string) => `Tipp: ${text}`,
    /** The facts at the top of the key. */
    for: "Für",
    subjects: "Fächer",
    duration: "Dauer",
    route: "Route",
    routeFacts: (title: string, distance: string, straightLines: boolean, duration: string) =>
      `${title}: ${distance}${straightLines ? " Luftlinie" : ""}, etwa ${duration} unterwegs`,
    goals: "Lernziele",
    prepare: "Vorbereitung",
    /** Below a picture. */
    credit: (credit: string) => `Bild: ${credit}`,
    /** The printed map: the letter on its north arrow, its alt text, its legend and notes. */
    north: "N",
    mapAlt: (route: string | undefined, stops: number, scale: string) =>
      `Karte ${route !== undefined ? `der Route „${route}“` : "der Orte"} mit ${stops === 1 ? "einer nummerierten Station" : `${stops} nummerierten Stationen`}, Norden oben, und einer Maßstabsleiste von ${scale}.`,
    approximatePlace: "ungefährer Standort",
    mapNote: "Die Karte ist aus der Route selbst gezeichnet, ohne Hintergrundkarte. Norden ist oben.",
    /** Below the map when it has a background map (site.yaml packs.basemap), with that map's attribution. */
    mapNoteBasemap: (attribution: string) => `Route und Stationen sind aus der Route selbst gezeichnet, auf einer Hintergrundkarte: ${attribution}. Norden ist oben.`,
    /** In the credits and LICENTIES.txt: where the background map comes from. */
    basemapCredit: (attribution: string) => `Hintergrundkarte: ${attribution}`,
    straightLinesNote: "Die gestrichelte Linie verbindet die Stationen in Luftlinie; der echte Weg kann anders verlaufen.",
    approximateNote: "Ein offener Kreis steht an einem ungefähren Standort.",
    glossary: "Wörterliste",
    /** The last page. */
    credits: "Quellen und Bilder",
    images: "Bilder",
    sources: "Quellen",
    about: "Über dieses Paket",
    mapFrom: (route: string, url: string) => `Die Karte ist aus der Route „${route}“ gezeichnet: ${url}`,
    online: (url: string) => `Dieses Paket online: ${url}`,
    publisher: (organisation: string) => `Herausgegeben von ${organisation}. Schrift: Atkinson Hyperlegible (Braille Institute, SIL Open Font License).`,
    /** What a worksheet's picture shows, in the credits and LICENTIES.txt; its file in the ZIP is named after it. */
    pictureCaption: (number: number, title: string) => `Station ${number}, ${title}`,
    /** LICENTIES.txt in the ZIP (the file keeps that name in every language). */
    licenceFile: {
      packBy: (organisation: string, url: string) => `Unterrichtspaket von ${organisation}: ${url}`,
      images: "BILDER",
      shows: (text: string) => `Zeigt: ${text}`,
      maker: (text: string) => `Urheber: ${text}`,
      licence: (text: string) => `Lizenz: ${text}`,
      source: (text: string) => `Quelle: ${text}`,
      allRightsReserved: "Alle Rechte vorbehalten: Sie dürfen das Bild im Unterricht zeigen, aber bitte nicht weitergeben.",
      sources: "QUELLEN",
      map: "KARTE UND ROUTE",
      mapFromRoute: (route: string, url: string) => `Die Karte in den Arbeitsheften und die GPX-Datei stammen aus der Route „${route}“: ${url}`,
      mapOfPlaces: "Die Karte in den Arbeitsheften zeigt die Orte des Pakets, ohne Hintergrundkarte.",
      font: "SCHRIFT",
      fontText: "Atkinson Hyperlegible, vom Braille Institute, unter der SIL Open Font License 1.1.",
    },
  },
  credits: {
    title: "Bilder auf dieser Seite",
    label: "Bildnachweis",
    images: (count: number) => plural(count, "Bild", "Bilder"),
  },
  offline: {
    title: "Offline nutzen",
    intro: "Speichern Sie diese Route auf Ihrem Gerät: die Routenseite, die Seiten der Stationen und ihrer Geschichten, mit Bildern und der Routenkarte. So haben Sie sie auch ohne Netz dabei.",
    store: "Offline speichern",
    remove: "Entfernen",
    unsupported: "Offline speichern braucht einen Browser, der das unterstützt, mit eingeschaltetem JavaScript.",
    storing: "Wird gespeichert…",
    progress: "Wird gespeichert: {done} von {total} Dateien…",
    stored: "Gespeichert: {size}, {pages}",
    pagesOne: "1 Seite",
    pagesMany: "{count} Seiten",
    outdated: "Es gibt eine neuere Fassung; sie wird gespeichert, sobald Sie online sind.",
    failed: "Speichern fehlgeschlagen. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
    removed: "Von diesem Gerät entfernt.",
    fallback: {
      title: "Nicht offline gespeichert",
      lead: "Diese Seite ist nicht auf diesem Gerät gespeichert, und es gibt kein Netz.",
      storedRoutes: "Offline gespeicherte Routen",
      noStoredRoutes: "Noch keine Routen offline gespeichert.",
    },
  },
  notFound: {
    lead: "Diese Seite gibt es nicht oder nicht mehr. Vielleicht wurde die Adresse falsch eingegeben, oder die Seite ist umgezogen.",
    tryThese: "Versuchen Sie es über eine dieser Seiten:",
    home: "Zur Startseite",
    map: "Die Karte mit allen Denkmälern",
    monuments: "Alle Denkmäler",
    alsoByKind: "auch",
    byKind: "nach Art",
  },
  packs: {
    level: formatLevel,
    duration: formatPackDuration,
    subjects: {
      wereldorientatie: "Sachunterricht",
      geschiedenis: "Geschichte",
      aardrijkskunde: "Erdkunde",
      nederlands: "Niederländisch",
      "muzische-vorming": "Musische Bildung",
      techniek: "Technik",
      wetenschappen: "Naturwissenschaften",
      burgerschap: "Bürgerkunde",
      levensbeschouwing: "Religion und Ethik",
      wiskunde: "Mathematik",
    },
  },
  pagination: {
    label: "Seiten dieser Liste",
    previous: "Zurück",
    next: "Weiter",
    page: (number: number) => `Seite ${number}`,
    pageOf: (number: number, count: number) => `Seite ${number} von ${count}`,
    allMonumentsIn: (name: string, count: number) => `Alle ${count} Denkmale in ${name}`,
    allRoutesThrough: (name: string, count: number) => `Alle ${count} Routen durch ${name}`,
    allStoriesFrom: (name: string, count: number) => `Alle ${count} Geschichten aus ${name}`,
  },
  kinds: {
    "mine-site": { singular: "Zechengelände", plural: "Zechengelände" },
    headframe: { singular: "Fördergerüst", plural: "Fördergerüste" },
    church: { singular: "Kirche", plural: "Kirchen" },
    "garden-city": { singular: "Gartenstadt oder Cité", plural: "Gartenstädte und Cités" },
    casino: { singular: "Casino", plural: "Casinos" },
    "slag-heap": { singular: "Halde", plural: "Halden" },
    memorial: { singular: "Denkmal", plural: "Denkmäler" },
    museum: { singular: "Museum", plural: "Museen" },
    military: { singular: "Militärisches Erbe", plural: "Militärisches Erbe" },
    other: { singular: "Anderes Erbe", plural: "Anderes Erbe" },
  },
  storyKinds: {
    testimony: { singular: "Zeitzeugenbericht", plural: "Zeitzeugenberichte" },
    story: { singular: "Geschichte", plural: "Geschichten" },
    event: { singular: "Ereignis", plural: "Ereignisse" },
  },
  routeModes: {
    walk: { label: "Wanderroute", adverb: "zu Fuß" },
    bike: { label: "Radroute", adverb: "mit dem Rad" },
    car: { label: "Autoroute", adverb: "mit dem Auto" },
  },
  protection: {
    "protected-monument": "Geschütztes Denkmal",
    "protected-townscape": "Geschütztes Stadt- oder Dorfbild",
    "protected-landscape": "Geschützte kulturhistorische Landschaft",
    listed: "Festgestelltes bauliches Erbe",
    inventoried: "Im Denkmalinventar verzeichnet",
    none: "Nicht geschützt",
  },
  /** Read after "Mit dem Rollstuhl:" or "Mit dem Kinderwagen:". */
  access: {
    yes: "zugänglich",
    partly: "teilweise zugänglich",
    no: "nicht zugänglich",
    unknown: "nicht bekannt",
  },
  precision: {
    exact: "genauer Standort",
    approximate: "ungefährer Standort",
  },
  licences: {
    "CC0-1.0": { label: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.de" },
    "CC-BY-4.0": { label: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.de" },
    "CC-BY-SA-4.0": { label: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/deed.de" },
    "public-domain": { label: "Gemeinfrei" },
    "all-rights-reserved": { label: "Alle Rechte vorbehalten" },
  },
  packLevels: PACK_LEVELS,
  questionKinds: {
    open: "offene Frage",
    choice: "Multiple-Choice-Frage",
    find: "Beobachtungs- und Suchaufgabe",
    draw: "Zeichenaufgabe",
  },
};

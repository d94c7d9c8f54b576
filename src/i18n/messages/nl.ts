import { ACCESS_LEVELS_NL, LICENCES_NL, MONUMENT_KINDS_NL, PRECISIONS_NL, PROTECTION_STATUSES_NL, ROUTE_MODES_NL, STORY_KINDS_NL } from "../nl.ts";
import { formatLevel, formatPackDuration, PACK_LEVELS_NL, QUESTION_KINDS_NL } from "../packs.ts";
import { SUBJECTS } from "../../content/schemas/pack.ts";

// The site's interface in Dutch: every label, heading, button and sentence of the
// pages that is not content. The other languages (en.ts, de.ts, fr.ts) have the same
// shape, checked by TypeScript: a text missing in one of them does not compile.
// Texts with a number or a name are functions.

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const nl = {
  languageName: "Nederlands",
  /** The languages as this language says "in German", after "niet beschikbaar" or "geschreven". */
  inLanguages: { nl: "in het Nederlands", en: "in het Engels", de: "in het Duits", fr: "in het Frans" },
  skipLink: "Naar de inhoud",
  sections: {
    map: "Kaart",
    monuments: "Monumenten",
    monumentsByKind: "Monumenten per soort",
    routes: "Routes",
    stories: "Verhalen",
    municipalities: "Gemeenten",
    postcards: "Postkaarten",
    packs: "Lespakketten",
    search: "Zoeken",
  },
  nav: {
    /** The button that opens the menu on a phone. */
    menu: "Menu",
    main: "Hoofdmenu",
    footer: "Voettekst",
    breadcrumbs: "Kruimelpad",
    home: "Home",
    allMonuments: "Alle monumenten",
    languages: "Andere talen",
    /** The switcher's link to this page in another language, for screen readers: "Deze pagina in het Duits". */
    thisPageIn: (languageName: string) => `Deze pagina: ${languageName}`,
  },
  search: {
    label: "Zoeken op deze site",
    placeholder: "Monument, route, verhaal…",
    button: "Zoeken",
    lead: "Zoek monumenten, routes, verhalen, gemeenten, postkaarten en lespakketten op naam of op een woord uit hun tekst.",
    field: "Zoekterm",
    filters: "Verfijnen",
    type: "Soort pagina",
    allTypes: "Alle pagina's",
    municipality: "Gemeente",
    allMunicipalities: "Alle gemeenten",
    kind: "Soort monument",
    allKinds: "Alle soorten",
    noScript:
      "Zoeken werkt met JavaScript, en dat staat uit in je browser. Je vindt alles ook via de lijsten:",
    devServer:
      "Op de ontwikkelserver (npm start) wordt de zoekindex na elke wijziging opnieuw gemaakt. Is hij er nog niet, wacht dan even en laad de pagina opnieuw.",
    browse: "Of kijk in de lijsten",
    /** What the search page's script says (src/client/search.ts); {count} and {query} are filled in. */
    ui: {
      searching: "Bezig met zoeken…",
      prompt: "Typ een woord om te zoeken, of kies hieronder wat je wilt zien.",
      resultsOne: "1 resultaat",
      resultsMany: "{count} resultaten",
      forQuery: "voor “{query}”",
      none: "Niets gevonden voor “{query}”. Probeer een ander woord, een deel van een naam, of minder filters.",
      noneFiltered: "Niets gevonden met deze filters.",
      more: "Meer resultaten",
      failed: "Zoeken lukt nu niet. Probeer het later opnieuw, of kijk in de lijsten hieronder.",
    },
    /** Filter values of the "type" filter. */
    types: {
      monument: "Monument",
      route: "Route",
      story: "Verhaal",
      municipality: "Gemeente",
      series: "Postkaartenreeks",
      pack: "Lespakket",
    },
  },
  notices: {
    /** Shown above a text that is only in the site's own language. */
    untranslated: (inLanguage: string) => `Deze tekst is nog niet beschikbaar ${inLanguage}.`,
    partlyUntranslated: (inLanguage: string) => `Dit deel is nog niet beschikbaar ${inLanguage}.`,
    /** A postcard series or pack written in another language than the page. */
    writtenIn: (inLanguage: string) => `Deze tekst is geschreven ${inLanguage}.`,
  },
  pages: {
    home: { title: "", description: "" },
    map: {
      title: "Kaart",
      description: "Alle monumenten op de kaart, te kiezen per gemeente en per soort, met de monumenten die het dichtst bij je liggen.",
    },
    monuments: { title: "Monumenten", description: "Alle monumenten op deze site, per gemeente." },
    monumentsByKind: { title: "Monumenten per soort", description: "Alle monumenten op deze site, per soort erfgoed." },
    routes: { title: "Routes", description: "Wandel-, fiets- en autoroutes langs de monumenten, met afstand en geschatte duur." },
    stories: { title: "Verhalen", description: "Getuigenissen, verhalen en gebeurtenissen bij de monumenten, de nieuwste eerst." },
    municipalities: { title: "Gemeenten", description: "De gemeenten van de regio, met hun monumenten, routes en verhalen." },
    postcards: {
      title: "Postkaarten",
      description: "Postkaartenreeksen over het mijnerfgoed, om te bekijken en te downloaden voor de drukker of om zelf te printen.",
    },
    packs: {
      title: "Lespakketten",
      description:
        "Lespakketten over het mijnerfgoed voor kleuter-, lager en secundair onderwijs, met werkboekjes, antwoordsleutels en routes om te downloaden.",
    },
    search: { title: "Zoeken", description: "Zoek monumenten, routes, verhalen, gemeenten, postkaarten en lespakketten." },
    notFound: { title: "Pagina niet gevonden", description: "Deze pagina bestaat niet (meer)." },
  },
  home: {
    seeAllOnMap: (count: number) => `Bekijk alle ${count} monumenten op de kaart`,
    featuredRoutes: "Uitgelichte routes",
    allRoutes: "Alle routes",
    latestStories: "Nieuwste verhalen",
    allStories: "Alle verhalen",
    forSchools: "Voor scholen",
    forSchoolsIntro: "Lespakketten met een werkboekje, een antwoordsleutel en een route, om ter plaatse les te geven over het mijnerfgoed.",
    allPacks: "Alle lespakketten",
    byMunicipality: "Per gemeente",
    allByMunicipality: "Alle monumenten per gemeente",
    byKind: "Per soort",
    allByKind: "Alle monumenten per soort",
  },
  counts: {
    monuments: (count: number) => plural(count, "monument", "monumenten"),
    cards: (count: number) => plural(count, "kaart", "kaarten"),
  },
  listings: {
    monumentsLead: (count: number) => `${plural(count, "monument", "monumenten")}, per gemeente.`,
    byKindLink: "Bekijk ze per soort",
    onMapLink: "op de kaart",
    or: "of",
    municipalitiesOnPage: "Gemeenten op deze pagina",
    kindsOnPage: "Soorten op deze pagina",
    byKindLead: (count: number) => `${plural(count, "monument", "monumenten")}, per soort erfgoed.`,
    byMunicipalityLink: "Bekijk ze per gemeente",
    municipalitiesLead: (region: string) => `De gemeenten van ${region}, met hun monumenten, routes en verhalen.`,
    storiesLead: "Getuigenissen, verhalen en gebeurtenissen, de nieuwste eerst.",
    noStories: "Er zijn nog geen verhalen.",
    routesLead: "Wandelen, fietsen of rijden langs de monumenten. Afstanden zijn in vogelvlucht tussen de stops gemeten, tenzij een route een spoor heeft.",
    allRoutes: "Alle routes",
    noRoutes: "Er zijn nog geen routes.",
    routesMapNote: "Tik op een route voor haar naam en een link. Alle routes staan ook in de lijst hieronder; wijs er een aan en ze licht op op de kaart.",
    postcardsLead: (region: string) =>
      `Reeksen postkaarten over het mijnerfgoed van ${region}, bijvoorbeeld voor Open Monumentendag. Elke kaart heeft een QR-code naar de pagina van het monument.`,
    noSeries: "Er zijn nog geen postkaartenreeksen.",
    packsLead: (region: string) => `Werkboekjes, antwoordsleutels en routes voor een les ter plaatse over het mijnerfgoed van ${region}. Elk pakket is één download.`,
    noPacks: "Er zijn nog geen lespakketten.",
    level: "Niveau",
    allLevels: "Alle niveaus",
    subject: "Vak",
    allSubjects: "Alle vakken",
    noPacksForChoice: "Geen lespakketten voor deze keuze.",
    showAllPacks: "Toon alle lespakketten",
  },
  map: {
    lead: (region: string) =>
      `De monumenten van ${region} op de kaart. Kies een gemeente of soort, of kijk wat er dichtbij ligt. Dezelfde monumenten staan ook in de lijst.`,
    chooseMonuments: "Monumenten kiezen",
    municipality: "Gemeente",
    allMunicipalities: "Alle gemeenten",
    kind: "Soort",
    allKinds: "Alle soorten",
    openOnHeritageDay: "Open op Open Monumentendag",
    whereAmI: "Waar ben ik?",
    showAll: "Alle monumenten tonen",
    nearestLabel: "Monumenten het dichtst bij je",
    skipMap: "Sla de kaart over: naar de lijst",
    legend: "Legende van de kaart",
    approximateLegend: "Hol, met stippellijn: locatie bij benadering",
    clusterLegend: "Groep van monumenten: zoom in of tik erop",
    listHeading: "Lijst van de monumenten",
    approximate: "locatie bij benadering",
    straightLinesLegend: "Stippellijn: de stops in vogelvlucht verbonden, niet het pad",
  },
  /** The drawings made at build time: route sketches on cards, the home page's map of the monuments. */
  sketches: {
    routeLabel: (title: string) => `Schets van de route ${title}`,
    mapHeading: "De monumenten op de kaart",
  },
  /** What only a printed route page shows: the QR code to the page, with its address. */
  printRoute: {
    online: "Deze route online",
    qrLabel: "QR-code: deze route online",
  },
  cards: {
    approximate: "Locatie bij benadering",
    asTheCrowFlies: "in vogelvlucht",
    about: "ongeveer",
  },
  monument: {
    kindIn: "in",
    approximateTitle: "Locatie bij benadering.",
    approximateText:
      "De coördinaten van dit monument zijn geschat, niet opgemeten. Het kan een eind verder liggen dan je navigatie aangeeft: volg ter plaatse de bewegwijzering.",
    address: "Adres",
    built: "Gebouwd",
    opened: "Geopend",
    closed: "Gesloten",
    protection: "Bescherming",
    since: "sinds",
    inventoryObject: (id: number) => `Inventaris Onroerend Erfgoed: erfgoedobject ${id}`,
    inventoryDesignation: (id: number) => `Inventaris Onroerend Erfgoed: aanduidingsobject ${id}`,
    didYouKnow: "Wist je dat?",
    moreImages: "Meer beelden",
    visiting: "Bezoeken",
    openingHours: "Openingsuren",
    website: "Website",
    wheelchair: "Met een rolstoel",
    pram: "Met een kinderwagen",
    heritageDay: (year: number) => `Open Monumentendag ${year}`,
    booking: "Reserveren voor Open Monumentendag",
    stories: "Verhalen",
    routesHere: "Routes langs dit monument",
    location: "Ligging",
    moreOnMap: (municipality: string) => `Meer monumenten in ${municipality} op de kaart`,
    coordinates: "Coördinaten",
    /** Directions to the monument in the phone's own map app (a geo: link) or on the web. */
    directions: "Route hierheen",
    directionsApp: "in je kaart-app",
    directionsWeb: "in OpenStreetMap",
    directionsApproximate: "De plek is bij benadering: kijk ter plaatse naar de bewegwijzering.",
  },
  route: {
    straightLinesLegend: "Stippellijn: de stops in vogelvlucht verbonden. Dit is niet het pad: volg ter plaatse de wegen.",
    pathLegend: "Het pad van de route",
    stopsLegend: "Genummerde stops, zoals in de lijst hieronder",
    distance: "Afstand",
    duration: "Duur",
    aboutDuration: (duration: string, adverb: string) => `ongeveer ${duration} ${adverb}, zonder stops`,
    elevation: "Hoogteverschil",
    elevationSpoken: (gain: number, loss: number) => `${gain} meter klimmen en ${loss} meter dalen`,
    start: "Start",
    finish: "Einde",
    municipalities: "Gemeenten",
    straightLinesNote: "De afstanden zijn gemeten in vogelvlucht tussen de stops. Over de weg is de route langer, en duurt ze ook langer.",
    download: "Download de route:",
    gpxFor: "(voor een gps-toestel, fietscomputer of app)",
    geojsonFor: "(voor kaartprogramma's)",
    noTrack: "Zonder spoor: de stops zijn in vogelvlucht verbonden.",
    stops: "Stops",
    toNextStop: "Naar de volgende stop:",
    accessibility: "Toegankelijkheid",
  },
  /** "Waar ben ik op de route?" on a route page (src/client/route-progress.ts says the rest). */
  routeProgress: {
    start: "Waar ben ik op de route?",
    stop: "Stop",
    hint: "Toont je positie op de kaart en de volgende stop, terwijl je wandelt. Je locatie blijft op je toestel.",
  },
  story: {
    toldBy: "Verteld door",
    recordedBy: "Opgetekend door",
    writtenBy: "Geschreven door",
    listen: "Luisteren",
    downloadAudio: "Download het geluidsfragment",
    transcript: "Lees wat er gezegd wordt (uitgeschreven tekst)",
    moreImages: "Meer beelden",
    monuments: "Monumenten in dit verhaal",
  },
  municipality: {
    seeOnMap: (name: string) => `Bekijk de monumenten van ${name} op de kaart`,
    monuments: (name: string) => `Monumenten in ${name}`,
    noMonuments: (name: string) => `Er staan nog geen monumenten in ${name} op deze site.`,
    routes: (name: string) => `Routes door ${name}`,
    stories: (name: string) => `Verhalen uit ${name}`,
  },
  series: {
    meta: (year: number) => `Postkaartenreeks ${year}`,
    download: "Downloaden",
    forPrinter: "Voor de drukkerij (pdf)",
    forPrinterText: (card: string, bleedMm: number, cmyk: boolean) =>
      `alle kaarten, voor- en achterkant na elkaar, ${card} met ${bleedMm} mm afloop (TrimBox en BleedBox ingesteld)${cmyk ? ", in CMYK, als PDF/X-4" : ""}.`,
    printYourself: "Om zelf te printen (pdf)",
    printYourselfText: (sheets: number, size: string, perSheet: number, longEdge: boolean) =>
      `${plural(sheets, "vel", "vellen")} ${size} met ${plural(perSheet, "kaart", "kaarten")} per vel en snijtekens, dubbelzijdig te printen, omslaan langs de ${longEdge ? "lange" : "korte"} kant. Niet schalen bij het printen (werkelijke grootte).`,
    cards: "De kaarten",
    frontAlt: (alt: string, title: string) => `Voorkant: ${alt}, met de naam ${title}`,
    backAlt: "Achterkant met het weetje, een QR-code naar de pagina van het monument en plaats voor adres en postzegel",
    thisCard: "Deze kaart (pdf)",
    plaques: "QR-borden (pdf)",
    plaquesText: (count: number, size: string, bleedMm: number, cmyk: boolean) =>
      `${plural(count, "bord", "borden")} ${size} om bij de monumenten op te hangen, met een QR-code naar hun pagina die je van een meter ver scant, ${bleedMm} mm afloop${cmyk ? ", in CMYK, als PDF/X-4" : ""}.`,
  },
  pack: {
    meta: "Lespakket",
    download: "Downloaden",
    zip: "Alles in één download (zip)",
    zipContents: (withRoute: boolean) =>
      `Voor de leerlingen: het werkboekje, het werkboekje in grote letters${withRoute ? ", de route als GPX" : ""}, de beelden op klasformaat en hun licenties. Zonder antwoordsleutel.`,
    booklet: "Werkboekje voor de leerlingen (pdf, A4)",
    largePrint: "Werkboekje in grote letters (pdf, A4)",
    largePrintText: "dezelfde vragen in grotere letters en met meer ruimte, voor wie dat nodig heeft.",
    key: "Antwoordsleutel voor de leraar (pdf, A4)",
    keyText: "de antwoorden en tips bij elke vraag.",
    /** The key is a PDF that opens with a password (AES-256); the page says how a teacher gets it. */
    keyProtected: "Met een wachtwoord, zodat leerlingen hem niet openen.",
    /** No password was set for the build: the key is not on the site. */
    keyWithheld: "De antwoordsleutel staat niet online, zodat leerlingen hem niet vinden.",
    /** Where a teacher asks for the password or the key: site.yaml's packs.keyRequest, or this. */
    keyRequest: (organisation: string) => `Leraren vragen hem aan bij ${organisation}.`,
    routeGpx: "De route als GPX",
    routeGpxFor: "(voor een gps-toestel of app)",
    forTeacher: "Voor de leraar",
    for: "Voor",
    subjects: "Vakken",
    duration: "Duur",
    durationText: (duration: string) => `${duration}, het bezoek inbegrepen`,
    route: "Route",
    goals: "Wat de leerlingen leren",
    prepare: "Wat je voorbereidt",
    mapLegend: "Genummerde stops, zoals in het werkboekje",
    worksheets: "De werkbladen",
    intro: "Inleiding voor de leerlingen",
    toRead: "Om te lezen",
    toReadText: "Deze verhalen staan ook in het werkboekje.",
    glossary: "Woordenlijst",
    sources: "Bronnen",
  },
  /** On the back of a postcard, before the picture's credit. */
  postcard: { image: "Beeld", stamp: "postzegel" },
  /** On a QR info plaque, under the code. */
  plaque: { scan: "Scan de code: het verhaal van deze plek" },
  /** A route's folded flyer (src/outputs/flyers/), and where the route page offers it. */
  flyer: {
    /** The PDF's title (document properties). */
    title: (route: string) => `${route}: folder`,
    practical: "Praktisch",
    onlineHeading: "Deze route op je telefoon",
    onlineText: "Scan de code: de kaart met je positie, en bij elke stop meer over de plek.",
    gpxHeading: "De route als GPX",
    gpxText: "Scan voor een gps-toestel, fietscomputer of app.",
    publisher: (organisation: string) => `Een uitgave van ${organisation}.`,
    /** When the list of stops is longer than the flyer: its last line. */
    moreStops: (count: number) => `En nog ${count} ${count === 1 ? "stop" : "stops"}: zie de route online (QR-code op de achterkant).`,
    heading: "Folder om te printen",
    link: "Folder (PDF, A4, in drie gevouwen)",
    text: (pdfX: boolean) =>
      `Een A4 om dubbelzijdig te printen (omslaan langs de korte zijde) en in drie te vouwen, met de kaart, de stops, praktische info en QR-codes. Met 3 mm afloop${pdfX ? ", in CMYK als PDF/X-4 voor de drukkerij" : ""}; zelf printen doe je op ware grootte (100%).`,
    outside: "Buitenkant: de binnenflap, de achterkant en de voorkant",
    inside: "Binnenkant: de kaart en de stops",
  },
  /**
   * The labels a teaching pack's PDFs and its LICENTIES.txt add to the pack's own content,
   * in the pack's language (src/outputs/packs/). The pupils' booklet says "je".
   */
  booklet: {
    /** The PDFs' titles (document properties, window title). */
    bookletTitle: (title: string) => `${title}: werkboekje`,
    largePrintTitle: (title: string) => `${title}: werkboekje in grote letters`,
    keyTitle: (title: string) => `${title}: antwoordsleutel`,
    /** Above the title on the cover. */
    coverBooklet: "Werkboekje",
    coverLargePrint: "Werkboekje in grote letters",
    coverKey: "Antwoordsleutel voor de leraar",
    /** The lines pupils fill in on the cover. */
    name: "Naam",
    class: "Klas",
    date: "Datum",
    /** A label before what follows it: "Naam:", "Antwoord:", "Stop 2, C-mine: Illustratie …". */
    field: (label: string) => `${label}:`,
    intro: "Inleiding",
    routeHeading: (title: string) => `De route: ${title}`,
    places: "De plaatsen",
    toRead: "Om te lezen",
    /** Page numbers at the foot of every page but the first. */
    footer: (title: string, page: number, pages: number) => `${title} · ${page}/${pages}`,
    keyFooter: (title: string, page: number, pages: number) => `${title} · antwoordsleutel · ${page}/${pages}`,
    /** Above a worksheet's monument, with the stop's number on the map. */
    stop: (number: number) => `Stop ${number}`,
    /** At the top of a page when a worksheet's questions go on. */
    continued: (number: number, title: string) => `Stop ${number}: ${title} (vervolg)`,
    /** A question as a screen reader reads it. */
    question: (number: number, question: string) => `Vraag ${number}: ${question}`,
    choiceHint: "Kruis één antwoord aan.",
    findHint: "Kruis aan wat je vindt.",
    /** A ticked option in the key, as a screen reader reads it. */
    correct: (option: string) => `${option} (juist)`,
    answer: "Antwoord",
    drawingAnswer: "Wat een goede tekening toont",
    tip: (text: string) => `Tip: ${text}`,
    /** The facts at the top of the key. */
    for: "Voor",
    subjects: "Vakken",
    duration: "Duur",
    route: "Route",
    routeFacts: (title: string, distance: string, straightLines: boolean, duration: string) =>
      `${title}: ${distance}${straightLines ? " in vogelvlucht" : ""}, ongeveer ${duration} onderweg`,
    goals: "Leerdoelen",
    prepare: "Voorbereiden",
    /** Below a picture. */
    credit: (credit: string) => `Beeld: ${credit}`,
    /** The printed map: the letter on its north arrow, its alt text, its legend and notes. */
    north: "N",
    mapAlt: (route: string | undefined, stops: number, scale: string) =>
      `Kaart van ${route !== undefined ? `de route "${route}"` : "de plaatsen"} met ${stops} genummerde stops, het noorden boven, en een schaalbalk van ${scale}.`,
    approximatePlace: "plaats bij benadering",
    mapNote: "De kaart is getekend uit de route zelf, zonder achtergrondkaart. Het noorden is boven.",
    /** Below the map when it has a background map (site.yaml packs.basemap), with that map's attribution. */
    mapNoteBasemap: (attribution: string) => `De route en de stops zijn getekend uit de route zelf, op een achtergrondkaart: ${attribution}. Het noorden is boven.`,
    /** In the credits and LICENTIES.txt: where the background map comes from. */
    basemapCredit: (attribution: string) => `Achtergrondkaart: ${attribution}`,
    straightLinesNote: "De stippellijn verbindt de stops in vogelvlucht; het echte pad kan anders lopen.",
    approximateNote: "Een open cirkel staat op een plaats bij benadering.",
    glossary: "Woordenlijst",
    /** The last page. */
    credits: "Bronnen en beelden",
    images: "Beelden",
    sources: "Bronnen",
    about: "Over dit pakket",
    mapFrom: (route: string, url: string) => `De kaart is getekend uit de route "${route}": ${url}`,
    online: (url: string) => `Dit pakket online: ${url}`,
    publisher: (organisation: string) => `Uitgegeven door ${organisation}. Lettertype: Atkinson Hyperlegible (Braille Institute, SIL Open Font License).`,
    /** What a worksheet's picture shows, in the credits and LICENTIES.txt; its file in the ZIP is named after it. */
    pictureCaption: (number: number, title: string) => `Stop ${number}, ${title}`,
    /** LICENTIES.txt in the ZIP (the file keeps that name in every language). */
    licenceFile: {
      packBy: (organisation: string, url: string) => `Lespakket van ${organisation}: ${url}`,
      images: "BEELDEN",
      shows: (text: string) => `Toont: ${text}`,
      maker: (text: string) => `Maker: ${text}`,
      licence: (text: string) => `Licentie: ${text}`,
      source: (text: string) => `Bron: ${text}`,
      allRightsReserved: "Alle rechten voorbehouden: gebruik het beeld in de klas, maar deel het niet verder.",
      sources: "BRONNEN",
      map: "KAART EN ROUTE",
      mapFromRoute: (route: string, url: string) => `De kaart in de werkboekjes en het GPX-bestand komen uit de route "${route}": ${url}`,
      mapOfPlaces: "De kaart in de werkboekjes toont de plaatsen van het pakket, zonder achtergrondkaart.",
      font: "LETTERTYPE",
      fontText: "Atkinson Hyperlegible, van het Braille Institute, onder de SIL Open Font License 1.1.",
    },
  },
  credits: {
    title: "Beelden op deze pagina",
    label: "Beeldrechten",
    images: (count: number) => `${count} beelden`,
  },
  /** The "Bewaar offline" panel of a route page, and the worker's page for what is not stored. Plain texts with {placeholders}: the browser fills them. */
  offline: {
    title: "Offline gebruiken",
    intro: "Bewaar deze route op je toestel: de routepagina, de pagina's van de stops en hun verhalen, met foto's en de routekaart. Zo heb je ze ook zonder netwerk bij je.",
    store: "Bewaar offline",
    remove: "Verwijder",
    unsupported: "Offline bewaren vraagt een browser die dat ondersteunt, met JavaScript aan.",
    storing: "Bezig met opslaan…",
    progress: "Bezig met opslaan: {done} van {total} bestanden…",
    stored: "Opgeslagen: {size}, {pages}",
    pagesOne: "1 pagina",
    pagesMany: "{count} pagina's",
    outdated: "Er is een nieuwere versie; die wordt bewaard zodra je online bent.",
    failed: "Opslaan mislukt. Controleer je verbinding en probeer opnieuw.",
    removed: "Verwijderd van dit toestel.",
    fallback: {
      title: "Niet offline bewaard",
      lead: "Deze pagina is niet op dit toestel bewaard, en er is geen netwerk.",
      storedRoutes: "Offline bewaarde routes",
      noStoredRoutes: "Er zijn nog geen routes offline bewaard.",
    },
  },
  notFound: {
    lead: "Deze pagina bestaat niet, of niet meer. Misschien is het adres verkeerd getypt, of is de pagina verhuisd.",
    tryThese: "Probeer het via een van deze pagina's:",
    home: "Naar de startpagina",
    map: "De kaart met alle monumenten",
    monuments: "Alle monumenten",
    alsoByKind: "ook",
    byKind: "per soort",
  },
  packs: {
    /** "Lager onderwijs, 5e en 6e leerjaar". */
    level: formatLevel,
    /** "2 u 30 min (3 lestijden)". */
    duration: formatPackDuration,
    subjects: SUBJECTS as Record<keyof typeof SUBJECTS, string>,
  },
  pagination: {
    /** The navigation between the pages of a long list. */
    label: "Pagina's van deze lijst",
    previous: "Vorige",
    next: "Volgende",
    page: (number: number) => `Pagina ${number}`,
    pageOf: (number: number, count: number) => `pagina ${number} van ${count}`,
    allMonumentsIn: (name: string, count: number) => `Alle ${count} monumenten in ${name}`,
    allRoutesThrough: (name: string, count: number) => `Alle ${count} routes door ${name}`,
    allStoriesFrom: (name: string, count: number) => `Alle ${count} verhalen uit ${name}`,
  },
  kinds: MONUMENT_KINDS_NL,
  storyKinds: STORY_KINDS_NL,
  routeModes: ROUTE_MODES_NL,
  protection: PROTECTION_STATUSES_NL,
  access: ACCESS_LEVELS_NL,
  precision: PRECISIONS_NL,
  licences: LICENCES_NL,
  packLevels: PACK_LEVELS_NL,
  questionKinds: QUESTION_KINDS_NL,
};

export type Messages = typeof nl;

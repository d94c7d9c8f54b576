import type { PackLevel } from "../../content/schemas/pack.ts";
import { formatDurationIn } from "../format.ts";
import type { Messages } from "./nl.ts";

// The site's interface in English (British spelling, as LOCALES uses en-GB). Same shape
// as nl.ts; the Flemish names the visitor meets on site (Open Monumentendag, Inventaris
// Onroerend Erfgoed) are kept next to the English wording.

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const PACK_LEVELS: Record<PackLevel, string> = {
  kleuter: "Nursery school",
  lager: "Primary school",
  secundair: "Secondary school",
};

/** "1st", "2nd", "3rd", "4th", ... */
const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
};

/** "5 and 6", "1, 2 and 3". */
const joinAnd = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : items[0] ?? "");

/** "Primary school, years 5 and 6"; "Secondary school, years 3 and 4 (2nd stage)"; "Nursery school, 2nd and 3rd year". */
function formatLevel(level: PackLevel, grades: readonly number[]): string {
  let text: string;
  if (level === "kleuter") text = `${PACK_LEVELS[level]}, ${joinAnd(grades.map(ordinal))} year`;
  else text = `${PACK_LEVELS[level]}, ${grades.length === 1 ? "year" : "years"} ${joinAnd(grades.map(String))}`;
  if (level === "secundair") {
    const stages = [...new Set(grades.map((grade) => Math.min(3, Math.ceil(grade / 2))))];
    if (stages.length === 1) text += ` (${ordinal(stages[0]!)} stage)`;
  }
  return text;
}

/** "2 h 30 min (3 lessons)": a lesson period is 50 minutes. */
function formatPackDuration(minutes: number): string {
  const periods = Math.ceil(minutes / 50);
  return `${formatDurationIn("en", minutes)} (${plural(periods, "lesson", "lessons")})`;
}

export const en: Messages = {
  languageName: "English",
  /** The languages as English says "in German", after "not yet available" or "written". */
  inLanguages: { nl: "in Dutch", en: "in English", de: "in German", fr: "in French" },
  skipLink: "Skip to content",
  sections: {
    map: "Map",
    monuments: "Monuments",
    monumentsByKind: "Monuments by type",
    routes: "Routes",
    stories: "Stories",
    municipalities: "Municipalities",
    postcards: "Postcards",
    packs: "Teaching packs",
    search: "Search",
  },
  nav: {
    /** The button that opens the menu on a phone. */
    menu: "Menu",
    main: "Main menu",
    footer: "Footer",
    breadcrumbs: "Breadcrumb",
    home: "Home",
    allMonuments: "All monuments",
    languages: "Other languages",
    thisPageIn: (languageName: string) => `This page: ${languageName}`,
  },
  search: {
    label: "Search this site",
    placeholder: "Monument, route, story…",
    button: "Search",
    lead: "Search monuments, routes, stories, municipalities, postcards and teaching packs by name or by any word in their text.",
    field: "Search term",
    filters: "Refine",
    type: "Page type",
    allTypes: "All pages",
    municipality: "Municipality",
    allMunicipalities: "All municipalities",
    kind: "Type of monument",
    allKinds: "All types",
    noScript: "Search needs JavaScript, which is switched off in your browser. You can also find everything through the lists:",
    devServer:
      "On the development server (npm start) the search index is made again after every change. If it is not there yet, wait a moment and reload the page.",
    browse: "Or browse the lists",
    ui: {
      searching: "Searching…",
      prompt: "Type a word to search, or choose below what you would like to see.",
      resultsOne: "1 result",
      resultsMany: "{count} results",
      forQuery: "for “{query}”",
      none: "Nothing found for “{query}”. Try another word, part of a name, or fewer filters.",
      noneFiltered: "Nothing found with these filters.",
      more: "More results",
      failed: "Search is not working right now. Please try again later, or use the lists below.",
    },
    types: {
      monument: "Monument",
      route: "Route",
      story: "Story",
      municipality: "Municipality",
      series: "Postcard series",
      pack: "Teaching pack",
    },
  },
  notices: {
    untranslated: (inLanguage: string) => `This text is not yet available ${inLanguage}.`,
    partlyUntranslated: (inLanguage: string) => `This part is not yet available ${inLanguage}.`,
    writtenIn: (inLanguage: string) => `This text is written ${inLanguage}.`,
  },
  pages: {
    home: { title: "", description: "" },
    map: {
      title: "Map",
      description: "All monuments on the map, filtered by municipality and by type, with the ones closest to you.",
    },
    monuments: { title: "Monuments", description: "All monuments on this site, by municipality." },
    monumentsByKind: { title: "Monuments by type", description: "All monuments on this site, by type of heritage." },
    routes: { title: "Routes", description: "Walking, cycling and driving routes past the monuments, with distance and estimated time." },
    stories: { title: "Stories", description: "Testimonies, stories and events linked to the monuments, newest first." },
    municipalities: { title: "Municipalities", description: "The municipalities of the region, with their monuments, routes and stories." },
    postcards: {
      title: "Postcards",
      description: "Postcard series on the mining heritage, to browse and download for a print shop or to print yourself.",
    },
    packs: {
      title: "Teaching packs",
      description:
        "Teaching packs on the mining heritage for nursery, primary and secondary schools, with workbooks, answer keys and routes to download.",
    },
    search: { title: "Search", description: "Search monuments, routes, stories, municipalities, postcards and teaching packs." },
    notFound: { title: "Page not found", description: "This page does not exist (or no longer does)." },
  },
  home: {
    seeAllOnMap: (count: number) => `See all ${count} monuments on the map`,
    featuredRoutes: "Featured routes",
    allRoutes: "All routes",
    latestStories: "Latest stories",
    allStories: "All stories",
    forSchools: "For schools",
    forSchoolsIntro: "Teaching packs with a workbook, an answer key and a route, for lessons on the mining heritage out on site.",
    allPacks: "All teaching packs",
    byMunicipality: "By municipality",
    allByMunicipality: "All monuments by municipality",
    byKind: "By type",
    allByKind: "All monuments by type",
  },
  counts: {
    monuments: (count: number) => plural(count, "monument", "monuments"),
    cards: (count: number) => plural(count, "card", "cards"),
  },
  listings: {
    monumentsLead: (count: number) => `${plural(count, "monument", "monuments")}, by municipality.`,
    byKindLink: "See them by type",
    onMapLink: "on the map",
    or: "or",
    municipalitiesOnPage: "Municipalities on this page",
    kindsOnPage: "Types on this page",
    byKindLead: (count: number) => `${plural(count, "monument", "monuments")}, by type of heritage.`,
    byMunicipalityLink: "See them by municipality",
    municipalitiesLead: (region: string) => `The municipalities of ${region}, with their monuments, routes and stories.`,
    storiesLead: "Testimonies, stories and events, newest first.",
    noStories: "There are no stories yet.",
    routesLead:
      "Walk, cycle or drive past the monuments. Distances are measured as the crow flies between the stops, unless a route has a recorded track.",
    allRoutes: "All routes",
    noRoutes: "There are no routes yet.",
    routesMapNote: "Tap a route to see its name and a link. All routes are also in the list below: point at one and it is highlighted on the map.",
    postcardsLead: (region: string) =>
      `Postcard series on the mining heritage of ${region}, for example for Heritage Day (Open Monumentendag). Every card has a QR code linking to the monument's page.`,
    noSeries: "There are no postcard series yet.",
    packsLead: (region: string) =>
      `Workbooks, answer keys and routes for an on-site lesson about the mining heritage of ${region}. Each pack is a single download.`,
    noPacks: "There are no teaching packs yet.",
    level: "Level",
    allLevels: "All levels",
    subject: "Subject",
    allSubjects: "All subjects",
    noPacksForChoice: "No teaching packs match this selection.",
    showAllPacks: "Show all teaching packs",
  },
  map: {
    lead: (region: string) =>
      `The monuments of ${region} on the map. Choose a municipality or a type, or see what is near you. The same monuments are also in the list.`,
    chooseMonuments: "Choose monuments",
    municipality: "Municipality",
    allMunicipalities: "All municipalities",
    kind: "Type",
    allKinds: "All types",
    openOnHeritageDay: "Open on Heritage Day (Open Monumentendag)",
    whereAmI: "Where am I?",
    showAll: "Show all monuments",
    nearestLabel: "Monuments closest to you",
    skipMap: "Skip the map: go to the list",
    legend: "Map legend",
    approximateLegend: "Hollow, with a dotted outline: approximate location",
    clusterLegend: "Group of monuments: zoom in or tap it",
    listHeading: "List of monuments",
    approximate: "approximate location",
    straightLinesLegend: "Dotted line: the stops joined as the crow flies, not the actual path",
  },
  /** The drawings made at build time: route sketches on cards, the home page's map of the monuments. */
  sketches: {
    routeLabel: (title: string) => `Sketch of the route ${title}`,
    mapHeading: "The monuments on the map",
  },
  /** What only a printed route page shows: the QR code to the page, with its address. */
  printRoute: {
    online: "This route online",
    qrLabel: "QR code: this route online",
  },
  cards: {
    approximate: "Approximate location",
    asTheCrowFlies: "as the crow flies",
    about: "about",
  },
  monument: {
    kindIn: "in",
    approximateTitle: "Approximate location.",
    approximateText:
      "The coordinates of this monument are estimated, not surveyed. It may be some way from where your navigation puts it: follow the signs on site.",
    address: "Address",
    built: "Built",
    opened: "Opened",
    closed: "Closed",
    protection: "Heritage status",
    since: "since",
    inventoryObject: (id: number) => `Inventaris Onroerend Erfgoed: heritage object ${id}`,
    inventoryDesignation: (id: number) => `Inventaris Onroerend Erfgoed: designation ${id}`,
    didYouKnow: "Did you know?",
    moreImages: "More images",
    visiting: "Visiting",
    openingHours: "Opening hours",
    website: "Website",
    wheelchair: "With a wheelchair",
    pram: "With a pushchair",
    heritageDay: (year: number) => `Heritage Day ${year} (Open Monumentendag)`,
    booking: "Book for Heritage Day",
    stories: "Stories",
    routesHere: "Routes past this monument",
    location: "Location",
    moreOnMap: (municipality: string) => `More monuments in ${municipality} on the map`,
    coordinates: "Coordinates",
    /** Directions to the monument in the phone's own map app (a geo: link) or on the web. */
    directions: "Directions",
    directionsApp: "in your map app",
    directionsWeb: "on OpenStreetMap",
    directionsApproximate: "The place is approximate: look out for the signs on the spot.",
  },
  route: {
    straightLinesLegend: "Dotted line: the stops joined as the crow flies. This is not the path: follow the roads on site.",
    pathLegend: "The route's path",
    stopsLegend: "Numbered stops, as in the list below",
    distance: "Distance",
    duration: "Time",
    aboutDuration: (duration: string, adverb: string) => `about ${duration} ${adverb}, not counting stops`,
    elevation: "Climb and descent",
    elevationSpoken: (gain: number, loss: number) => `${plural(gain, "metre", "metres")} of climbing and ${plural(loss, "metre", "metres")} of descent`,
    start: "Start",
    finish: "Finish",
    municipalities: "Municipalities",
    straightLinesNote: "Distances are measured as the crow flies between the stops. By road the route is longer, and takes longer too.",
    download: "Download the route:",
    gpxFor: "(for a GPS device, bike computer or app)",
    geojsonFor: "(for mapping software)",
    noTrack: "No track: the stops are joined as the crow flies.",
    stops: "Stops",
    toNextStop: "To the next stop:",
    accessibility: "Accessibility",
  },
  /** "Waar ben ik op de route?" on a route page (src/client/route-progress.ts says the rest). */
  routeProgress: {
    start: "Where am I on the route?",
    stop: "Stop",
    hint: "Shows your position on the map and the next stop as you go. Your location stays on your device.",
  },
  story: {
    toldBy: "Told by",
    recordedBy: "Recorded by",
    writtenBy: "Written by",
    listen: "Listen",
    downloadAudio: "Download the audio",
    transcript: "Read what is said (transcript)",
    moreImages: "More images",
    monuments: "Monuments in this story",
  },
  municipality: {
    seeOnMap: (name: string) => `See the monuments of ${name} on the map`,
    monuments: (name: string) => `Monuments in ${name}`,
    noMonuments: (name: string) => `There are no monuments in ${name} on this site yet.`,
    routes: (name: string) => `Routes through ${name}`,
    stories: (name: string) => `Stories from ${name}`,
  },
  series: {
    meta: (year: number) => `Postcard series ${year}`,
    download: "Download",
    forPrinter: "For a print shop (PDF)",
    forPrinterText: (card: string, bleedMm: number, cmyk: boolean) =>
      `all cards, front and back in turn, ${card} with ${bleedMm} mm bleed (TrimBox and BleedBox set)${cmyk ? ", in CMYK, as PDF/X-4" : ""}.`,
    printYourself: "To print yourself (PDF)",
    printYourselfText: (sheets: number, size: string, perSheet: number, longEdge: boolean) =>
      `${plural(sheets, "sheet", "sheets")} of ${size} with ${plural(perSheet, "card", "cards")} per sheet and crop marks, to print double-sided, flipping on the ${longEdge ? "long" : "short"} edge. Do not scale when printing (actual size).`,
    cards: "The cards",
    frontAlt: (alt: string, title: string) => `Front: ${alt}, with the name ${title}`,
    backAlt: "Back with the fun fact, a QR code to the monument's page and space for an address and a stamp",
    thisCard: "This card (PDF)",
    plaques: "QR plaques (PDF)",
    plaquesText: (count: number, size: string, bleedMm: number, cmyk: boolean) =>
      `${count} ${count === 1 ? "plaque" : "plaques"} in ${size} to hang at the monuments, with a QR code to their page that scans from a metre away, ${bleedMm} mm bleed${cmyk ? ", in CMYK, as PDF/X-4" : ""}.`,
  },
  pack: {
    meta: "Teaching pack",
    download: "Download",
    zip: "Everything in one download (ZIP)",
    zipContents: (withRoute: boolean) =>
      `For the pupils: the workbook, the large-print workbook${withRoute ? ", the route as GPX" : ""}, the images sized for the classroom and their licences. Without the answer key.`,
    booklet: "Pupils' workbook (PDF, A4)",
    largePrint: "Large-print workbook (PDF, A4)",
    largePrintText: "the same questions in larger type and with more space, for pupils who need it.",
    key: "Teacher's answer key (PDF, A4)",
    keyText: "the answers, with tips for each question.",
    /** The key is a PDF that opens with a password (AES-256); the page says how a teacher gets it. */
    keyProtected: "With a password, so that pupils cannot open it.",
    /** No password was set for the build: the key is not on the site. */
    keyWithheld: "The answer key is not online, so that pupils cannot find it.",
    /** Where a teacher asks for the password or the key: site.yaml's packs.keyRequest, or this. */
    keyRequest: (organisation: string) => `Teachers can ask ${organisation} for it.`,
    routeGpx: "The route as GPX",
    routeGpxFor: "(for a GPS device or app)",
    forTeacher: "For the teacher",
    for: "For",
    subjects: "Subjects",
    duration: "Duration",
    durationText: (duration: string) => `${duration}, including the visit`,
    route: "Route",
    goals: "What pupils learn",
    prepare: "What to prepare",
    mapLegend: "Numbered stops, as in the workbook",
    worksheets: "The worksheets",
    intro: "Introduction for pupils",
    toRead: "Reading",
    toReadText: "These stories are also in the workbook.",
    glossary: "Glossary",
    sources: "Sources",
  },
  /** On the back of a postcard, before the picture's credit. */
  postcard: { image: "Image", stamp: "stamp" },
  /** On a QR info plaque, under the code. */
  plaque: { scan: "Scan the code: the story of this place" },
  /** A route's folded flyer (src/outputs/flyers/), and where the route page offers it. */
  flyer: {
    /** The PDF's title (document properties). */
    title: (route: string) => `${route}: leaflet`,
    practical: "Practical",
    onlineHeading: "This route on your phone",
    onlineText: "Scan the code: the map with your position, and more about each stop.",
    gpxHeading: "The route as GPX",
    gpxText: "Scan for a GPS device, bike computer or app.",
    publisher: (organisation: string) => `Published by ${organisation}.`,
    /** When the list of stops is longer than the flyer: its last line. */
    moreStops: (count: number) => `And ${count} more ${count === 1 ? "stop" : "stops"}: see the route online (QR code on the back).`,
    heading: "Leaflet to print",
    link: "Leaflet (PDF, A4, folded in three)",
    text: (pdfX: boolean) =>
      `An A4 sheet to print on both sides (flip on the short edge) and fold in three, with the map, the stops, practical information and QR codes. With 3 mm bleed${pdfX ? ", in CMYK as PDF/X-4 for a print shop" : ""}; to print it yourself, print at actual size (100%).`,
    outside: "Outside: the inner flap, the back and the cover",
    inside: "Inside: the map and the stops",
  },
  /**
   * The labels a teaching pack's PDFs and its LICENTIES.txt add to the pack's own content,
   * in the pack's language (src/outputs/packs/).
   */
  booklet: {
    /** The PDFs' titles (document properties, window title). */
    bookletTitle: (title: string) => `${title}: workbook`,
    largePrintTitle: (title: string) => `${title}: large-print workbook`,
    keyTitle: (title: string) => `${title}: answer key`,
    /** Above the title on the cover. */
    coverBooklet: "Workbook",
    coverLargePrint: "Large-print workbook",
    coverKey: "Answer key for the teacher",
    /** The lines pupils fill in on the cover. */
    name: "Name",
    class: "Class",
    date: "Date",
    /** A label before what follows it: "Name:", "Answer:". */
    field: (label: string) => `${label}:`,
    intro: "Introduction",
    routeHeading: (title: string) => `The route: ${title}`,
    places: "The places",
    toRead: "Reading",
    /** Page numbers at the foot of every page but the first. */
    footer: (title: string, page: number, pages: number) => `${title} · ${page}/${pages}`,
    keyFooter: (title: string, page: number, pages: number) => `${title} · answer key · ${page}/${pages}`,
    /** Above a worksheet's monument, with the stop's number on the map. */
    stop: (number: number) => `Stop ${number}`,
    /** At the top of a page when a worksheet's questions go on. */
    continued: (number: number, title: string) => `Stop ${number}: ${title} (continued)`,
    /** A question as a screen reader reads it. */
    question: (number: number, question: string) => `Question ${number}: ${question}`,
    choiceHint: "Tick one answer.",
    findHint: "Tick what you find.",
    /** A ticked option in the key, as a screen reader reads it. */
    correct: (option: string) => `${option} (correct)`,
    answer: "Answer",
    drawingAnswer: "What a good drawing shows",
    tip: (text: string) => `Tip: ${text}`,
    /** The facts at the top of the key. */
    for: "For",
    subjects: "Subjects",
    duration: "Duration",
    route: "Route",
    routeFacts: (title: string, distance: string, straightLines: boolean, duration: string) =>
      `${title}: ${distance}${straightLines ? " as the crow flies" : ""}, travelling time about ${duration}`,
    goals: "Learning goals",
    prepare: "Preparation",
    /** Below a picture. */
    credit: (credit: string) => `Image: ${credit}`,
    /** The printed map: the letter on its north arrow, its alt text, its legend and notes. */
    north: "N",
    mapAlt: (route: string | undefined, stops: number, scale: string) =>
      `Map of ${route !== undefined ? `the route “${route}”` : "the places"} with ${plural(stops, "numbered stop", "numbered stops")}, north at the top, and a scale bar of ${scale}.`,
    approximatePlace: "approximate location",
    mapNote: "The map is drawn from the route itself, without a background map. North is at the top.",
    /** Below the map when it has a background map (site.yaml packs.basemap), with that map's attribution. */
    mapNoteBasemap: (attribution: string) => `The route and the stops are drawn from the route itself, on a background map: ${attribution}. North is up.`,
    /** In the credits and LICENTIES.txt: where the background map comes from. */
    basemapCredit: (attribution: string) => `Background map: ${attribution}`,
    straightLinesNote: "The dashed line joins the stops as the crow flies; the real path may run differently.",
    approximateNote: "An open circle marks an approximate location.",
    glossary: "Glossary",
    /** The last page. */
    credits: "Sources and images",
    images: "Images",
    sources: "Sources",
    about: "About this pack",
    mapFrom: (route: string, url: string) => `The map is drawn from the route “${route}”: ${url}`,
    online: (url: string) => `This pack online: ${url}`,
    publisher: (organisation: string) => `Published by ${organisation}. Typeface: Atkinson Hyperlegible (Braille Institute, SIL Open Font License).`,
    /** What a worksheet's picture shows, in the credits and LICENTIES.txt; its file in the ZIP is named after it. */
    pictureCaption: (number: number, title: string) => `Stop ${number}, ${title}`,
    /** LICENTIES.txt in the ZIP (the file keeps that name in every language). */
    licenceFile: {
      packBy: (organisation: string, url: string) => `Teaching pack by ${organisation}: ${url}`,
      images: "IMAGES",
      shows: (text: string) => `Shows: ${text}`,
      maker: (text: string) => `Creator: ${text}`,
      licence: (text: string) => `Licence: ${text}`,
      source: (text: string) => `Source: ${text}`,
      allRightsReserved: "All rights reserved: you may show the image in class, but please do not share it any further.",
      sources: "SOURCES",
      map: "MAP AND ROUTE",
      mapFromRoute: (route: string, url: string) => `The map in the workbooks and the GPX file come from the route “${route}”: ${url}`,
      mapOfPlaces: "The map in the workbooks shows the pack's places, without a background map.",
      font: "TYPEFACE",
      fontText: "Atkinson Hyperlegible, by the Braille Institute, under the SIL Open Font License 1.1.",
    },
  },
  credits: {
    title: "Images on this page",
    label: "Image credits",
    images: (count: number) => plural(count, "image", "images"),
  },
  offline: {
    title: "Use offline",
    intro: "Save this route on your device: the route page, the pages of its stops and their stories, with pictures and the route map, so you have them without a network.",
    store: "Save offline",
    remove: "Remove",
    unsupported: "Saving offline needs a browser that supports it, with JavaScript on.",
    storing: "Saving…",
    progress: "Saving: {done} of {total} files…",
    stored: "Saved: {size}, {pages}",
    pagesOne: "1 page",
    pagesMany: "{count} pages",
    outdated: "A newer version is out; it will be saved once you are online.",
    failed: "Saving failed. Check your connection and try again.",
    removed: "Removed from this device.",
    fallback: {
      title: "Not saved offline",
      lead: "This page is not saved on this device, and there is no network.",
      storedRoutes: "Routes saved offline",
      noStoredRoutes: "No routes are saved offline yet.",
    },
  },
  notFound: {
    lead: "This page does not exist, or no longer exists. Perhaps the address was mistyped, or the page has moved.",
    tryThese: "Try one of these pages:",
    home: "Go to the home page",
    map: "The map of all monuments",
    monuments: "All monuments",
    alsoByKind: "also",
    byKind: "by type",
  },
  packs: {
    level: formatLevel,
    duration: formatPackDuration,
    subjects: {
      wereldorientatie: "World studies",
      geschiedenis: "History",
      aardrijkskunde: "Geography",
      nederlands: "Dutch",
      "muzische-vorming": "Arts education",
      techniek: "Technology",
      wetenschappen: "Science",
      burgerschap: "Citizenship",
      levensbeschouwing: "Religion and ethics",
      wiskunde: "Mathematics",
    },
  },
  pagination: {
    label: "Pages of this list",
    previous: "Previous",
    next: "Next",
    page: (number: number) => `Page ${number}`,
    pageOf: (number: number, count: number) => `page ${number} of ${count}`,
    allMonumentsIn: (name: string, count: number) => `All ${count} monuments in ${name}`,
    allRoutesThrough: (name: string, count: number) => `All ${count} routes through ${name}`,
    allStoriesFrom: (name: string, count: number) => `All ${count} stories from ${name}`,
  },
  kinds: {
    "mine-site": { singular: "Mine site", plural: "Mine sites" },
    headframe: { singular: "Headframe", plural: "Headframes" },
    church: { singular: "Church", plural: "Churches" },
    "garden-city": { singular: "Garden city or cité", plural: "Garden cities and cités" },
    casino: { singular: "Casino", plural: "Casinos" },
    "slag-heap": { singular: "Slag heap (terril)", plural: "Slag heaps (terrils)" },
    memorial: { singular: "Memorial", plural: "Memorials" },
    museum: { singular: "Museum", plural: "Museums" },
    military: { singular: "Military heritage", plural: "Military heritage" },
    other: { singular: "Other heritage", plural: "Other heritage" },
  },
  storyKinds: {
    testimony: { singular: "Testimony", plural: "Testimonies" },
    story: { singular: "Story", plural: "Stories" },
    event: { singular: "Event", plural: "Events" },
  },
  routeModes: {
    walk: { label: "Walking route", adverb: "on foot" },
    bike: { label: "Cycling route", adverb: "by bike" },
    car: { label: "Driving route", adverb: "by car" },
  },
  protection: {
    "protected-monument": "Protected monument",
    "protected-townscape": "Protected townscape",
    "protected-landscape": "Protected cultural-historical landscape",
    listed: "Listed built heritage",
    inventoried: "In the heritage inventory",
    none: "Not protected",
  },
  /** Read after "With a wheelchair:" or "With a pushchair:". */
  access: {
    yes: "accessible",
    partly: "partly accessible",
    no: "not accessible",
    unknown: "not known",
  },
  precision: {
    exact: "exact location",
    approximate: "approximate location",
  },
  licences: {
    "CC0-1.0": { label: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.en" },
    "CC-BY-4.0": { label: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.en" },
    "CC-BY-SA-4.0": { label: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/deed.en" },
    "public-domain": { label: "Public domain" },
    "all-rights-reserved": { label: "All rights reserved" },
  },
  packLevels: PACK_LEVELS,
  questionKinds: {
    open: "open question",
    choice: "multiple-choice question",
    find: "look-and-find task",
    draw: "drawing task",
  },
};

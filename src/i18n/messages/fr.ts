import type { PackLevel } from "../../content/schemas/pack.ts";
import { formatDurationIn } from "../format.ts";
import type { Messages } from "./nl.ts";

// The site's interface in French, addressing the visitor with "vous". Same shape as nl.ts;
// the Flemish names the visitor meets on site (Open Monumentendag, Inventaris Onroerend
// Erfgoed) are kept next to the French wording. French typography: a no-break space
// (\u00a0) before ? ! : ; and inside « ».

/** French counts 0 and 1 as singular: "0 monument", "1 monument", "2 monuments". */
const plural = (count: number, one: string, many: string) => `${count} ${Math.abs(count) < 2 ? one : many}`;

/** "de Genk", but "d'As", "d'Eisden": the preposition elides before a vowel. */
const of = (name: string) => (/^[aeiouyàâäéèêëîïôöûüœ]/i.test(name) ? `d'${name}` : `de ${name}`);

const PACK_LEVELS: Record<PackLevel, string> = {
  kleuter: "Enseignement maternel",
  lager: "Enseignement primaire",
  secundair: "Enseignement secondaire",
};

/** "1re année" but "1er degré", then "2e", "3e", ... */
const ordinal = (n: number, feminine: boolean) => (n === 1 ? (feminine ? "1re" : "1er") : `${n}e`);

/** "Enseignement primaire, 5e et 6e année"; "Enseignement secondaire, 3e et 4e année (2e degré)"; "Enseignement maternel, 2e et 3e année". */
function formatLevel(level: PackLevel, grades: readonly number[]): string {
  const listed = grades.map((grade) => ordinal(grade, true));
  const joined = listed.length > 1 ? `${listed.slice(0, -1).join(", ")} et ${listed.at(-1)}` : listed[0] ?? "";
  let text = `${PACK_LEVELS[level]}, ${joined} année`;
  if (level === "secundair") {
    const stages = [...new Set(grades.map((grade) => Math.min(3, Math.ceil(grade / 2))))];
    if (stages.length === 1) text += ` (${ordinal(stages[0]!, false)} degré)`;
  }
  return text;
}

/** "2 h 30 min (3 périodes de cours)": a lesson period is 50 minutes. */
function formatPackDuration(minutes: number): string {
  const periods = Math.ceil(minutes / 50);
  return `${formatDurationIn("fr", minutes)} (${plural(periods, "période de cours", "périodes de cours")})`;
}

export const fr: Messages = {
  languageName: "Français",
  /** The languages as French says "en allemand", after "pas encore disponible" or "rédigé". */
  inLanguages: { nl: "en néerlandais", en: "en anglais", de: "en allemand", fr: "en français" },
  skipLink: "Aller au contenu",
  sections: {
    map: "Carte",
    monuments: "Monuments",
    monumentsByKind: "Monuments par type",
    routes: "Itinéraires",
    stories: "Récits",
    municipalities: "Communes",
    postcards: "Cartes postales",
    packs: "Dossiers pédagogiques",
    search: "Recherche",
  },
  nav: {
    /** The button that opens the menu on a phone. */
    menu: "Menu",
    main: "Menu principal",
    footer: "Pied de page",
    breadcrumbs: "Fil d'Ariane",
    home: "Accueil",
    allMonuments: "Tous les monuments",
    languages: "Autres langues",
    thisPageIn: (languageName: string) => `Cette page\u00a0: ${languageName}`,
  },
  search: {
    label: "Rechercher sur ce site",
    placeholder: "Monument, itinéraire, récit…",
    button: "Rechercher",
    lead: "Recherchez des monuments, itinéraires, récits, communes, cartes postales et dossiers pédagogiques par leur nom ou par un mot de leur texte.",
    field: "Terme de recherche",
    filters: "Affiner",
    type: "Type de page",
    allTypes: "Toutes les pages",
    municipality: "Commune",
    allMunicipalities: "Toutes les communes",
    kind: "Type de monument",
    allKinds: "Tous les types",
    noScript:
      "La recherche fonctionne avec JavaScript, qui est désactivé dans votre navigateur. Vous trouverez aussi tout le contenu dans les listes\u00a0:",
    devServer:
      "Sur le serveur de développement (npm start), l'index de recherche est refait après chaque modification. S'il n'est pas encore prêt, patientez un instant et rechargez la page.",
    browse: "Ou parcourez les listes",
    ui: {
      searching: "Recherche en cours…",
      prompt: "Tapez un mot pour chercher, ou choisissez ci-dessous ce que vous voulez voir.",
      resultsOne: "1 résultat",
      resultsMany: "{count} résultats",
      forQuery: "pour «\u00a0{query}\u00a0»",
      none: "Aucun résultat pour «\u00a0{query}\u00a0». Essayez un autre mot, une partie d'un nom ou moins de filtres.",
      noneFiltered: "Aucun résultat avec ces filtres.",
      more: "Plus de résultats",
      failed: "La recherche ne fonctionne pas pour le moment. Réessayez plus tard, ou utilisez les listes ci-dessous.",
    },
    types: {
      monument: "Monument",
      route: "Itinéraire",
      story: "Récit",
      municipality: "Commune",
      series: "Série de cartes postales",
      pack: "Dossier pédagogique",
    },
  },
  notices: {
    untranslated: (inLanguage: string) => `Ce texte n'est pas encore disponible ${inLanguage}.`,
    partlyUntranslated: (inLanguage: string) => `Cette partie n'est pas encore disponible ${inLanguage}.`,
    writtenIn: (inLanguage: string) => `Ce texte est rédigé ${inLanguage}.`,
  },
  pages: {
    home: { title: "", description: "" },
    map: {
      title: "Carte",
      description: "Tous les monuments sur la carte, à filtrer par commune et par type, avec les monuments les plus proches de vous.",
    },
    monuments: { title: "Monuments", description: "Tous les monuments de ce site, par commune." },
    monumentsByKind: { title: "Monuments par type", description: "Tous les monuments de ce site, par type de patrimoine." },
    routes: {
      title: "Itinéraires",
      description: "Itinéraires à pied, à vélo et en voiture le long des monuments, avec la distance et la durée estimée.",
    },
    stories: { title: "Récits", description: "Témoignages, récits et événements liés aux monuments, du plus récent au plus ancien." },
    municipalities: { title: "Communes", description: "Les communes de la région, avec leurs monuments, itinéraires et récits." },
    postcards: {
      title: "Cartes postales",
      description: "Séries de cartes postales sur le patrimoine minier, à consulter et à télécharger pour l'imprimeur ou pour les imprimer vous-même.",
    },
    packs: {
      title: "Dossiers pédagogiques",
      description:
        "Dossiers pédagogiques sur le patrimoine minier pour l'enseignement maternel, primaire et secondaire, avec cahiers de l'élève, corrigés et itinéraires à télécharger.",
    },
    search: {
      title: "Recherche",
      description: "Recherchez des monuments, itinéraires, récits, communes, cartes postales et dossiers pédagogiques.",
    },
    notFound: { title: "Page introuvable", description: "Cette page n'existe pas (ou plus)." },
  },
  home: {
    seeAllOnMap: (count: number) => `Voir les ${count} monuments sur la carte`,
    featuredRoutes: "Itinéraires à la une",
    allRoutes: "Tous les itinéraires",
    latestStories: "Derniers récits",
    allStories: "Tous les récits",
    forSchools: "Pour les écoles",
    forSchoolsIntro:
      "Des dossiers pédagogiques avec un cahier de l'élève, un corrigé et un itinéraire, pour faire cours sur place autour du patrimoine minier.",
    allPacks: "Tous les dossiers pédagogiques",
    byMunicipality: "Par commune",
    allByMunicipality: "Tous les monuments par commune",
    byKind: "Par type",
    allByKind: "Tous les monuments par type",
  },
  counts: {
    monuments: (count: number) => plural(count, "monument", "monuments"),
    cards: (count: number) => plural(count, "carte", "cartes"),
  },
  listings: {
    monumentsLead: (count: number) => `${plural(count, "monument", "monuments")}, par commune.`,
    byKindLink: "Les voir par type",
    onMapLink: "sur la carte",
    or: "ou",
    municipalitiesOnPage: "Communes sur cette page",
    kindsOnPage: "Types sur cette page",
    byKindLead: (count: number) => `${plural(count, "monument", "monuments")}, par type de patrimoine.`,
    byMunicipalityLink: "Les voir par commune",
    municipalitiesLead: (region: string) => `Les communes de la région ${region}, avec leurs monuments, itinéraires et récits.`,
    storiesLead: "Témoignages, récits et événements, du plus récent au plus ancien.",
    noStories: "Il n'y a pas encore de récits.",
    routesLead:
      "À pied, à vélo ou en voiture le long des monuments. Les distances sont mesurées à vol d'oiseau entre les étapes, sauf si l'itinéraire dispose d'un tracé.",
    allRoutes: "Tous les itinéraires",
    noRoutes: "Il n'y a pas encore d'itinéraires.",
    routesMapNote:
      "Touchez un itinéraire pour afficher son nom et un lien. Tous les itinéraires figurent aussi dans la liste ci-dessous\u00a0; pointez-en un et il est mis en évidence sur la carte.",
    postcardsLead: (region: string) =>
      `Des séries de cartes postales sur le patrimoine minier de la région ${region}, par exemple pour les Journées du patrimoine (Open Monumentendag). Chaque carte porte un code QR qui renvoie à la page du monument.`,
    noSeries: "Il n'y a pas encore de séries de cartes postales.",
    packsLead: (region: string) =>
      `Cahiers de l'élève, corrigés et itinéraires pour une leçon sur place consacrée au patrimoine minier de la région ${region}. Chaque dossier se télécharge en une seule fois.`,
    noPacks: "Il n'y a pas encore de dossiers pédagogiques.",
    level: "Niveau",
    allLevels: "Tous les niveaux",
    subject: "Matière",
    allSubjects: "Toutes les matières",
    noPacksForChoice: "Aucun dossier pédagogique ne correspond à cette sélection.",
    showAllPacks: "Afficher tous les dossiers pédagogiques",
  },
  map: {
    lead: (region: string) =>
      `Les monuments de la région ${region} sur la carte. Choisissez une commune ou un type, ou découvrez ce qui se trouve près de vous. Les mêmes monuments figurent aussi dans la liste.`,
    chooseMonuments: "Choisir des monuments",
    municipality: "Commune",
    allMunicipalities: "Toutes les communes",
    kind: "Type",
    allKinds: "Tous les types",
    openOnHeritageDay: "Ouvert lors des Journées du patrimoine",
    whereAmI: "Où suis-je\u00a0?",
    showAll: "Afficher tous les monuments",
    nearestLabel: "Les monuments les plus proches de vous",
    skipMap: "Passer la carte\u00a0: aller à la liste",
    legend: "Légende de la carte",
    approximateLegend: "Symbole creux, contour en pointillés\u00a0: emplacement approximatif",
    clusterLegend: "Groupe de monuments\u00a0: zoomez ou touchez-le",
    listHeading: "Liste des monuments",
    approximate: "emplacement approximatif",
    straightLinesLegend: "Pointillés\u00a0: les étapes reliées à vol d'oiseau, pas le tracé réel",
  },
  /** The drawings made at build time: route sketches on cards, the home page's map of the monuments. */
  sketches: {
    routeLabel: (title: string) => `Croquis de l'itinéraire ${title}`,
    mapHeading: "Les monuments sur la carte",
  },
  /** What only a printed route page shows: the QR code to the page, with its address. */
  printRoute: {
    online: "Cet itinéraire en ligne",
    qrLabel: "Code QR : cet itinéraire en ligne",
  },
  cards: {
    approximate: "Emplacement approximatif",
    asTheCrowFlies: "à vol d'oiseau",
    about: "environ",
  },
  monument: {
    kindIn: "à",
    approximateTitle: "Emplacement approximatif.",
    approximateText:
      "Les coordonnées de ce monument sont estimées, et non mesurées. Il peut se trouver assez loin de l'endroit indiqué par votre GPS\u00a0: sur place, suivez la signalisation.",
    address: "Adresse",
    built: "Construction",
    opened: "Ouverture",
    closed: "Fermeture",
    protection: "Statut de protection",
    since: "depuis",
    inventoryObject: (id: number) => `Inventaris Onroerend Erfgoed\u00a0: objet patrimonial ${id}`,
    inventoryDesignation: (id: number) => `Inventaris Onroerend Erfgoed\u00a0: arrêté de protection ${id}`,
    didYouKnow: "Le saviez-vous\u00a0?",
    moreImages: "Autres images",
    visiting: "Visite",
    openingHours: "Heures d'ouverture",
    website: "Site web",
    wheelchair: "En fauteuil roulant",
    pram: "Avec une poussette",
    heritageDay: (year: number) => `Journées du patrimoine ${year} (Open Monumentendag)`,
    booking: "Réserver pour les Journées du patrimoine",
    stories: "Récits",
    routesHere: "Itinéraires passant par ce monument",
    location: "Localisation",
    moreOnMap: (municipality: string) => `Autres monuments à ${municipality} sur la carte`,
    coordinates: "Coordonnées",
    /** Directions to the monument in the phone's own map app (a geo: link) or on the web. */
    directions: "Itinéraire",
    directionsApp: "dans votre application de cartes",
    directionsWeb: "sur OpenStreetMap",
    directionsApproximate: "L\u2019emplacement est approximatif\u00a0: suivez la signalisation sur place.",
  },
  route: {
    straightLinesLegend: "Pointillés\u00a0: les étapes reliées à vol d'oiseau. Ce n'est pas le tracé\u00a0: sur place, suivez les routes et chemins.",
    pathLegend: "Le tracé de l'itinéraire",
    stopsLegend: "Étapes numérotées, comme dans la liste ci-dessous",
    distance: "Distance",
    duration: "Durée",
    aboutDuration: (duration: string, adverb: string) => `environ ${duration} ${adverb}, hors arrêts`,
    elevation: "Dénivelé",
    elevationSpoken: (gain: number, loss: number) =>
      `${plural(gain, "mètre", "mètres")} de montée et ${plural(loss, "mètre", "mètres")} de descente`,
    start: "Départ",
    finish: "Arrivée",
    municipalities: "Communes",
    straightLinesNote:
      "Les distances sont mesurées à vol d'oiseau entre les étapes. Par la route, l'itinéraire est plus long et prend aussi plus de temps.",
    download: "Télécharger l'itinéraire\u00a0:",
    gpxFor: "(pour un GPS, un compteur vélo ou une application)",
    geojsonFor: "(pour les logiciels de cartographie)",
    noTrack: "Sans tracé\u00a0: les étapes sont reliées à vol d'oiseau.",
    stops: "Étapes",
    toNextStop: "Jusqu'à l'étape suivante\u00a0:",
    accessibility: "Accessibilité",
  },
  /** "Waar ben ik op de route?" on a route page (src/client/route-progress.ts says the rest). */
  routeProgress: {
    start: "Où suis-je sur l'itinéraire\u00a0?",
    stop: "Arrêter",
    hint: "Affiche votre position sur la carte et la prochaine étape pendant que vous avancez. Votre position reste sur votre appareil.",
  },
  story: {
    toldBy: "Raconté par",
    recordedBy: "Recueilli par",
    writtenBy: "Écrit par",
    listen: "Écouter",
    downloadAudio: "Télécharger l'enregistrement sonore",
    transcript: "Lire ce qui est dit (transcription)",
    moreImages: "Autres images",
    monuments: "Monuments évoqués dans ce récit",
  },
  municipality: {
    seeOnMap: (name: string) => `Voir les monuments ${of(name)} sur la carte`,
    monuments: (name: string) => `Monuments à ${name}`,
    noMonuments: (name: string) => `Ce site ne présente pas encore de monuments à ${name}.`,
    routes: (name: string) => `Itinéraires traversant ${name}`,
    stories: (name: string) => `Récits ${of(name)}`,
  },
  series: {
    meta: (year: number) => `Série de cartes postales ${year}`,
    download: "Télécharger",
    forPrinter: "Pour l'imprimeur (PDF)",
    forPrinterText: (card: string, bleedMm: number, cmyk: boolean) =>
      `toutes les cartes, recto et verso à la suite, ${card} avec ${bleedMm}\u00a0mm de fond perdu (TrimBox et BleedBox définies)${cmyk ? ", en CMJN, au format PDF/X-4" : ""}.`,
    printYourself: "Pour imprimer vous-même (PDF)",
    printYourselfText: (sheets: number, size: string, perSheet: number, longEdge: boolean) =>
      `${plural(sheets, "feuille", "feuilles")} ${size} avec ${plural(perSheet, "carte", "cartes")} par feuille et traits de coupe, à imprimer en recto verso, retournement sur le bord ${longEdge ? "long" : "court"}. Imprimez sans mise à l'échelle (taille réelle).`,
    cards: "Les cartes",
    frontAlt: (alt: string, title: string) => `Recto\u00a0: ${alt}, avec le nom ${title}`,
    backAlt: "Verso avec l'anecdote, un code QR vers la page du monument et de la place pour l'adresse et le timbre",
    thisCard: "Cette carte (PDF)",
    plaques: "Panneaux QR (PDF)",
    plaquesText: (count: number, size: string, bleedMm: number, cmyk: boolean) =>
      `${count} ${count === 1 ? "panneau" : "panneaux"} ${size} à accrocher aux monuments, avec un code QR vers leur page qui se scanne à un mètre, ${bleedMm}\u00a0mm de fond perdu${cmyk ? ", en CMJN, au format PDF/X-4" : ""}.`,
  },
  pack: {
    meta: "Dossier pédagogique",
    download: "Télécharger",
    zip: "Tout en un seul téléchargement (ZIP)",
    zipContents: (withRoute: boolean) =>
      `Pour les élèves : le cahier, sa version en gros caractères${withRoute ? ", l'itinéraire en GPX" : ""}, les images au format adapté à la classe et leurs licences. Sans le corrigé.`,
    booklet: "Cahier de l'élève (PDF, A4)",
    largePrint: "Cahier de l'élève en gros caractères (PDF, A4)",
    largePrintText: "les mêmes questions en plus grands caractères et avec plus d'espace, pour les élèves qui en ont besoin.",
    key: "Corrigé pour l'enseignant (PDF, A4)",
    keyText: "les réponses et des conseils pour chaque question.",
    /** The key is a PDF that opens with a password (AES-256); the page says how a teacher gets it. */
    keyProtected: "Protégé par un mot de passe, pour que les élèves ne l'ouvrent pas.",
    /** No password was set for the build: the key is not on the site. */
    keyWithheld: "Le corrigé n'est pas en ligne, pour que les élèves ne le trouvent pas.",
    /** Where a teacher asks for the password or the key: site.yaml's packs.keyRequest, or this. */
    keyRequest: (organisation: string) => `Les enseignants le demandent à ${organisation}.`,
    routeGpx: "L'itinéraire en GPX",
    routeGpxFor: "(pour un GPS ou une application)",
    forTeacher: "Pour l'enseignant",
    for: "Pour",
    subjects: "Matières",
    duration: "Durée",
    durationText: (duration: string) => `${duration}, visite comprise`,
    route: "Itinéraire",
    goals: "Ce que les élèves apprennent",
    prepare: "À préparer",
    mapLegend: "Étapes numérotées, comme dans le cahier de l'élève",
    worksheets: "Les fiches de travail",
    intro: "Introduction pour les élèves",
    toRead: "À lire",
    toReadText: "Ces récits figurent aussi dans le cahier de l'élève.",
    glossary: "Glossaire",
    sources: "Sources",
  },
  /** On the back of a postcard, before the picture's credit. */
  postcard: { image: "Image", stamp: "timbre" },
  /** On a QR info plaque, under the code. */
  plaque: { scan: "Scannez le code : l'histoire de ce lieu" },
  /** A route's folded flyer (src/outputs/flyers/), and where the route page offers it. */
  flyer: {
    /** The PDF's title (document properties). */
    title: (route: string) => `${route} : dépliant`,
    practical: "Infos pratiques",
    onlineHeading: "Cet itinéraire sur votre téléphone",
    onlineText: "Scannez le code : la carte avec votre position, et plus sur chaque étape.",
    gpxHeading: "L'itinéraire en GPX",
    gpxText: "À scanner pour un GPS, un compteur de vélo ou une application.",
    publisher: (organisation: string) => `Une publication de ${organisation}.`,
    /** When the list of stops is longer than the flyer: its last line. */
    moreStops: (count: number) => `Et ${count} ${count === 1 ? "autre étape" : "autres étapes"} : voir l'itinéraire en ligne (code QR au dos).`,
    heading: "Dépliant à imprimer",
    link: "Dépliant (PDF, A4, plié en trois)",
    text: (pdfX: boolean) =>
      `Une feuille A4 à imprimer recto verso (retourner sur le bord court) et à plier en trois, avec la carte, les étapes, les infos pratiques et des codes QR. Avec 3\u00a0mm de fond perdu${pdfX ? ", en CMJN au format PDF/X-4 pour l'imprimeur" : ""} ; pour l'imprimer vous-même, choisissez la taille réelle (100\u00a0%).`,
    outside: "Extérieur : le rabat intérieur, le dos et la couverture",
    inside: "Intérieur : la carte et les étapes",
  },
  /**
   * The labels a teaching pack's PDFs and its LICENTIES.txt add to the pack's own content,
   * in the pack's language (src/outputs/packs/). The pupils' booklet says "tu"; the
   * teacher's key and LICENTIES.txt say "vous".
   */
  booklet: {
    /** The PDFs' titles (document properties, window title). */
    bookletTitle: (title: string) => `${title}\u00a0: cahier de l'élève`,
    largePrintTitle: (title: string) => `${title}\u00a0: cahier de l'élève en gros caractères`,
    keyTitle: (title: string) => `${title}\u00a0: corrigé`,
    /** Above the title on the cover. */
    coverBooklet: "Cahier de l'élève",
    coverLargePrint: "Cahier de l'élève en gros caractères",
    coverKey: "Corrigé pour l'enseignant",
    /** The lines pupils fill in on the cover. */
    name: "Nom",
    class: "Classe",
    date: "Date",
    /** A label before what follows it: "Nom :", "Réponse :". */
    field: (label: string) => `${label}\u00a0:`,
    intro: "Introduction",
    routeHeading: (title: string) => `L'itinéraire\u00a0: ${title}`,
    places: "Les lieux",
    toRead: "À lire",
    /** Page numbers at the foot of every page but the first. */
    footer: (title: string, page: number, pages: number) => `${title} · ${page}/${pages}`,
    keyFooter: (title: string, page: number, pages: number) => `${title} · corrigé · ${page}/${pages}`,
    /** Above a worksheet's monument, with the stop's number on the map. */
    stop: (number: number) => `Étape ${number}`,
    /** At the top of a page when a worksheet's questions go on. */
    continued: (number: number, title: string) => `Étape ${number}\u00a0: ${title} (suite)`,
    /** A question as a screen reader reads it. */
    question: (number: number, question: string) => `Question ${number}\u00a0: ${question}`,
    choiceHint: "Coche une seule réponse.",
    findHint: "Coche ce que tu trouves.",
    /** A ticked option in the key, as a screen reader reads it. */
    correct: (option: string) => `${option} (bonne réponse)`,
    answer: "Réponse",
    drawingAnswer: "Ce que montre un bon dessin",
    tip: (text: string) => `Conseil\u00a0: ${text}`,
    /** The facts at the top of the key. */
    for: "Pour",
    subjects: "Matières",
    duration: "Durée",
    route: "Itinéraire",
    routeFacts: (title: string, distance: string, straightLines: boolean, duration: string) =>
      `${title}\u00a0: ${distance}${straightLines ? " à vol d'oiseau" : ""}, environ ${duration} de trajet`,
    goals: "Objectifs d'apprentissage",
    prepare: "Préparation",
    /** Below a picture. */
    credit: (credit: string) => `Image\u00a0: ${credit}`,
    /** The printed map: the letter on its north arrow, its alt text, its legend and notes. */
    north: "N",
    mapAlt: (route: string | undefined, stops: number, scale: string) =>
      `Carte ${route !== undefined ? `de l'itinéraire «\u00a0${route}\u00a0»` : "des lieux"} avec ${plural(stops, "étape numérotée", "étapes numérotées")}, le nord en haut, et une barre d'échelle de ${scale}.`,
    approximatePlace: "emplacement approximatif",
    mapNote: "La carte est dessinée à partir de l'itinéraire lui-même, sans fond de carte. Le nord est en haut.",
    /** Below the map when it has a background map (site.yaml packs.basemap), with that map's attribution. */
    mapNoteBasemap: (attribution: string) => `L'itinéraire et les étapes sont dessinés à partir de l'itinéraire lui-même, sur un fond de carte\u00a0: ${attribution}. Le nord est en haut.`,
    /** In the credits and LICENTIES.txt: where the background map comes from. */
    basemapCredit: (attribution: string) => `Fond de carte\u00a0: ${attribution}`,
    straightLinesNote: "La ligne pointillée relie les étapes à vol d'oiseau\u00a0; le vrai chemin peut passer ailleurs.",
    approximateNote: "Un cercle vide indique un emplacement approximatif.",
    glossary: "Lexique",
    /** The last page. */
    credits: "Sources et images",
    images: "Images",
    sources: "Sources",
    about: "À propos de ce dossier",
    mapFrom: (route: string, url: string) => `La carte est dessinée à partir de l'itinéraire «\u00a0${route}\u00a0»\u00a0: ${url}`,
    online: (url: string) => `Ce dossier en ligne\u00a0: ${url}`,
    publisher: (organisation: string) => `Publié par ${organisation}. Police de caractères\u00a0: Atkinson Hyperlegible (Braille Institute, SIL Open Font License).`,
    /** What a worksheet's picture shows, in the credits and LICENTIES.txt; its file in the ZIP is named after it. */
    pictureCaption: (number: number, title: string) => `Étape ${number}, ${title}`,
    /** LICENTIES.txt in the ZIP (the file keeps that name in every language). */
    licenceFile: {
      packBy: (organisation: string, url: string) => `Dossier pédagogique ${of(organisation)}\u00a0: ${url}`,
      images: "IMAGES",
      shows: (text: string) => `Représente\u00a0: ${text}`,
      maker: (text: string) => `Auteur\u00a0: ${text}`,
      licence: (text: string) => `Licence\u00a0: ${text}`,
      source: (text: string) => `Source\u00a0: ${text}`,
      allRightsReserved: "Tous droits réservés\u00a0: vous pouvez montrer l'image en classe, mais ne la diffusez pas.",
      sources: "SOURCES",
      map: "CARTE ET ITINÉRAIRE",
      mapFromRoute: (route: string, url: string) => `La carte des cahiers et le fichier GPX proviennent de l'itinéraire «\u00a0${route}\u00a0»\u00a0: ${url}`,
      mapOfPlaces: "La carte des cahiers montre les lieux du dossier, sans fond de carte.",
      font: "POLICE DE CARACTÈRES",
      fontText: "Atkinson Hyperlegible, du Braille Institute, sous la licence SIL Open Font License 1.1.",
    },
  },
  credits: {
    title: "Images de cette page",
    label: "Crédits des images",
    images: (count: number) => plural(count, "image", "images"),
  },
  offline: {
    title: "Utiliser hors ligne",
    intro: "Enregistrez cet itinéraire sur votre appareil\u00a0: la page de l'itinéraire, les pages de ses étapes et de leurs récits, avec les images et la carte, pour les avoir sans réseau.",
    store: "Enregistrer hors ligne",
    remove: "Supprimer",
    unsupported: "L'enregistrement hors ligne demande un navigateur qui le permet, avec JavaScript activé.",
    storing: "Enregistrement…",
    progress: "Enregistrement\u00a0: {done} fichiers sur {total}…",
    stored: "Enregistré\u00a0: {size}, {pages}",
    pagesOne: "1 page",
    pagesMany: "{count} pages",
    outdated: "Une version plus récente existe\u00a0; elle sera enregistrée dès que vous serez en ligne.",
    failed: "L'enregistrement a échoué. Vérifiez la connexion et réessayez.",
    removed: "Supprimé de cet appareil.",
    fallback: {
      title: "Pas enregistré hors ligne",
      lead: "Cette page n'est pas enregistrée sur cet appareil, et il n'y a pas de réseau.",
      storedRoutes: "Itinéraires enregistrés hors ligne",
      noStoredRoutes: "Aucun itinéraire n'est encore enregistré hors ligne.",
    },
  },
  notFound: {
    lead: "Cette page n'existe pas, ou n'existe plus. L'adresse a peut-être été mal saisie, ou la page a été déplacée.",
    tryThese: "Essayez l'une de ces pages\u00a0:",
    home: "Aller à la page d'accueil",
    map: "La carte de tous les monuments",
    monuments: "Tous les monuments",
    alsoByKind: "aussi",
    byKind: "par type",
  },
  packs: {
    level: formatLevel,
    duration: formatPackDuration,
    subjects: {
      wereldorientatie: "Éveil (formation du monde)",
      geschiedenis: "Histoire",
      aardrijkskunde: "Géographie",
      nederlands: "Néerlandais",
      "muzische-vorming": "Éducation artistique",
      techniek: "Technologie",
      wetenschappen: "Sciences",
      burgerschap: "Citoyenneté",
      levensbeschouwing: "Religion et morale",
      wiskunde: "Mathématiques",
    },
  },
  pagination: {
    label: "Pages de cette liste",
    previous: "Précédente",
    next: "Suivante",
    page: (number: number) => `Page ${number}`,
    pageOf: (number: number, count: number) => `page ${number} sur ${count}`,
    allMonumentsIn: (name: string, count: number) => `Les ${count} monuments ${of(name)}`,
    allRoutesThrough: (name: string, count: number) => `Les ${count} itinéraires traversant ${name}`,
    allStoriesFrom: (name: string, count: number) => `Les ${count} récits ${of(name)}`,
  },
  kinds: {
    "mine-site": { singular: "Site minier", plural: "Sites miniers" },
    headframe: { singular: "Chevalement", plural: "Chevalements" },
    church: { singular: "Église", plural: "Églises" },
    "garden-city": { singular: "Cité-jardin ou cité", plural: "Cités-jardins et cités" },
    casino: { singular: "Casino", plural: "Casinos" },
    "slag-heap": { singular: "Terril", plural: "Terrils" },
    memorial: { singular: "Mémorial", plural: "Mémoriaux" },
    museum: { singular: "Musée", plural: "Musées" },
    military: { singular: "Patrimoine militaire", plural: "Patrimoine militaire" },
    other: { singular: "Autre patrimoine", plural: "Autre patrimoine" },
  },
  storyKinds: {
    testimony: { singular: "Témoignage", plural: "Témoignages" },
    story: { singular: "Récit", plural: "Récits" },
    event: { singular: "Événement", plural: "Événements" },
  },
  routeModes: {
    walk: { label: "Itinéraire à pied", adverb: "à pied" },
    bike: { label: "Itinéraire à vélo", adverb: "à vélo" },
    car: { label: "Itinéraire en voiture", adverb: "en voiture" },
  },
  protection: {
    "protected-monument": "Monument protégé",
    "protected-townscape": "Site urbain ou rural protégé",
    "protected-landscape": "Paysage historico-culturel protégé",
    listed: "Patrimoine architectural reconnu",
    inventoried: "Repris à l'inventaire",
    none: "Non protégé",
  },
  /** Read after "En fauteuil roulant :" or "Avec une poussette :". */
  access: {
    yes: "accessible",
    partly: "partiellement accessible",
    no: "non accessible",
    unknown: "non renseigné",
  },
  precision: {
    exact: "emplacement exact",
    approximate: "emplacement approximatif",
  },
  licences: {
    "CC0-1.0": { label: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.fr" },
    "CC-BY-4.0": { label: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.fr" },
    "CC-BY-SA-4.0": { label: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/deed.fr" },
    "public-domain": { label: "Domaine public" },
    "all-rights-reserved": { label: "Tous droits réservés" },
  },
  packLevels: PACK_LEVELS,
  questionKinds: {
    open: "question ouverte",
    choice: "question à choix multiple",
    find: "activité d'observation et de repérage",
    draw: "activité de dessin",
  },
};

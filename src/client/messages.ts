import type { MonumentKind } from "../content/schemas/monument.ts";
import type { RouteMode } from "../content/schemas/route.ts";
import { formatDistanceIn } from "../i18n/format.ts";
import type { MapLang } from "./lang.ts";
import type { LocateFailure } from "./nearest.ts";

// Everything the map scripts say, in the site's four languages: map names for screen
// readers, Leaflet's controls, popups, counts, "Waar ben ik?". The script picks one
// catalogue for the page (currentLang) and hands it to each map, so no module reads
// the page's language itself. Texts with a number or a name are functions: word
// order and plurals differ per language. The Dutch texts are the site's own wording,
// which the browser tests read. French puts a no-break space before ? ! : ;
// (NBSP below). Pure: the server imports it too (kind labels, tile credit).

export { currentLang, mapLangOf, MAP_LANGS, type MapLang } from "./lang.ts";

export interface MapMessages {
  lang: MapLang;
  /** "12,4 km", "850 m" ("12.4 km" in English). */
  distance(km: number): string;

  // The map and Leaflet's controls
  zoomIn: string;
  zoomOut: string;
  /** Leaflet's popup close button (an "×" for the eye), for screen readers. */
  closePopup: string;
  /** In a corner of the map when the tiles do not load. */
  tilesFailed: string;
  /** The same while the browser is offline (a stored route): tiles that were not stored. */
  tilesOffline: string;
  /** The tile credit when the site sets no tile layer of its own (OpenStreetMap's). */
  openStreetMapCredit: string;
  /** Accessible names of the maps. */
  overviewMapLabel: string;
  routeMapLabel: string;
  routesMapLabel: string;
  monumentMapLabel(title: string | undefined): string;

  // Monuments
  /** Singular, as in a popup's "Kerk · Genk". */
  kinds: Record<MonumentKind, string>;
  /** Within a sentence or in brackets: "C-mine (locatie bij benadering)". */
  approximate: string;
  /** On its own, as a badge in a popup. */
  approximateBadge: string;
  /** "Kerk in Genk", after a monument in the list of nearest monuments. */
  kindIn(kind: string, municipality: string): string;
  /** The Flemish name stays next to the translation: it is what visitors meet on site. */
  heritageDay(year: number): string;

  // The count above the overview map's list
  allMonuments(total: number): string;
  someMonuments(shown: number, total: number): string;
  noMonumentsYet: string;
  noMonumentsMatch: string;
  /** After the count when the map's data did not load: the list works without it. */
  mapFailed(count: string): string;

  // Routes
  /** A route's mode in the popups of /routes/. */
  routeModes: Record<RouteMode, string>;
  /** For a mode the map does not know. */
  route: string;
  /** A distance measured between the stops, not along a path. */
  asTheCrowFlies(distance: string): string;
  /** A stop marker's title, as the stop list numbers it. */
  stopTitle(number: number, name: string): string;
  toStop(number: number, distance: string): string;
  straightLinesLabel: string;
  routeFailed: string;

  // "Waar ben ik?"
  /** The button's label; the page writes it, the script does not change it. */
  locateButton: string;
  locating: string;
  positionShown: string;
  positionAccuracy(distance: string): string;
  stillLoading: string;
  nearestIntro(found: number, filtered: boolean): string;
  locateFailures: Record<LocateFailure, string>;
}

/** French typography: a no-break space before ? ! : ; */
const NBSP = "\u00a0";

const nl: MapMessages = {
  lang: "nl",
  distance: (km) => formatDistanceIn("nl", km),

  zoomIn: "Inzoomen",
  zoomOut: "Uitzoomen",
  closePopup: "Pop-up sluiten",
  tilesFailed: "Achtergrondkaart niet geladen",
  tilesOffline: "Achtergrondkaart niet beschikbaar offline",
  openStreetMapCredit: "© OpenStreetMap-bijdragers",
  overviewMapLabel: "Kaart met de monumenten. Dezelfde monumenten staan in de lijst bij de kaart.",
  routeMapLabel: "Kaart van de route met de genummerde stops. De stops staan ook in de lijst op deze pagina.",
  routesMapLabel: "Kaart met alle routes. Dezelfde routes staan in de lijst op deze pagina.",
  monumentMapLabel: (title) => `Kaart met de ligging van ${title || "het monument"}`,

  kinds: {
    "mine-site": "Mijnsite",
    headframe: "Schachtbok",
    church: "Kerk",
    "garden-city": "Tuinwijk of cité",
    casino: "Casino",
    "slag-heap": "Terril",
    memorial: "Gedenkteken",
    museum: "Museum",
    military: "Militair erfgoed",
    other: "Ander erfgoed",
  },
  approximate: "locatie bij benadering",
  approximateBadge: "Locatie bij benadering",
  kindIn: (kind, municipality) => `${kind} in ${municipality}`,
  heritageDay: (year) => `Open Monumentendag ${year}`,

  allMonuments: (total) => `${total} ${total === 1 ? "monument" : "monumenten"}`,
  someMonuments: (shown, total) => `${shown} van de ${total} ${total === 1 ? "monument" : "monumenten"}`,
  noMonumentsYet: "Nog geen monumenten",
  noMonumentsMatch: "Geen monumenten met deze filters",
  mapFailed: (count) => `${count}. De kaart kon niet geladen worden; de lijst is volledig.`,

  routeModes: { walk: "Wandelroute", bike: "Fietsroute", car: "Autoroute" },
  route: "Route",
  asTheCrowFlies: (distance) => `${distance} in vogelvlucht`,
  stopTitle: (number, name) => `Stop ${number}: ${name}`,
  toStop: (number, distance) => `Naar stop ${number}: ${distance}`,
  straightLinesLabel: "In vogelvlucht: rechte lijnen tussen de stops, niet het pad.",
  routeFailed: "De route kon niet op de kaart gezet worden. De stops staan in de lijst hieronder.",

  locateButton: "Waar ben ik?",
  locating: "Je locatie wordt gezocht…",
  positionShown: "Je positie staat op de kaart (de blauwe stip).",
  positionAccuracy: (distance) => `Je positie is nauwkeurig tot op ongeveer ${distance}.`,
  stillLoading: "De monumenten worden nog geladen.",
  nearestIntro: (found, filtered) => {
    const which = filtered ? " met de gekozen filters" : "";
    if (found === 0) return `Er zijn geen monumenten${which}.`;
    if (found === 1) return `Het dichtstbijzijnde monument${which} staat hieronder.`;
    return `De ${found} dichtstbijzijnde monumenten${which} staan hieronder.`;
  },
  locateFailures: {
    denied:
      "Je locatie is niet gedeeld. Wil je zien wat dichtbij ligt, sta dan locatie toe voor deze site in de instellingen van je browser en probeer opnieuw.",
    unavailable: "Je locatie kon niet bepaald worden. Staat locatie aan op je toestel? Probeer het dan opnieuw, liefst buiten.",
    timeout: "Het duurde te lang om je locatie te bepalen. Probeer het opnieuw.",
    unsupported: "Deze browser kan je locatie niet doorgeven. Zoek de monumenten in de lijst onder de kaart.",
    insecure: "Je locatie kan alleen gedeeld worden als de site via een beveiligde verbinding (https) geladen is.",
  },
};

const en: MapMessages = {
  lang: "en",
  distance: (km) => formatDistanceIn("en", km),

  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  closePopup: "Close popup",
  tilesFailed: "Background map not loaded",
  tilesOffline: "Background map not available offline",
  openStreetMapCredit: "© OpenStreetMap contributors",
  overviewMapLabel: "Map of the monuments. The same monuments are in the list next to the map.",
  routeMapLabel: "Map of the route with its numbered stops. The stops are also in the list on this page.",
  routesMapLabel: "Map of all routes. The same routes are in the list on this page.",
  monumentMapLabel: (title) => `Map showing the location of ${title || "the monument"}`,

  kinds: {
    "mine-site": "Mine site",
    headframe: "Headframe",
    church: "Church",
    "garden-city": "Garden city or cité",
    casino: "Casino",
    "slag-heap": "Slag heap (terril)",
    memorial: "Memorial",
    museum: "Museum",
    military: "Military heritage",
    other: "Other heritage",
  },
  approximate: "approximate location",
  approximateBadge: "Approximate location",
  kindIn: (kind, municipality) => `${kind} in ${municipality}`,
  heritageDay: (year) => `Heritage Day ${year} (Open Monumentendag)`,

  allMonuments: (total) => `${total} ${total === 1 ? "monument" : "monuments"}`,
  someMonuments: (shown, total) => `${shown} of ${total} ${total === 1 ? "monument" : "monuments"}`,
  noMonumentsYet: "No monuments yet",
  noMonumentsMatch: "No monuments match these filters",
  mapFailed: (count) => `${count}. The map could not be loaded; the list is complete.`,

  routeModes: { walk: "Walking route", bike: "Cycling route", car: "Driving route" },
  route: "Route",
  asTheCrowFlies: (distance) => `${distance} as the crow flies`,
  stopTitle: (number, name) => `Stop ${number}: ${name}`,
  toStop: (number, distance) => `To stop ${number}: ${distance}`,
  straightLinesLabel: "As the crow flies: straight lines between the stops, not the path.",
  routeFailed: "The route could not be shown on the map. The stops are in the list below.",

  locateButton: "Where am I?",
  locating: "Finding your location…",
  positionShown: "Your position is on the map (the blue dot).",
  positionAccuracy: (distance) => `It is accurate to within about ${distance}.`,
  stillLoading: "The monuments are still loading.",
  nearestIntro: (found, filtered) => {
    const which = filtered ? " matching the chosen filters" : "";
    if (found === 0) return filtered ? "No monuments match the chosen filters." : "There are no monuments.";
    if (found === 1) return `The nearest monument${which} is listed below.`;
    return `The ${found} nearest monuments${which} are listed below.`;
  },
  locateFailures: {
    denied: "Your location was not shared. To see what is nearby, allow location for this site in your browser's settings and try again.",
    unavailable: "Your location could not be determined. Is location turned on on your device? Then try again, preferably outdoors.",
    timeout: "It took too long to determine your location. Please try again.",
    unsupported: "This browser cannot share your location. Find the monuments in the list below the map.",
    insecure: "Your location can only be shared when the site is loaded over a secure connection (https).",
  },
};

const de: MapMessages = {
  lang: "de",
  distance: (km) => formatDistanceIn("de", km),

  zoomIn: "Hineinzoomen",
  zoomOut: "Herauszoomen",
  closePopup: "Pop-up schließen",
  tilesFailed: "Hintergrundkarte nicht geladen",
  tilesOffline: "Hintergrundkarte offline nicht verfügbar",
  openStreetMapCredit: "© OpenStreetMap-Mitwirkende",
  overviewMapLabel: "Karte der Denkmäler. Dieselben Denkmäler stehen in der Liste neben der Karte.",
  routeMapLabel: "Karte der Route mit den nummerierten Stationen. Die Stationen stehen auch in der Liste auf dieser Seite.",
  routesMapLabel: "Karte aller Routen. Dieselben Routen stehen in der Liste auf dieser Seite.",
  monumentMapLabel: (title) => (title ? `Karte mit der Lage von ${title}` : "Karte mit der Lage des Denkmals"),

  kinds: {
    "mine-site": "Zechengelände",
    headframe: "Fördergerüst",
    church: "Kirche",
    "garden-city": "Gartenstadt oder Cité",
    casino: "Casino",
    "slag-heap": "Halde",
    memorial: "Denkmal",
    museum: "Museum",
    military: "Militärisches Erbe",
    other: "Anderes Erbe",
  },
  approximate: "ungefährer Standort",
  approximateBadge: "Ungefährer Standort",
  kindIn: (kind, municipality) => `${kind} in ${municipality}`,
  heritageDay: (year) => `Tag des offenen Denkmals ${year} (Open Monumentendag)`,

  allMonuments: (total) => `${total} ${total === 1 ? "Denkmal" : "Denkmäler"}`,
  // "von" takes the dative: "3 von 19 Denkmälern".
  someMonuments: (shown, total) => `${shown} von ${total} ${total === 1 ? "Denkmal" : "Denkmälern"}`,
  noMonumentsYet: "Noch keine Denkmäler",
  noMonumentsMatch: "Keine Denkmäler für diese Filter",
  mapFailed: (count) => `${count}. Die Karte konnte nicht geladen werden; die Liste ist vollständig.`,

  routeModes: { walk: "Wanderroute", bike: "Radroute", car: "Autoroute" },
  route: "Route",
  asTheCrowFlies: (distance) => `${distance} Luftlinie`,
  stopTitle: (number, name) => `Station ${number}: ${name}`,
  toStop: (number, distance) => `Zu Station ${number}: ${distance}`,
  straightLinesLabel: "Luftlinie: gerade Linien zwischen den Stationen, nicht der Weg.",
  routeFailed: "Die Route konnte nicht auf der Karte gezeigt werden. Die Stationen stehen in der Liste unten.",

  locateButton: "Wo bin ich?",
  locating: "Ihr Standort wird ermittelt…",
  positionShown: "Ihre Position ist auf der Karte markiert (der blaue Punkt).",
  positionAccuracy: (distance) => `Die Genauigkeit beträgt etwa ${distance}.`,
  stillLoading: "Die Denkmäler werden noch geladen.",
  nearestIntro: (found, filtered) => {
    if (found === 0) return filtered ? "Kein Denkmal entspricht Ihren Filtern." : "Es gibt keine Denkmäler.";
    if (found === 1) return filtered ? "Das nächstgelegene Denkmal, das Ihren Filtern entspricht, finden Sie unten." : "Das nächstgelegene Denkmal finden Sie unten.";
    return filtered
      ? `Die ${found} nächstgelegenen Denkmäler, die Ihren Filtern entsprechen, finden Sie unten.`
      : `Die ${found} nächstgelegenen Denkmäler finden Sie unten.`;
  },
  locateFailures: {
    denied:
      "Ihr Standort wurde nicht freigegeben. Wenn Sie sehen möchten, was in der Nähe liegt, erlauben Sie den Standortzugriff für diese Website in den Einstellungen Ihres Browsers und versuchen Sie es erneut.",
    unavailable: "Ihr Standort konnte nicht ermittelt werden. Ist die Standortfunktion auf Ihrem Gerät eingeschaltet? Versuchen Sie es dann erneut, am besten im Freien.",
    timeout: "Die Ermittlung Ihres Standorts hat zu lange gedauert. Bitte versuchen Sie es erneut.",
    unsupported: "Dieser Browser kann Ihren Standort nicht übermitteln. Sie finden die Denkmäler in der Liste unter der Karte.",
    insecure: "Ihr Standort kann nur freigegeben werden, wenn die Website über eine sichere Verbindung (https) geladen wurde.",
  },
};

const fr: MapMessages = {
  lang: "fr",
  distance: (km) => formatDistanceIn("fr", km),

  zoomIn: "Zoom avant",
  zoomOut: "Zoom arrière",
  closePopup: "Fermer la fenêtre",
  tilesFailed: "Fond de carte non chargé",
  tilesOffline: "Fond de carte non disponible hors ligne",
  openStreetMapCredit: "© les contributeurs d'OpenStreetMap",
  overviewMapLabel: "Carte des monuments. Les mêmes monuments figurent dans la liste à côté de la carte.",
  routeMapLabel: "Carte de l'itinéraire avec ses étapes numérotées. Les étapes figurent aussi dans la liste de cette page.",
  routesMapLabel: "Carte de tous les itinéraires. Les mêmes itinéraires figurent dans la liste de cette page.",
  // A colon rather than "de …": no elision to get wrong before a name ("d'Eisden").
  monumentMapLabel: (title) => (title ? `Carte de l'emplacement${NBSP}: ${title}` : "Carte de l'emplacement du monument"),

  kinds: {
    "mine-site": "Site minier",
    headframe: "Chevalement",
    church: "Église",
    "garden-city": "Cité-jardin ou cité",
    casino: "Casino",
    "slag-heap": "Terril",
    memorial: "Mémorial",
    museum: "Musée",
    military: "Patrimoine militaire",
    other: "Autre patrimoine",
  },
  approximate: "emplacement approximatif",
  approximateBadge: "Emplacement approximatif",
  kindIn: (kind, municipality) => `${kind} à ${municipality}`,
  heritageDay: (year) => `Journées du patrimoine ${year} (Open Monumentendag)`,

  // French counts 0 and 1 in the singular.
  allMonuments: (total) => `${total} ${total <= 1 ? "monument" : "monuments"}`,
  someMonuments: (shown, total) => `${shown} sur ${total} ${total <= 1 ? "monument" : "monuments"}`,
  noMonumentsYet: "Pas encore de monuments",
  noMonumentsMatch: "Aucun monument ne correspond à ces filtres",
  mapFailed: (count) => `${count}. La carte n'a pas pu être chargée${NBSP}; la liste est complète.`,

  routeModes: { walk: "Itinéraire à pied", bike: "Itinéraire à vélo", car: "Itinéraire en voiture" },
  route: "Itinéraire",
  asTheCrowFlies: (distance) => `${distance} à vol d'oiseau`,
  stopTitle: (number, name) => `Étape ${number}${NBSP}: ${name}`,
  toStop: (number, distance) => `Vers l'étape ${number}${NBSP}: ${distance}`,
  straightLinesLabel: `À vol d'oiseau${NBSP}: des lignes droites entre les étapes, pas le chemin.`,
  routeFailed: "L'itinéraire n'a pas pu être affiché sur la carte. Les étapes figurent dans la liste ci-dessous.",

  locateButton: `Où suis-je${NBSP}?`,
  locating: "Recherche de votre position…",
  positionShown: "Votre position est indiquée sur la carte (le point bleu).",
  positionAccuracy: (distance) => `La précision est d'environ ${distance}.`,
  stillLoading: "Les monuments sont encore en cours de chargement.",
  nearestIntro: (found, filtered) => {
    const which = filtered ? " correspondant aux filtres choisis" : "";
    if (found === 0) return filtered ? "Aucun monument ne correspond aux filtres choisis." : "Il n'y a aucun monument.";
    if (found === 1) return `Le monument le plus proche${which} figure ci-dessous.`;
    return `Les ${found} monuments les plus proches${which} figurent ci-dessous.`;
  },
  locateFailures: {
    denied:
      "Votre position n'a pas été partagée. Pour voir ce qui se trouve à proximité, autorisez la localisation pour ce site dans les réglages de votre navigateur, puis réessayez.",
    unavailable: `Votre position n'a pas pu être déterminée. La localisation est-elle activée sur votre appareil${NBSP}? Réessayez alors, de préférence à l'extérieur.`,
    timeout: "La détermination de votre position a pris trop de temps. Veuillez réessayer.",
    unsupported: "Ce navigateur ne peut pas transmettre votre position. Cherchez les monuments dans la liste sous la carte.",
    insecure: "Votre position ne peut être partagée que si le site est chargé via une connexion sécurisée (https).",
  },
};

export const MAP_MESSAGES: Record<MapLang, MapMessages> = { nl, en, de, fr };

// The overview map at scale (src/client/overview-map.ts): clusters, popups that load their
// details, and the list under the map in pages. Kept apart from MapMessages above.

export interface OverviewMapMessages {
  /** A cluster's accessible name. */
  clusterTitle(count: number): string;
  /** A popup while its details are being fetched. */
  loadingDetails: string;
  /** A popup whose details did not load. */
  detailsFailed: string;
  /** Which monuments of the list a page shows: "1–50 van 12.345". */
  listRange(first: number, last: number, total: number): string;
  /** While a page of the list fetches its links. */
  listLoading: string;
  /** When they did not load: the names stay, without links. */
  listFailed: string;
  /** In place of the count when the points file did not load; the listings' links follow. */
  dataFailed: string;
}

/** "12.345" in Dutch and German, "12,345" in English, "12 345" in French. */
const formatCount = (lang: MapLang, value: number) => value.toLocaleString({ nl: "nl-BE", en: "en-GB", de: "de-DE", fr: "fr-BE" }[lang]);

export const OVERVIEW_MAP_MESSAGES: Record<MapLang, OverviewMapMessages> = {
  nl: {
    clusterTitle: (count) => `${formatCount("nl", count)} monumenten: inzoomen`,
    loadingDetails: "Laden…",
    detailsFailed: "De gegevens van dit monument konden niet geladen worden. Controleer je verbinding en probeer opnieuw, of zoek het monument in de lijst onder de kaart.",
    listRange: (first, last, total) => `${formatCount("nl", first)}–${formatCount("nl", last)} van ${formatCount("nl", total)}`,
    listLoading: "De lijst wordt geladen…",
    listFailed: "De links van deze monumenten konden niet geladen worden. Controleer je verbinding en probeer opnieuw.",
    dataFailed: "De kaart en de lijst konden niet geladen worden. Alle monumenten staan in de lijsten per gemeente en per soort hieronder.",
  },
  en: {
    clusterTitle: (count) => `${formatCount("en", count)} monuments: zoom in`,
    loadingDetails: "Loading…",
    detailsFailed: "The details of this monument could not be loaded. Check your connection and try again, or find the monument in the list below the map.",
    listRange: (first, last, total) => `${formatCount("en", first)}–${formatCount("en", last)} of ${formatCount("en", total)}`,
    listLoading: "Loading the list…",
    listFailed: "The links of these monuments could not be loaded. Check your connection and try again.",
    dataFailed: "The map and the list could not be loaded. Every monument is in the lists by municipality and by kind below.",
  },
  de: {
    clusterTitle: (count) => `${formatCount("de", count)} Denkmäler: hineinzoomen`,
    loadingDetails: "Wird geladen…",
    detailsFailed: "Die Angaben zu diesem Denkmal konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut, oder suchen Sie das Denkmal in der Liste unter der Karte.",
    listRange: (first, last, total) => `${formatCount("de", first)}–${formatCount("de", last)} von ${formatCount("de", total)}`,
    listLoading: "Die Liste wird geladen…",
    listFailed: "Die Links zu diesen Denkmälern konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    dataFailed: "Die Karte und die Liste konnten nicht geladen werden. Alle Denkmäler stehen in den Listen nach Gemeinde und nach Art unten.",
  },
  fr: {
    clusterTitle: (count) => `${formatCount("fr", count)} monuments${NBSP}: zoomer`,
    loadingDetails: "Chargement…",
    detailsFailed: "Les informations sur ce monument n'ont pas pu être chargées. Vérifiez votre connexion et réessayez, ou cherchez le monument dans la liste sous la carte.",
    listRange: (first, last, total) => `${formatCount("fr", first)}–${formatCount("fr", last)} sur ${formatCount("fr", total)}`,
    listLoading: "Chargement de la liste…",
    listFailed: "Les liens de ces monuments n'ont pas pu être chargés. Vérifiez votre connexion et réessayez.",
    dataFailed: "La carte et la liste n'ont pas pu être chargées. Tous les monuments figurent dans les listes par commune et par type ci-dessous.",
  },
};

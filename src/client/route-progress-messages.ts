import type { Compass } from "../geo/progress.ts";
import type { MapLang } from "./lang.ts";
import type { LocateFailure } from "./nearest.ts";

// What "Waar ben ik op de route?" says, in the site's four languages. Apart from
// messages.ts because only route pages need it; the button's own label is in the page
// (src/i18n/messages/<lang>.ts, routeProgress). Distances come in formatted ("450 m").
// French puts a no-break space before ? ! : ; (NBSP).

export interface RouteProgressMessages {
  /** The direction words, as in "richting noordoost". */
  compass: Record<Compass, string>;
  /** "Volgende stop: 3 · Kerk van Eisden". */
  nextStop(number: number, name: string): string;
  /** The last stop, for a visitor far from the route past its end. */
  lastStop(number: number, name: string): string;
  /** "450 m langs de route, richting noordoost". */
  alongRoute(distance: string, direction: string): string;
  /** "450 m in vogelvlucht, richting noordoost": off the route, or a route without a path. */
  straight(distance: string, direction: string): string;
  /** "Je bent 350 m van de route." */
  offRoute(distance: string): string;
  /** "Je bent bij de laatste stop: 5 · Casino. Dat is het einde van de route." */
  finished(number: number, name: string): string;
  /** "Je positie is onnauwkeurig (±150 m)." */
  inaccurate(distance: string): string;
  /** While the first position is awaited. */
  locating: string;
  /** After the visitor pressed Stop. */
  stopped: string;
  /** Why there is no position: what to do about it. */
  failures: Record<LocateFailure, string>;
}

const NBSP = "\u00a0";

const nl: RouteProgressMessages = {
  compass: { N: "noord", NE: "noordoost", E: "oost", SE: "zuidoost", S: "zuid", SW: "zuidwest", W: "west", NW: "noordwest" },
  nextStop: (number, name) => `Volgende stop: ${number} · ${name}`,
  lastStop: (number, name) => `Laatste stop: ${number} · ${name}`,
  alongRoute: (distance, direction) => `${distance} langs de route, richting ${direction}`,
  straight: (distance, direction) => `${distance} in vogelvlucht, richting ${direction}`,
  offRoute: (distance) => `Je bent ${distance} van de route.`,
  finished: (number, name) => `Je bent bij de laatste stop: ${number} · ${name}. Dat is het einde van de route.`,
  inaccurate: (distance) => `Je positie is onnauwkeurig (±${distance}).`,
  locating: "Je positie wordt gezocht…",
  stopped: "Je positie wordt niet meer gevolgd.",
  failures: {
    denied:
      "Je locatie is niet gedeeld. Sta locatie toe voor deze site: tik op het slotje of het i-teken naast het adres, of kijk in de instellingen van je browser. Tik daarna opnieuw op de knop.",
    unavailable: "Je positie kon niet bepaald worden. Staat locatie aan op je toestel? Buiten, met zicht op de lucht, lukt het meestal beter.",
    timeout: "Het duurt lang om je positie te bepalen. We blijven zoeken; buiten lukt het meestal sneller.",
    unsupported: "Deze browser kan je locatie niet doorgeven. Volg de genummerde stops op de kaart en in de lijst.",
    insecure: "Je locatie kan alleen gedeeld worden als de site via een beveiligde verbinding (https) geladen is.",
  },
};

const en: RouteProgressMessages = {
  compass: { N: "north", NE: "north-east", E: "east", SE: "south-east", S: "south", SW: "south-west", W: "west", NW: "north-west" },
  nextStop: (number, name) => `Next stop: ${number} · ${name}`,
  lastStop: (number, name) => `Last stop: ${number} · ${name}`,
  alongRoute: (distance, direction) => `${distance} along the route, to the ${direction}`,
  straight: (distance, direction) => `${distance} as the crow flies, to the ${direction}`,
  offRoute: (distance) => `You are ${distance} from the route.`,
  finished: (number, name) => `You are at the last stop: ${number} · ${name}. This is the end of the route.`,
  inaccurate: (distance) => `Your position is not accurate (±${distance}).`,
  locating: "Finding your position…",
  stopped: "Your position is no longer being followed.",
  failures: {
    denied:
      "Your location was not shared. Allow location for this site: tap the padlock or the i next to the address, or look in your browser's settings. Then tap the button again.",
    unavailable: "Your position could not be determined. Is location turned on on your device? Outdoors, with a view of the sky, it usually works better.",
    timeout: "Finding your position is taking a long time. We keep trying; outdoors it is usually quicker.",
    unsupported: "This browser cannot share your location. Follow the numbered stops on the map and in the list.",
    insecure: "Your location can only be shared when the site is loaded over a secure connection (https).",
  },
};

const de: RouteProgressMessages = {
  compass: { N: "Norden", NE: "Nordosten", E: "Osten", SE: "Südosten", S: "Süden", SW: "Südwesten", W: "Westen", NW: "Nordwesten" },
  nextStop: (number, name) => `Nächste Station: ${number} · ${name}`,
  lastStop: (number, name) => `Letzte Station: ${number} · ${name}`,
  alongRoute: (distance, direction) => `${distance} entlang der Route, Richtung ${direction}`,
  straight: (distance, direction) => `${distance} Luftlinie, Richtung ${direction}`,
  offRoute: (distance) => `Sie sind ${distance} von der Route entfernt.`,
  finished: (number, name) => `Sie sind an der letzten Station: ${number} · ${name}. Hier endet die Route.`,
  inaccurate: (distance) => `Ihre Position ist ungenau (±${distance}).`,
  locating: "Ihre Position wird ermittelt…",
  stopped: "Ihre Position wird nicht mehr verfolgt.",
  failures: {
    denied:
      "Ihr Standort wurde nicht freigegeben. Erlauben Sie den Standortzugriff für diese Website: Tippen Sie auf das Schloss oder das i neben der Adresse, oder sehen Sie in den Einstellungen Ihres Browsers nach. Tippen Sie danach erneut auf die Schaltfläche.",
    unavailable: "Ihre Position konnte nicht ermittelt werden. Ist die Standortfunktion auf Ihrem Gerät eingeschaltet? Im Freien, mit Blick zum Himmel, klappt es meist besser.",
    timeout: "Die Ermittlung Ihrer Position dauert lange. Wir suchen weiter; im Freien geht es meist schneller.",
    unsupported: "Dieser Browser kann Ihren Standort nicht übermitteln. Folgen Sie den nummerierten Stationen auf der Karte und in der Liste.",
    insecure: "Ihr Standort kann nur freigegeben werden, wenn die Website über eine sichere Verbindung (https) geladen wurde.",
  },
};

const fr: RouteProgressMessages = {
  compass: { N: "nord", NE: "nord-est", E: "est", SE: "sud-est", S: "sud", SW: "sud-ouest", W: "ouest", NW: "nord-ouest" },
  nextStop: (number, name) => `Prochaine étape${NBSP}: ${number} · ${name}`,
  lastStop: (number, name) => `Dernière étape${NBSP}: ${number} · ${name}`,
  alongRoute: (distance, direction) => `${distance} le long de l'itinéraire, direction ${direction}`,
  straight: (distance, direction) => `${distance} à vol d'oiseau, direction ${direction}`,
  offRoute: (distance) => `Vous êtes à ${distance} de l'itinéraire.`,
  finished: (number, name) => `Vous êtes à la dernière étape${NBSP}: ${number} · ${name}. C'est la fin de l'itinéraire.`,
  inaccurate: (distance) => `Votre position est imprécise (±${distance}).`,
  locating: "Recherche de votre position…",
  stopped: "Votre position n'est plus suivie.",
  failures: {
    denied:
      `Votre position n'a pas été partagée. Autorisez la localisation pour ce site${NBSP}: touchez le cadenas ou le i à côté de l'adresse, ou regardez dans les réglages de votre navigateur. Touchez ensuite à nouveau le bouton.`,
    unavailable: `Votre position n'a pas pu être déterminée. La localisation est-elle activée sur votre appareil${NBSP}? À l'extérieur, avec vue sur le ciel, cela marche en général mieux.`,
    timeout: `La détermination de votre position prend du temps. Nous continuons à chercher${NBSP}; à l'extérieur, c'est en général plus rapide.`,
    unsupported: "Ce navigateur ne peut pas transmettre votre position. Suivez les étapes numérotées sur la carte et dans la liste.",
    insecure: "Votre position ne peut être partagée que si le site est chargé via une connexion sécurisée (https).",
  },
};

export const ROUTE_PROGRESS_MESSAGES: Record<MapLang, RouteProgressMessages> = { nl, en, de, fr };

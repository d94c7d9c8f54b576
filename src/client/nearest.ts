import { greatCircleKm, type LatLng } from "../geo/distance.ts";

// "Waar ben ik?": which monuments are nearest, and what to say when the browser
// cannot tell where the visitor is. Pure: tested in tests/client.

export interface Nearby<T> {
  item: T;
  distanceKm: number;
}

/** The `count` items nearest to `from`, nearest first; equal distances keep their order. */
export function nearest<T>(from: LatLng, items: readonly T[], positionOf: (item: T) => LatLng, count = 5): Nearby<T>[] {
  if (count <= 0) return [];
  const measured = items.map((item, index) => ({ item, index, distanceKm: greatCircleKm(from, positionOf(item)) }));
  measured.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
  return measured.slice(0, count).map(({ item, distanceKm }) => ({ item, distanceKm }));
}

export type LocateFailure = "denied" | "unavailable" | "timeout" | "unsupported" | "insecure";

/** GeolocationPositionError codes: 1 permission denied, 2 position unavailable, 3 timeout. */
export function locateFailureFor(code: number): LocateFailure {
  if (code === 1) return "denied";
  if (code === 3) return "timeout";
  return "unavailable";
}

export const LOCATE_MESSAGES: Record<LocateFailure, string> = {
  denied:
    "Je locatie is niet gedeeld. Wil je zien wat dichtbij ligt, sta dan locatie toe voor deze site in de instellingen van je browser en probeer opnieuw.",
  unavailable: "Je locatie kon niet bepaald worden. Staat locatie aan op je toestel? Probeer het dan opnieuw, liefst buiten.",
  timeout: "Het duurde te lang om je locatie te bepalen. Probeer het opnieuw.",
  unsupported: "Deze browser kan je locatie niet doorgeven. Zoek de monumenten in de lijst onder de kaart.",
  insecure: "Je locatie kan alleen gedeeld worden als de site via een beveiligde verbinding (https) geladen is.",
};

/** The sentence above the list of nearest monuments. */
export function nearestIntro(found: number, filtered: boolean): string {
  const which = filtered ? " met de gekozen filters" : "";
  if (found === 0) return `Er zijn geen monumenten${which}.`;
  if (found === 1) return `Het dichtstbijzijnde monument${which} staat hieronder.`;
  return `De ${found} dichtstbijzijnde monumenten${which} staan hieronder.`;
}

/** "Je positie staat op de kaart", with the accuracy when it is worth mentioning (over 100 m). */
export function positionSentence(accuracyM: number, formatDistance: (km: number) => string): string {
  const accuracy = accuracyM > 100 ? ` Je positie is nauwkeurig tot op ongeveer ${formatDistance(accuracyM / 1000)}.` : "";
  return `Je positie staat op de kaart (de blauwe stip).${accuracy}`;
}

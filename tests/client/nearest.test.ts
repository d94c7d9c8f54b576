import { describe, expect, it } from "vitest";
import { MAP_MESSAGES } from "../../src/client/messages.ts";
import { locateFailureFor, nearest, positionSentence } from "../../src/client/nearest.ts";

const { nl, de } = MAP_MESSAGES;

// Real positions from the sample region.
const monuments = [
  { id: "c-mine", lat: 50.98259, lng: 5.49053 },
  { id: "be-mine", lat: 51.07077, lng: 5.22105 },
  { id: "gedenkteken-andre-dumont", lat: 51.01278, lng: 5.57972 },
  { id: "steenkoolmijn-zolder", lat: 51.0278, lng: 5.3136 },
  { id: "steenkoolmijn-eisden", lat: 50.9833, lng: 5.7166 },
  { id: "kamp-van-beverlo", lat: 51.1106, lng: 5.2546 },
];
const position = (monument: { lat: number; lng: number }) => monument;

describe("nearest", () => {
  it("sorts by great-circle distance from the visitor, nearest first", () => {
    const inBeringen = { lat: 51.06, lng: 5.23 };
    const found = nearest(inBeringen, monuments, position, 3);
    expect(found.map((entry) => entry.item.id)).toEqual(["be-mine", "kamp-van-beverlo", "steenkoolmijn-zolder"]);
    expect(found[0]!.distanceKm).toBeCloseTo(1.37, 1);
    expect(found[0]!.distanceKm).toBeLessThan(found[1]!.distanceKm);
  });

  it("returns five by default, and fewer when there are fewer", () => {
    expect(nearest({ lat: 51, lng: 5.5 }, monuments, position)).toHaveLength(5);
    expect(nearest({ lat: 51, lng: 5.5 }, monuments.slice(0, 2), position)).toHaveLength(2);
    expect(nearest({ lat: 51, lng: 5.5 }, [], position)).toEqual([]);
  });

  it("keeps the original order for equal distances", () => {
    const twins = [{ id: "a", lat: 51, lng: 5 }, { id: "b", lat: 51, lng: 5 }];
    expect(nearest({ lat: 50, lng: 5 }, twins, position).map((entry) => entry.item.id)).toEqual(["a", "b"]);
  });

  it("handles 10,000 monuments quickly", () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({ id: String(index), lat: 50.9 + (index % 100) / 400, lng: 5.1 + Math.floor(index / 100) / 140 }));
    const started = performance.now();
    expect(nearest({ lat: 51, lng: 5.4 }, many, position)).toHaveLength(5);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("what the visitor reads", () => {
  it("names each geolocation failure plainly, in every language", () => {
    expect(locateFailureFor(1)).toBe("denied");
    expect(locateFailureFor(2)).toBe("unavailable");
    expect(locateFailureFor(3)).toBe("timeout");
    for (const messages of Object.values(MAP_MESSAGES)) {
      for (const message of Object.values(messages.locateFailures)) expect(message).toMatch(/^\p{Lu}.+\.$/u);
    }
    expect(nl.locateFailures.denied).toContain("niet gedeeld");
  });

  it("introduces the nearest list with the right number and grammar", () => {
    expect(nl.nearestIntro(5, false)).toBe("De 5 dichtstbijzijnde monumenten staan hieronder.");
    expect(nl.nearestIntro(1, false)).toBe("Het dichtstbijzijnde monument staat hieronder.");
    expect(nl.nearestIntro(3, true)).toBe("De 3 dichtstbijzijnde monumenten met de gekozen filters staan hieronder.");
    expect(nl.nearestIntro(0, true)).toBe("Er zijn geen monumenten met de gekozen filters.");
  });

  it("mentions the accuracy of the position only when it is poor", () => {
    expect(positionSentence(20, nl)).toBe("Je positie staat op de kaart (de blauwe stip).");
    expect(positionSentence(1200, nl)).toBe("Je positie staat op de kaart (de blauwe stip). Je positie is nauwkeurig tot op ongeveer 1,2 km.");
    expect(positionSentence(450, nl)).toContain("ongeveer 450 m");
  });

  it("says all of it in German too, with the distance written the German way", () => {
    expect(de.nearestIntro(5, false)).toBe("Die 5 nächstgelegenen Denkmäler finden Sie unten.");
    expect(de.nearestIntro(1, false)).toBe("Das nächstgelegene Denkmal finden Sie unten.");
    expect(de.nearestIntro(3, true)).toBe("Die 3 nächstgelegenen Denkmäler, die Ihren Filtern entsprechen, finden Sie unten.");
    expect(de.nearestIntro(0, true)).toBe("Kein Denkmal entspricht Ihren Filtern.");
    expect(positionSentence(20, de)).toBe("Ihre Position ist auf der Karte markiert (der blaue Punkt).");
    expect(positionSentence(1200, de)).toBe("Ihre Position ist auf der Karte markiert (der blaue Punkt). Die Genauigkeit beträgt etwa 1,2 km.");
    expect(de.locateFailures.denied).toMatch(/^Ihr Standort wurde nicht freigegeben\. .*Einstellungen Ihres Browsers/);
    expect(de.locateFailures.insecure).toContain("(https)");
    expect(positionSentence(1200, MAP_MESSAGES.en)).toContain("about 1.2 km.");
  });
});

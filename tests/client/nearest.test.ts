import { describe, expect, it } from "vitest";
import { formatDistance } from "../../src/i18n/nl.ts";
import { LOCATE_MESSAGES, locateFailureFor, nearest, nearestIntro, positionSentence } from "../../src/client/nearest.ts";

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
  it("names each geolocation failure plainly", () => {
    expect(locateFailureFor(1)).toBe("denied");
    expect(locateFailureFor(2)).toBe("unavailable");
    expect(locateFailureFor(3)).toBe("timeout");
    for (const message of Object.values(LOCATE_MESSAGES)) expect(message).toMatch(/^[A-Z].+\.$/);
    expect(LOCATE_MESSAGES.denied).toContain("niet gedeeld");
  });

  it("introduces the nearest list with the right number and grammar", () => {
    expect(nearestIntro(5, false)).toBe("De 5 dichtstbijzijnde monumenten staan hieronder.");
    expect(nearestIntro(1, false)).toBe("Het dichtstbijzijnde monument staat hieronder.");
    expect(nearestIntro(3, true)).toBe("De 3 dichtstbijzijnde monumenten met de gekozen filters staan hieronder.");
    expect(nearestIntro(0, true)).toBe("Er zijn geen monumenten met de gekozen filters.");
  });

  it("mentions the accuracy of the position only when it is poor", () => {
    expect(positionSentence(20, formatDistance)).toBe("Je positie staat op de kaart (de blauwe stip).");
    expect(positionSentence(1200, formatDistance)).toContain("nauwkeurig tot op ongeveer 1,2 km");
    expect(positionSentence(450, formatDistance)).toContain("ongeveer 450 m");
  });
});

import { describe, expect, it } from "vitest";
import type { Position } from "../../src/geo/gpx.ts";
import { routeProgress, stopsAlongKm } from "../../src/geo/progress.ts";
import { MAP_LANGS, MAP_MESSAGES } from "../../src/client/messages.ts";
import { ROUTE_PROGRESS_MESSAGES } from "../../src/client/route-progress-messages.ts";
import { describeProgress, type ProgressStop } from "../../src/client/route-progress-text.ts";

// "Waar ben ik op de route?" in words (src/client/route-progress-text.ts): a walk due east
// along the 51st parallel near Genk, then due north. A thousandth of a degree of longitude
// here is about 70 m, of latitude about 111 m.

const stops: ProgressStop[] = [
  { number: 1, name: "Schacht", lat: 51, lng: 5.5 },
  { number: 2, name: "Kerk", lat: 51, lng: 5.51 },
  { number: 3, name: "Casino", lat: 51.01, lng: 5.51 },
];
const path: Position[][] = [stops.map((stop) => [stop.lng, stop.lat] as Position)];
const along = stopsAlongKm(path, stops);
const nl = ROUTE_PROGRESS_MESSAGES.nl;
const distance = MAP_MESSAGES.nl.distance;

function describeAt(here: { lat: number; lng: number }, options: { accuracyM?: number; straightLines?: boolean; started?: boolean; lang?: keyof typeof ROUTE_PROGRESS_MESSAGES } = {}) {
  const lang = options.lang ?? "nl";
  return describeProgress(
    { progress: routeProgress(path, stops, along, here), stops, here, accuracyM: options.accuracyM ?? 10, straightLines: options.straightLines ?? false, started: options.started ?? true },
    ROUTE_PROGRESS_MESSAGES[lang],
    MAP_MESSAGES[lang].distance,
  );
}

describe("describeProgress", () => {
  it("on a track: the next stop, its distance along the route and its direction", () => {
    const report = describeAt({ lat: 51, lng: 5.505 });
    expect(report.headline).toBe("Volgende stop: 2 · Kerk — 350 m langs de route, richting oost");
    expect(report.notes).toEqual([]);
    expect(report.state).toBe("on-route");
    expect(report.stopNumber).toBe(2);
  });

  it("without a track: the distance as the crow flies", () => {
    expect(describeAt({ lat: 51.005, lng: 5.51 }, { straightLines: true }).headline).toBe("Volgende stop: 3 · Casino — 560 m in vogelvlucht, richting noord");
  });

  it("off the route: how far, and the next stop as the crow flies", () => {
    const report = describeAt({ lat: 51.004, lng: 5.502 });
    expect(report.state).toBe("off-route");
    expect(report.notes).toEqual(["Je bent 440 m van de route."]);
    expect(report.headline).toMatch(/^Volgende stop: 2 · Kerk — \d+ m in vogelvlucht, richting zuidoost$/);
  });

  it("a route without a track allows more room before calling the visitor off it", () => {
    expect(describeAt({ lat: 51.004, lng: 5.502 }, { straightLines: true }).state).toBe("on-route");
    expect(describeAt({ lat: 51.006, lng: 5.502 }, { straightLines: true }).state).toBe("off-route");
  });

  it("before the visitor has been on the route, off it leads to stop 1", () => {
    const report = describeAt({ lat: 50.99, lng: 5.5 }, { started: false });
    expect(report.headline).toBe("Volgende stop: 1 · Schacht — 1,1 km in vogelvlucht, richting noord");
  });

  it("at the last stop: the end of the route", () => {
    const report = describeAt({ lat: 51.01, lng: 5.51 });
    expect(report.state).toBe("finished");
    expect(report.headline).toBe("Je bent bij de laatste stop: 3 · Casino. Dat is het einde van de route.");
  });

  it("far past the end: the last stop and the way to it", () => {
    const report = describeAt({ lat: 51.03, lng: 5.51 });
    expect(report.state).toBe("off-route");
    expect(report.headline).toBe("Laatste stop: 3 · Casino — 2,2 km in vogelvlucht, richting zuid");
  });

  it("says a poor position, with its accuracy", () => {
    expect(describeAt({ lat: 51, lng: 5.505 }, { accuracyM: 150 }).notes).toEqual(["Je positie is onnauwkeurig (±150 m)."]);
    expect(describeAt({ lat: 51, lng: 5.505 }, { accuracyM: 100 }).notes).toEqual([]);
  });

  it("changes its key only when there is something new to announce", () => {
    const a = describeAt({ lat: 51, lng: 5.503 });
    const b = describeAt({ lat: 51, lng: 5.507 });
    expect(a.headline).not.toBe(b.headline);
    expect(a.key).toBe(b.key);
    expect(describeAt({ lat: 51.003, lng: 5.51 }).key).not.toBe(a.key);
    expect(describeAt({ lat: 51, lng: 5.507 }, { accuracyM: 300 }).key).not.toBe(b.key);
  });

  it("speaks every language of the site", () => {
    const here = { lat: 51, lng: 5.505 };
    expect(describeAt(here, { lang: "en" }).headline).toBe("Next stop: 2 · Kerk — 350 m along the route, to the east");
    expect(describeAt(here, { lang: "de" }).headline).toBe("Nächste Station: 2 · Kerk — 350 m entlang der Route, Richtung Osten");
    expect(describeAt(here, { lang: "fr" }).headline).toBe("Prochaine étape\u00a0: 2 · Kerk — 350 m le long de l'itinéraire, direction est");
  });
});

describe("ROUTE_PROGRESS_MESSAGES", () => {
  it("has every text in every language, none left in Dutch", () => {
    for (const lang of MAP_LANGS) {
      const messages = ROUTE_PROGRESS_MESSAGES[lang];
      const texts = [
        ...Object.values(messages.compass),
        ...Object.values(messages.failures),
        messages.locating,
        messages.stopped,
        messages.nextStop(3, "X"),
        messages.lastStop(3, "X"),
        messages.alongRoute("1 km", "N"),
        messages.straight("1 km", "N"),
        messages.offRoute("1 km"),
        messages.finished(3, "X"),
        messages.inaccurate("1 km"),
      ];
      for (const text of texts) expect(text.trim(), lang).not.toBe("");
      if (lang !== "nl") expect(messages.failures.denied).not.toBe(nl.failures.denied);
    }
    expect(distance(0.45)).toBe("450 m");
  });
});

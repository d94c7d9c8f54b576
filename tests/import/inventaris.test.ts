import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { addressFrom, kindForTypology, summaryFrom } from "../../src/import/inventaris.ts";
import { polygonsCentre } from "../../src/geo/centroid.ts";
import { sampleContentCopy, scratchFolder } from "./helpers.ts";

const GEOJSON = "tests/fixtures/inventaris/erfgoedobjecten.geojson";
const CSV = "tests/fixtures/inventaris/erfgoedobjecten.csv";

describe("npm run import -- --inventaris", () => {
  it("lists the objects of the site's municipalities in a dry run, finds the one already there by its ID, and writes nothing", () => {
    const contentDir = sampleContentCopy();
    const before = readdirSync(path.join(contentDir, "monuments"));
    const result = runCli("import", ["--inventaris", GEOJSON, "--content", contentDir]);
    expect(result.stdout).toMatch(/exists \S*monuments\/sint-barbarakerk-eisden\.md .*same erfgoedobject 1219/);
    expect(result.stdout).toMatch(/would create \S*monuments\/schachtbokken-van-de-steenkoolmijn-van-winterslag\.md/);
    expect(result.stdout).toMatch(/would create \S*monuments\/mijnwerkerswoning\.md/);
    expect(result.stdout).toContain(`${GEOJSON}:feature 4 (erfgoedobject 900003) municipality: warning: "Hasselt" is not a municipality of this region: Stadhuis van Hasselt is left out`);
    expect(result.stdout).toContain(`${GEOJSON}:feature 3 (erfgoedobject 900002) kind: warning: typologie "arbeiderswoningen" has no kind of its own: kind is "other"`);
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(contentDir, "monuments"))).toEqual(before);
  });

  it("writes files that npm run check accepts: ID in protection.erfgoedobject, a point exact, an outline's centre approximate", () => {
    const contentDir = sampleContentCopy();
    const result = runCli("import", ["--inventaris", GEOJSON, "--write", "--content", contentDir]);
    expect(result.status).toBe(0);
    const headframes = readFileSync(path.join(contentDir, "monuments", "schachtbokken-van-de-steenkoolmijn-van-winterslag.md"), "utf8");
    expect(headframes).toContain("kind: headframe\n");
    expect(headframes).toContain("location:\n  lat: 50.9823\n  lng: 5.4905\n  precision: approximate\n");
    expect(headframes).toContain("protection:\n  status: inventoried\n  erfgoedobject: 900001\n");
    expect(headframes).toContain("address: C-mine 10, Genk\n");
    expect(headframes).toContain("(https://inventaris.onroerenderfgoed.be/erfgoedobjecten/900001)");
    const house = readFileSync(path.join(contentDir, "monuments", "mijnwerkerswoning.md"), "utf8");
    expect(house).toContain("precision: exact\n");
    expect(house).toContain("kind: other\n");
    expect(runCli("check", ["--content", contentDir]).status).toBe(0);
  });

  it("with --update changes the position of the file with the same ID, and keeps its title, summary, status and text", () => {
    const contentDir = sampleContentCopy();
    const file = path.join(contentDir, "monuments", "sint-barbarakerk-eisden.md");
    const before = readFileSync(file, "utf8").split("\n");
    const result = runCli("import", ["--inventaris", GEOJSON, "--write", "--update", "--content", contentDir]);
    expect(result.stdout).toMatch(/updated \S*sint-barbarakerk-eisden\.md .*: location\.lat, location\.lng, location\.precision, address/);
    const after = readFileSync(file, "utf8").split("\n");
    expect(after.length).toBe(before.length);
    expect(after.filter((line) => !before.includes(line))).toEqual(["  lat: 50.9823", "  lng: 5.6971", "  precision: exact", "address: Kastanjelaan, Maasmechelen"]);
    expect(after).toContain("title: Sint-Barbarakerk");
    expect(after).toContain("  status: protected-monument");
  });

  it("reads the CSV export, and refuses coordinates in Lambert 72 with a hint", () => {
    const contentDir = sampleContentCopy();
    const result = runCli("import", ["--inventaris", CSV, "--content", contentDir]);
    expect(result.stdout).toMatch(/would create \S*monuments\/sint-theodarduskerk\.md {2}Sint-Theodarduskerk/);
    expect(result.stdout).toContain(`${CSV}:erfgoedobjecten!C3 municipality: warning: "Hasselt" is not a municipality of this region`);

    const lambert = path.join(scratchFolder(), "lambert.geojson");
    writeFileSync(lambert, JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "EPSG:31370" } },
      features: [{ type: "Feature", properties: { id: 5, naam: "Schachtbok", locatie_samenvatting: "Genk", typologie: ["schachtbokken"] }, geometry: { type: "Point", coordinates: [228000, 187000] } }],
    }));
    const refused = runCli("import", ["--inventaris", lambert, "--content", contentDir]);
    expect(refused.stdout).toContain("feature 1 (erfgoedobject 5) location: the coordinates are not in degrees (EPSG:31370) (export as GeoJSON in WGS84 (EPSG:4326)");
    expect(refused.status).toBe(1);
  });
});

describe("inventory mapping", () => {
  it("maps typologie terms to a kind only where one clearly fits", () => {
    expect(kindForTypology(["parochiekerken"])).toBe("church");
    expect(kindForTypology(["schachtbokken", "steenkoolmijnen"])).toBe("headframe");
    expect(kindForTypology(["terrils"])).toBe("slag-heap");
    expect(kindForTypology(["tuinwijken"])).toBe("garden-city");
    expect(kindForTypology(["arbeiderswoningen"])).toBeUndefined();
  });

  it("turns the location summary into an address and keeps a summary within 200 characters in whole sentences", () => {
    expect(addressFrom("Kastanjelaan 12 (Maasmechelen)", "Maasmechelen")).toBe("Kastanjelaan 12, Maasmechelen");
    expect(addressFrom("Genk", "Genk")).toBeUndefined();
    const long = `${"Een zin van ongeveer vijftig tekens over de mijn hier. ".repeat(5)}`;
    const { text, shortened } = summaryFrom(long);
    expect(shortened).toBe(true);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith(".")).toBe(true);
  });

  it("places an outline at its centre", () => {
    expect(polygonsCentre([[[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]])).toEqual({ lng: 1, lat: 1 });
  });
});

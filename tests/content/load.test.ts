import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../src/content/load.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { CHURCH_MD, MONUMENT_MD, ROUTE_MD, SITE_YAML, STORY_MD, regionWith } from "../helpers/content-dir.ts";

/** Loads a region with some files replaced; problems as printed, paths from content/. */
async function problemsOf(overrides: Record<string, string | undefined>) {
  const { model, problems } = await loadSite(regionWith(overrides));
  return { model, lines: problems.map((problem) => formatProblem(problem).replace(/^.*?(content\/)/, "$1")) };
}

describe("loadSite", () => {
  describe("a valid region", () => {
    it("gives a linked model with no problems", async () => {
      const { model, lines } = await problemsOf({});
      expect(lines).toEqual([]);
      expect(model?.monuments.map((monument) => monument.slug)).toEqual(["c-mine", "heilig-hartkerk"]);
      expect(model?.monuments[0]?.url).toBe("/monumenten/c-mine/");
      expect(model?.monuments[0]?.municipality.url).toBe("/gemeenten/genk/");
      expect(model?.featuredRoutes.map((route) => route.slug)).toEqual(["mijnwandeling"]);
    });

    it("links stories and monuments from either side", async () => {
      const { model } = await problemsOf({});
      const story = model!.stories[0]!;
      // The story names heilig-hartkerk; c-mine names the story.
      expect(story.monuments.map((monument) => monument.slug)).toEqual(["c-mine", "heilig-hartkerk"]);
      expect(model!.monuments.every((monument) => monument.stories.includes(story))).toBe(true);
    });

    it("computes route legs as great-circle distances between stops", async () => {
      const { model } = await problemsOf({});
      const route = model!.routes[0]!;
      expect(route.stops.map((stop) => stop.name)).toEqual(["C-mine", "Uitkijkpunt", "Heilig Hartkerk"]);
      expect(route.legs).toHaveLength(2);
      expect(route.legs[0]!.distanceKm).toBeCloseTo(1.06, 2);
      expect(route.distanceKm).toBeCloseTo(route.legs[0]!.distanceKm + route.legs[1]!.distanceKm, 10);
      expect(route.distanceMethod).toBe("straight-lines");
      expect(route.municipalities.map((municipality) => municipality.name)).toEqual(["Genk"]);
      expect(model!.monuments[0]!.routes).toEqual([route]);
    });

    it("publishes images under /media/ and skips drafts starting with _", async () => {
      const { model } = await problemsOf({ "monuments/_concept.md": "not even front matter" });
      expect(model!.monuments[0]!.images[0]!.url).toBe("/media/monuments/schets.svg");
      expect(model!.monuments).toHaveLength(2);
    });
  });

  describe("YAML and front matter", () => {
    it("reports a YAML syntax error with its line", async () => {
      const broken = MONUMENT_MD.replace("kind: mine-site", "kind: [mine-site");
      const { model, lines } = await problemsOf({ "monuments/c-mine.md": broken });
      expect(model).toBeUndefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:\d+ YAML syntax error: /);
    });

    it("reports a field written twice at the second one", async () => {
      const twice = MONUMENT_MD.replace("kind: mine-site", "kind: mine-site\nkind: church");
      const { lines } = await problemsOf({ "monuments/c-mine.md": twice });
      expect(lines).toEqual([expect.stringMatching(/^content\/monuments\/c-mine\.md:9 YAML syntax error: Map keys must be unique/)]);
    });

    it("reports a file without front matter", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": "# C-mine\n" });
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:1 the file does not start with front matter/);
    });

    it("reports front matter that is never closed", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": "---\ntitle: C-mine\n" });
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:1 the front matter is never closed/);
    });

    it("reads Windows line endings and a byte-order mark", async () => {
      const { model, lines } = await problemsOf({ "monuments/c-mine.md": `\uFEFF${MONUMENT_MD.replace(/\n/g, "\r\n")}` });
      expect(lines).toEqual([]);
      expect(model!.monuments[0]!.title).toBe("C-mine");
    });
  });

  describe("fields", () => {
    it("names a missing required field and the line of its parent", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("kind: mine-site\n", "") });
      expect(lines).toEqual([
        'content/monuments/c-mine.md:1 kind: is required but missing (write one of "mine-site", "headframe", "church", "garden-city", "casino", "slag-heap", "memorial", "museum", "military" or "other")',
      ]);
    });

    it("reports a missing nested field on the line of its parent", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("  precision: exact\n", "") });
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:4 location\.precision: is required but missing/);
    });

    it("reports a mistyped number with a decimal-comma hint", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("lat: 50.98259", 'lat: "50,98259"') });
      expect(lines).toEqual([
        'content/monuments/c-mine.md:5 location.lat: must be a number, not "50,98259" (use a decimal point, not a comma: 50.98259)',
      ]);
    });

    it("reports an unknown field with a did-you-mean hint", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("summary:", "sumary:") });
      expect(lines).toContain('content/monuments/c-mine.md:9 sumary: unknown field (did you mean "summary"?)');
      expect(lines).toContain("content/monuments/c-mine.md:1 summary: is required but missing (one or two sentences for cards and map popups, at most 200 characters)");
    });

    it("reports an unknown nested field at its own line", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("    licence: CC0-1.0", "    licence: CC0-1.0\n    licentie: CC0") });
      expect(lines).toEqual(['content/monuments/c-mine.md:15 images[0].licentie: unknown field (did you mean "licence"?)']);
    });

    it("suggests the closest allowed value", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("kind: mine-site", "kind: mijn-site") });
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:8 kind: "mijn-site" is not allowed; use .* \(did you mean "mine-site"\?\)$/);
    });

    it("says by how much a summary is too long", async () => {
      const long = "x".repeat(230);
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace(/summary: .*/, `summary: ${long}`) });
      expect(lines).toEqual(["content/monuments/c-mine.md:9 summary: is 230 characters long; the limit is 200 (shorten it by 30)"]);
    });

    it("rejects a latitude out of range", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("lat: 50.98259", "lat: 150.98259") });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:5 location\.lat: is 150\.98259; the largest allowed value is 90/);
    });

    it("warns, without failing, about a position outside the region and spots swapped coordinates", async () => {
      const swapped = MONUMENT_MD.replace("lat: 50.98259", "lat: 5.49053").replace("lng: 5.49053", "lng: 50.98259");
      const { model, lines } = await problemsOf({ "monuments/c-mine.md": swapped });
      expect(model).toBeDefined();
      expect(lines).toEqual([
        "content/monuments/c-mine.md:4 location: warning: 5.49053, 50.98259 lies outside the region's bounds set in content/site.yaml (lat and lng look swapped)",
      ]);
    });

    it("rejects dates that do not exist", async () => {
      const dated = MONUMENT_MD.replace("kind: mine-site", 'kind: mine-site\ndates:\n  opened: 1917\n  closed: "1988-13-31"\n  built: "1939-1943"');
      const { lines } = await problemsOf({ "monuments/c-mine.md": dated });
      expect(lines).toEqual([
        'content/monuments/c-mine.md:11 dates.closed: "1988-13-31" is not a date (write a year (1901), a month ("1901-08") or a day ("1901-08-02"))',
      ]);
    });

    it("requires a transcript for audio", async () => {
      const story = STORY_MD.replace("authors:", "audio:\n  file: opname.mp3\nauthors:");
      const { lines } = await problemsOf({ "stories/laatste-mijn.md": story, "stories/opname.mp3": "ID3" });
      expect(lines).toEqual([
        "content/stories/laatste-mijn.md:6 audio.transcript: is required but missing (the full text of the recording, so people who cannot listen can read it)",
      ]);
    });

    it("requires a route stop to be a monument or a named waypoint with a position", async () => {
      const route = ROUTE_MD.replace("    location: { lat: 50.99, lng: 5.50, precision: approximate }\n", "");
      const { lines } = await problemsOf({ "routes/mijnwandeling.md": route });
      expect(lines).toEqual([
        "content/routes/mijnwandeling.md:9 stops[1]: a waypoint needs a location (add location with lat, lng and precision)",
      ]);
    });

    it("reports every problem of every file in one run", async () => {
      const { lines } = await problemsOf({
        "monuments/c-mine.md": MONUMENT_MD.replace("kind: mine-site", "kind: mijn"),
        "monuments/heilig-hartkerk.md": CHURCH_MD.replace("municipality: Genk", "municipality: Gnk"),
        "stories/laatste-mijn.md": STORY_MD.replace("kind: event", "kind: feest"),
      });
      expect(lines.map((line) => line.split(" ")[0])).toEqual([
        "content/monuments/c-mine.md:8",
        "content/monuments/heilig-hartkerk.md:3",
        "content/stories/laatste-mijn.md:3",
      ]);
    });
  });

  describe("references", () => {
    it("reports a route stop naming a monument that does not exist", async () => {
      const { lines } = await problemsOf({ "routes/mijnwandeling.md": ROUTE_MD.replace("monument: c-mine", "monument: c-mijn") });
      expect(lines).toEqual(['content/routes/mijnwandeling.md:8 stops[0].monument: there is no monument "c-mijn" (did you mean "c-mine"?)']);
    });

    it("reports a story reference that does not exist", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("stories: [laatste-mijn]", "stories: [eerste-mijn, laatste-mijn]") });
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:15 stories\[0\]: there is no story "eerste-mijn"/);
    });

    it("reports a municipality outside the region with a suggestion", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("municipality: Genk", "municipality: genck") });
      expect(lines).toEqual(['content/monuments/c-mine.md:3 municipality: "genck" is not a municipality of this region (did you mean "Genk"?)']);
    });

    it("reports featured routes that do not exist in site.yaml", async () => {
      const { lines } = await problemsOf({ "routes/mijnwandeling.md": undefined });
      expect(lines).toEqual([
        'content/site.yaml:15 featuredRoutes[0]: there is no route "mijnwandeling" (use the file name of a route in content/routes, without .md)',
      ]);
    });

    it("reports a home page lead monument that does not exist, with a suggestion", async () => {
      const { lines } = await problemsOf({ "site.yaml": `${SITE_YAML}home:\n  leadMonument: c-mien\n` });
      expect(lines).toEqual(['content/site.yaml:17 home.leadMonument: there is no monument "c-mien" (did you mean "c-mine"?)']);
    });

    it("does not report references to an entry that exists but has errors of its own", async () => {
      const { lines } = await problemsOf({ "monuments/heilig-hartkerk.md": CHURCH_MD.replace("kind: church", "kind: kerk") });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^content\/monuments\/heilig-hartkerk\.md:5 kind:/);
    });

    it("still checks the references of a file with schema errors", async () => {
      const broken = MONUMENT_MD.replace("kind: mine-site", "kind: mijn").replace("stories: [laatste-mijn]", "stories: [laatste-mjin]");
      const { lines } = await problemsOf({ "monuments/c-mine.md": broken });
      expect(lines.map((line) => line.split(":").slice(0, 2).join(":"))).toEqual([
        "content/monuments/c-mine.md:8 kind",
        "content/monuments/c-mine.md:15 stories[0]",
      ]);
    });

    it("reports duplicate names across subfolders", async () => {
      const { lines } = await problemsOf({ "monuments/genk/c-mine.md": MONUMENT_MD });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^content\/monuments\/genk\/c-mine\.md:1 the name "c-mine" is already used by .*content\/monuments\/c-mine\.md \(two pages cannot have the same address; rename one of the files\)$/);
    });

    it("reports a file name that cannot be an address, with the fixed name", async () => {
      const { lines } = await problemsOf({ "monuments/Sint Barbarakerk.md": CHURCH_MD.replace(/^summary: .*$/m, "summary: De kerk van de mijnwerkers van Beringen.") });
      expect(lines[0]).toMatch(/Sint Barbarakerk\.md:1 the file name "Sint Barbarakerk" cannot be used as a page address \(rename the file to sint-barbarakerk\.md/);
    });
  });

  describe("files", () => {
    it("reports an image that does not exist", async () => {
      const { lines } = await problemsOf({ "monuments/schets.svg": undefined });
      expect(lines[0]).toMatch(/^content\/monuments\/c-mine\.md:11 images\[0\]\.file: file "schets\.svg" does not exist/);
    });

    it("refuses paths that escape the content folder", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("file: schets.svg", "file: ../../../../etc/hosts.svg") });
      expect(lines[0]).toMatch(/c-mine\.md:11 images\[0\]\.file: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/hosts\.svg" points outside the content folder/);
    });

    it("refuses a symbolic link that leads outside the content folder", async () => {
      const outside = path.join(tmpdir(), `schachtbok-outside-${process.pid}.svg`);
      writeFileSync(outside, "<svg/>");
      const contentDir = regionWith({ "monuments/schets.svg": undefined });
      mkdirSync(path.join(contentDir, "monuments"), { recursive: true });
      symlinkSync(outside, path.join(contentDir, "monuments", "schets.svg"));
      const { problems } = await loadSite(contentDir);
      expect(problems.map(formatProblem)[0]).toMatch(/images\[0\]\.file: "schets\.svg" is a link to a file outside the content folder/);
    });

    it("refuses web addresses and files of the wrong type", async () => {
      const { lines } = await problemsOf({
        "monuments/c-mine.md": MONUMENT_MD.replace("file: schets.svg", "file: https://example.org/x.jpg"),
        "monuments/heilig-hartkerk.md": CHURCH_MD.replace("kind: church", "kind: church\nimages:\n  - file: notities.txt\n    alt: Een kerk met toren\n    credit: Test\n    licence: CC0-1.0"),
        "monuments/notities.txt": "x",
      });
      expect(lines[0]).toMatch(/c-mine\.md:11 images\[0\]\.file: "https:\/\/example\.org\/x\.jpg" is a web address, not a file/);
      expect(lines[1]).toMatch(/heilig-hartkerk\.md:7 images\[0\]\.file: "notities\.txt" is not an image/);
    });

    it("says a path on the author's computer is one, and which name to write instead", async () => {
      const paths = ["C:\\Users\\An\\Pictures\\kiosk.jpg", "file:///C:/Users/An/Pictures/kiosk%20oud.jpg", "/Users/an/Desktop/kiosk.jpg"];
      for (const reference of paths) {
        const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("file: schets.svg", `file: ${reference}`) });
        const name = reference.endsWith("oud.jpg") ? "kiosk oud.jpg" : "kiosk.jpg";
        const quoted = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(
          new RegExp(
            `^content/monuments/c-mine\\.md:11 images\\[0\\]\\.file: "${quoted(reference)}" is a path on this computer, not a file in the content folder ` +
              `\\(put ${quoted(name)} next to the Markdown file \\(in \\S*content/monuments/\\) and write file: ${quoted(name)}\\)$`,
          ),
        );
      }
    });

    it("suggests the file a name differs from only in capitals, or by a typo", async () => {
      const { lines } = await problemsOf({
        "monuments/c-mine.md": MONUMENT_MD.replace("file: schets.svg", "file: Schets.svg"),
        "monuments/heilig-hartkerk.md": CHURCH_MD.replace("kind: church", "kind: church\nimages:\n  - file: /monuments/shcets.svg\n    alt: Een kerk met toren\n    credit: Test\n    licence: CC0-1.0"),
      });
      expect(lines).toEqual([
        'content/monuments/c-mine.md:11 images[0].file: file "Schets.svg" does not exist (did you mean "schets.svg"? Capitals count on the web)',
        'content/monuments/heilig-hartkerk.md:7 images[0].file: file "/monuments/shcets.svg" does not exist (did you mean "/monuments/schets.svg"?)',
      ]);
    });

    it("reports alt text that is only the file name", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("alt: Tekening van een stalen schachtbok", "alt: schets.svg") });
      expect(lines).toEqual(["content/monuments/c-mine.md:12 images[0].alt: is a file name, not a description (describe what the image shows for someone who cannot see it)"]);
    });

    it("asks who holds the rights of an image with all rights reserved", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("licence: CC0-1.0", "licence: all-rights-reserved") });
      expect(lines).toEqual([
        'content/monuments/c-mine.md:11 images[0].holder: an image with all rights reserved needs the rights holder (add holder: with who owns the rights, e.g. holder: "Stad Genk", and make sure you may use it)',
      ]);
      const held = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("licence: CC0-1.0", "licence: all-rights-reserved\n    holder: Stad Genk") });
      expect(held.lines).toEqual([]);
      expect(held.model!.monuments[0]!.images[0]!.holder).toBe("Stad Genk");
    });

    it("reports a focal point that is not two percentages", async () => {
      const { lines } = await problemsOf({ "monuments/c-mine.md": MONUMENT_MD.replace("licence: CC0-1.0", 'licence: CC0-1.0\n    focus: "links boven"') });
      expect(lines).toEqual([
        'content/monuments/c-mine.md:15 images[0].focus: "links boven" is not a focal point (write two percentages, from the left and from the top, e.g. focus: "40% 30%")',
      ]);
    });

    it("reports a missing site configuration", async () => {
      const { lines } = await problemsOf({ "site.yaml": undefined });
      expect(lines).toEqual([
        "content/site.yaml:1 the site configuration is missing (create content/site.yaml with title, description, baseUrl, region and municipalities (see the README))",
      ]);
    });
  });
});

describe("did-you-mean for Dutch words", () => {
  it.each([
    ["kind: mine-site", "kind: kerk", 'did you mean "church"?'],
    ["kind: mine-site", "kind: mijn", 'did you mean "mine-site"?'],
    ["kind: mine-site", "kind: Terril", 'did you mean "slag-heap"?'],
    ["precision: exact", "precision: bij benadering", 'did you mean "approximate"?'],
  ])("suggests the value for %s written as %s", async (from, to, hint) => {
    const { problems } = await loadSite(regionWith({ "monuments/c-mine.md": MONUMENT_MD.replace(from, to) }));
    expect(problems.map(formatProblem)[0]).toContain(`(${hint})`);
  });

  it("gives no hint rather than a wrong one", async () => {
    const { problems } = await loadSite(regionWith({ "monuments/c-mine.md": MONUMENT_MD.replace("kind: mine-site", "kind: xyz") }));
    expect(problems.map(formatProblem)[0]).toMatch(/kind: "xyz" is not allowed; use "mine-site", .* or "other"$/);
  });
});

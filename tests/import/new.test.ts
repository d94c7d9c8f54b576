import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { runCli } from "../helpers/cli.ts";
import { allowedKeys } from "../../src/content/validate.ts";
import { ENTRY_FOLDERS, ENTRY_TYPES, type EntryType } from "../../src/content/authoring/templates.ts";
import { monumentSchema } from "../../src/content/schemas/monument.ts";
import { routeSchema } from "../../src/content/schemas/route.ts";
import { storySchema } from "../../src/content/schemas/story.ts";
import { seriesSchema } from "../../src/content/schemas/series.ts";
import { packSchema } from "../../src/content/schemas/pack.ts";
import { sampleContentCopy } from "./helpers.ts";

const SCHEMAS: Record<EntryType, z.ZodType> = { monument: monumentSchema, route: routeSchema, story: storySchema, series: seriesSchema, pack: packSchema };

/** What a person writes where the comments ask for a value. */
const FILLED: Record<EntryType, [RegExp, string][]> = {
  monument: [
    [/^municipality:$/m, "municipality: Genk"],
    [/^ {2}lat:$/m, "  lat: 50.98"],
    [/^ {2}lng:$/m, "  lng: 5.49"],
    [/^kind:$/m, "kind: church"],
    [/^summary:$/m, "summary: Een kerk om te testen dat het sjabloon klopt."],
  ],
  route: [
    [/^mode:$/m, "mode: walk"],
    [/^summary:$/m, "summary: Een wandeling om het sjabloon te testen."],
    [/^start:$/m, "start: Parking C-mine"],
    [/^finish:$/m, "finish: be-MINE"],
    [/^ {2}- monument:$/m, "  - monument: c-mine"],
    [/^ {2}- monument:$/m, "  - monument: be-mine"],
  ],
  story: [
    [/^kind:$/m, "kind: story"],
    [/^date:$/m, "date: 1917"],
    [/^summary:$/m, "summary: Een verhaal om het sjabloon te testen."],
  ],
  series: [
    [/^year:$/m, "year: 2025"],
    [/^ {2}- monument:$/m, "  - monument: c-mine"],
  ],
  pack: [
    [/^summary:$/m, "summary: Een lespakket om het sjabloon te testen."],
    [/^level:$/m, "level: lager"],
    [/^grades:$/m, "grades: [5, 6]"],
    [/^subjects:$/m, "subjects: [geschiedenis]"],
    [/^duration:$/m, "duration: 120"],
    [/^monuments:$/m, "monuments: [c-mine]"],
    [/^ {2}-$/m, "  - De leerlingen kennen de mijn."],
    [/^ {2}- monument:$/m, "  - monument: c-mine"],
    [/^ {6}- open:$/m, "      - open: Waarom staat hier een toren?"],
    [/^ {8}answer:$/m, "        answer: Voor de liften van de mijn."],
  ],
};

/** Every field path of a schema, nested ones included ("location.lat", "stops.questions.open"). */
function fieldNames(schema: z.ZodType, at: PropertyKey[] = []): string[] {
  return allowedKeys(schema, at).flatMap((key) => {
    const nested = fieldNames(schema, [...at, key]);
    // A group's fields, or, for a list, the fields of its items.
    return [key, ...(nested.length > 0 ? nested : fieldNames(schema, [...at, key, 0]))];
  });
}

describe("npm run new", () => {
  for (const type of ENTRY_TYPES) {
    it(`writes a ${type} with every field, which passes npm run check once the empty fields are filled in`, () => {
      const contentDir = sampleContentCopy();
      const result = runCli("new", [type, "Proef Sint-Barbara", "--content", contentDir]);
      expect(result.status).toBe(0);
      const file = path.join(contentDir, ENTRY_FOLDERS[type], "proef-sint-barbara.md");
      expect(result.stdout).toContain(`proef-sint-barbara.md`);
      expect(result.stdout).toContain("npm run check");
      const template = readFileSync(file, "utf8");
      expect(template).toContain('title: "Proef Sint-Barbara"');
      for (const field of new Set(fieldNames(SCHEMAS[type]))) {
        expect(template, `field ${field}`).toMatch(new RegExp(`^[ #-]*${field}:`, "m"));
      }
      // As written, the check names what is still empty.
      expect(runCli("check", ["--content", contentDir]).status).toBe(1);
      let filled = template;
      for (const [placeholder, value] of FILLED[type]) {
        expect(filled, String(placeholder)).toMatch(placeholder);
        filled = filled.replace(placeholder, value);
      }
      writeFileSync(file, filled);
      const check = runCli("check", ["--content", contentDir]);
      expect(check.stdout).toContain("content is valid");
      expect(check.status).toBe(0);

      const again = runCli("new", [type, "Proef Sint-Barbara", "--content", contentDir]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("already exists");
      expect(readFileSync(file, "utf8")).toBe(filled);
    });
  }
});

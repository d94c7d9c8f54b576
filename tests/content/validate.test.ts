import { describe, expect, it } from "vitest";
import { monumentSchema } from "../../src/content/schemas/monument.ts";
import { allowedKeys } from "../../src/content/validate.ts";

// The fields a schema accepts at a path: what "did you mean" and "allowed fields here" offer.

describe("allowedKeys", () => {
  it("lists the fields of a nested object", () => {
    expect(allowedKeys(monumentSchema, ["location"])).toEqual(["lat", "lng", "precision"]);
    expect(allowedKeys(monumentSchema, ["images", 0])).toContain("alt");
  });

  it("gives none, rather than failing, for a path the schema does not have", () => {
    expect(allowedKeys(monumentSchema, ["location", 0])).toEqual([]);
    expect(allowedKeys(monumentSchema, ["nothing", "deeper"])).toEqual([]);
  });
});

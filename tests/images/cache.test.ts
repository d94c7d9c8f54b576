import { describe, expect, it } from "vitest";
import { digestOf } from "../../src/images/cache.ts";

describe("digestOf", () => {
  it("gives the same key for the same parts and another when any part changes", () => {
    const key = digestOf(2, "foto.jpg", { width: 800 }, ["webp"]);
    expect(digestOf(2, "foto.jpg", { width: 800 }, ["webp"])).toBe(key);
    expect(digestOf(2, "foto.jpg", { width: 801 }, ["webp"])).not.toBe(key);
    expect(digestOf(3, "foto.jpg", { width: 800 }, ["webp"])).not.toBe(key);
  });

  it("takes a missing part (a series without a logo) and tells it apart from null and from the word", () => {
    const keys = [digestOf("a", undefined), digestOf("a", null), digestOf("a", "undefined"), digestOf("a")];
    expect(new Set(keys).size).toBe(4);
  });

  it("keeps parts apart: ('ab', 'c') is not ('a', 'bc')", () => {
    expect(digestOf("ab", "c")).not.toBe(digestOf("a", "bc"));
  });
});

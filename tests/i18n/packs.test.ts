import { describe, expect, it } from "vitest";
import { formatLevel, formatPackDuration } from "../../src/i18n/packs.ts";

describe("formatLevel", () => {
  it("names the level and grades as Flemish schools do", () => {
    expect(formatLevel("lager", [5, 6])).toBe("Lager onderwijs, 5e en 6e leerjaar");
    expect(formatLevel("lager", [4])).toBe("Lager onderwijs, 4e leerjaar");
    expect(formatLevel("kleuter", [1, 2, 3])).toBe("Kleuteronderwijs, 1e, 2e en 3e kleuterklas");
  });

  it("adds the graad in secondary school when the years are in one", () => {
    expect(formatLevel("secundair", [3, 4])).toBe("Secundair onderwijs, 3e en 4e jaar (2e graad)");
    expect(formatLevel("secundair", [2, 3])).toBe("Secundair onderwijs, 2e en 3e jaar");
  });
});

describe("formatPackDuration", () => {
  it("gives the time and the lesson periods of 50 minutes it takes", () => {
    expect(formatPackDuration(150)).toBe("2 u 30 min (3 lestijden)");
    expect(formatPackDuration(50)).toBe("50 min (1 lestijd)");
    expect(formatPackDuration(200)).toBe("3 u 20 min (4 lestijden)");
  });
});

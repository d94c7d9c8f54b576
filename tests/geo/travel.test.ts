import { describe, expect, it } from "vitest";
import { estimateMinutes } from "../../src/geo/travel.ts";

describe("estimateMinutes", () => {
  it("walks 6 km in 1 h 30 min at 4 km/h", () => {
    expect(estimateMinutes(6, "walk")).toBe(90);
  });
  it("cycles 45 km in 3 h at 15 km/h", () => {
    expect(estimateMinutes(45, "bike")).toBe(180);
  });
  it("rounds up to whole 5 minutes and never says 0", () => {
    expect(estimateMinutes(10.1, "car")).toBe(20);
    expect(estimateMinutes(0, "walk")).toBe(5);
  });
});

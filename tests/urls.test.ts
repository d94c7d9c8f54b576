import { describe, expect, it } from "vitest";
import { absoluteUrl, displayUrl } from "../src/urls.ts";

describe("absoluteUrl", () => {
  it("joins the base URL and a site path with exactly one slash", () => {
    expect(absoluteUrl("/monumenten/c-mine/", "https://example.org")).toBe("https://example.org/monumenten/c-mine/");
    expect(absoluteUrl("/monumenten/c-mine/", "https://example.org/erfgoed/")).toBe("https://example.org/erfgoed/monumenten/c-mine/");
    expect(absoluteUrl("https://elders.be/x", "https://example.org/")).toBe("https://elders.be/x");
  });
});

describe("displayUrl", () => {
  it("drops the scheme and a trailing slash", () => {
    expect(displayUrl("https://www.c-mine.be/")).toBe("www.c-mine.be");
    expect(displayUrl("http://www.mijnmuseum.be/nearby/")).toBe("www.mijnmuseum.be/nearby");
  });
});

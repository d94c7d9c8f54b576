import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { MONUMENT_MD, ROUTE_MD, regionWith } from "../helpers/content-dir.ts";

describe("npm run check", () => {
  it("accepts the bundled sample region", () => {
    const result = runCli("check");
    expect(result.stdout).toMatch(/\d+ monuments, \d+ routes, \d+ stories, \d+ postcard series, \d+ teaching packs: content is valid/);
    expect(result.status).toBe(0);
  });

  it("prints every problem as path:line field: problem (hint) and exits non-zero", () => {
    const contentDir = regionWith({
      "monuments/c-mine.md": MONUMENT_MD.replace("kind: mine-site", "kind: mijn"),
      "routes/mijnwandeling.md": ROUTE_MD.replace("monument: c-mine", "monument: c-mijn"),
    });
    const result = runCli("check", ["--content", contentDir]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/content\/monuments\/c-mine\.md:8 kind: "mijn" is not allowed; use .* \(did you mean "mine-site"\?\)$/);
    expect(lines[1]).toMatch(/content\/routes\/mijnwandeling\.md:8 stops\[0\]\.monument: there is no monument "c-mijn" \(did you mean "c-mine"\?\)$/);
    expect(lines).toContain("2 errors, 0 warnings in the content.");
  });

  it("passes with warnings, and prints them", () => {
    const contentDir = regionWith({ "monuments/c-mine.md": MONUMENT_MD.replace("lng: 5.49053", "lng: 4.2") });
    const result = runCli("check", ["--content", contentDir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/c-mine\.md:4 location: warning: 50\.98259, 4\.2 lies outside the region's bounds/);
  });
});

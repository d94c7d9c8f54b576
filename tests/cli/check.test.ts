import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { MONUMENT_MD, ROUTE_MD, regionWith } from "../helpers/content-dir.ts";
import { phonePhoto } from "../helpers/images.ts";

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

  it("says one thing once: a photo too small for its postcard and a series' card is one warning", async () => {
    const contentDir = regionWith({
      "monuments/c-mine.md": MONUMENT_MD.replace("file: schets.svg", "file: foto.jpg").replace(
        "stories: [laatste-mijn]",
        "postcard:\n  title: De eerste kolen\n  text: Winterslag haalde als eerste Kempense mijn steenkool boven.\nstories: [laatste-mijn]",
      ),
      "series/mijnen.md": "---\ntitle: Mijnen op kaart\nyear: 2026\ncards:\n  - monument: c-mine\n---\nEen reeks.\n",
    });
    writeFileSync(path.join(contentDir, "monuments", "foto.jpg"), await phonePhoto(1500, 1100));
    const result = runCli("check", ["--content", contentDir]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.filter((line) => line.includes("c-mine.md:11 images[0].file: warning: foto.jpg: 1500 x 1100 pixels prints at 247 dpi"))).toHaveLength(1);
    expect(lines).toContain("0 errors, 1 warning in the content.");
  });

  it("passes with warnings, and prints them", () => {
    const contentDir = regionWith({ "monuments/c-mine.md": MONUMENT_MD.replace("lng: 5.49053", "lng: 4.2") });
    const result = runCli("check", ["--content", contentDir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/c-mine\.md:4 location: warning: 50\.98259, 4\.2 lies outside the region's bounds/);
  });
});

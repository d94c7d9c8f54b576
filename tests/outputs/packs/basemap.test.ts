import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliAsync } from "../../helpers/cli.ts";
import { PLEKKEN_PACK, SITE_YAML, regionWith } from "../../helpers/content-dir.ts";

// The teaching packs' maps on a background map (site.yaml, packs.basemap), fetched from a tile
// server on 127.0.0.1 that serves green fixture tiles and counts what it is asked: the map shows
// the tiles, the attribution is printed, a second build fetches nothing, and without the server
// the build still works, with one warning.

let server: Server;
let requests = 0;
let tile: Buffer;

beforeAll(async () => {
  // A green tile with a dark line through it, as streets on a map.
  tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 20, g: 190, b: 40 } } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect x="0" y="120" width="256" height="16" fill="#333"/></svg>'), left: 0, top: 0 }])
    .png()
    .toBuffer();
  server = createServer((request, response) => {
    requests++;
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(request.url ?? "")) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "image/png" }).end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const withBasemap = (url: string) => `${SITE_YAML.trimEnd()}\npacks:\n  basemap:\n    url: ${url}\n    attribution: "© Testkaart, vrij te printen"\n    maxZoom: 17\n`;

/** Builds a region with these files, the tile server answering meanwhile (the build runs as a child process). */
async function build(files: Record<string, string>) {
  const contentDir = regionWith(files);
  const siteDir = path.join(path.dirname(contentDir), "_site");
  const built = await runCliAsync("build", ["--content", contentDir, "--output", siteDir]);
  return { built, siteDir, folder: path.join(siteDir, "lespakketten", "plekken") };
}

/** Pixels of the booklet's map page that are the tiles' green (the plain map has none). */
async function greenShare(pdf: string): Promise<number> {
  const folder = mkdtempSync(path.join(tmpdir(), "schachtbok-basemap-"));
  const pages = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split("\f");
  const page = pages.findIndex((text) => text.includes("De plaatsen")) + 1;
  execFileSync("pdftoppm", ["-r", "40", "-f", String(page), "-l", String(page), "-png", "-singlefile", pdf, path.join(folder, "map")]);
  const { data, info } = await sharp(path.join(folder, "map.png")).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let green = 0;
  for (let at = 0; at < data.length; at += info.channels) if (data[at + 1]! > data[at]! + 30 && data[at + 1]! > data[at + 2]! + 30) green++;
  return green / (info.width * info.height);
}

describe("a background map under the packs' printed maps", () => {
  it("is drawn from the tiles, with its attribution, and fetched only once", async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{z}/{x}/{y}.png`;
    const first = await build({ "site.yaml": withBasemap(url), "packs/plekken.md": PLEKKEN_PACK });
    expect(first.built.status, first.built.stdout + first.built.stderr).toBe(0);
    expect(first.built.stdout).not.toContain("background map");
    expect(requests).toBeGreaterThan(0);
    const booklet = path.join(first.folder, "plekken-werkboekje.pdf");
    // Behind the route, the tiles: a fifth of the page or more is their green.
    expect(await greenShare(booklet)).toBeGreaterThan(0.2);
    const text = execFileSync("pdftotext", [booklet, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("op een achtergrondkaart: © Testkaart, vrij te printen");
    // On the map itself (bottom right), and in the note under it.
    const mapPage = execFileSync("pdftotext", [booklet, "-"], { encoding: "utf8" }).split("\f").find((page) => page.includes("De plaatsen"))!;
    expect(mapPage.match(/© Testkaart, vrij te printen/g)).toHaveLength(2);
    expect(text).toContain("Achtergrondkaart: © Testkaart, vrij te printen");
    const large = execFileSync("pdftotext", [path.join(first.folder, "plekken-werkboekje-grote-letters.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(large).toContain("© Testkaart");
    const licences = Buffer.from(unzipSync(readFileSync(path.join(first.folder, "plekken.zip")))["LICENTIES.txt"]!).toString("utf8");
    expect(licences).toContain("Achtergrondkaart: © Testkaart, vrij te printen");

    // A second build takes every tile from the cache.
    const asked = requests;
    const second = await build({ "site.yaml": withBasemap(url), "packs/plekken.md": PLEKKEN_PACK });
    expect(second.built.status).toBe(0);
    expect(requests).toBe(asked);
    expect(readFileSync(path.join(second.folder, "plekken-werkboekje.pdf")).equals(readFileSync(booklet))).toBe(true);
  });

  it("is left out when its tiles cannot be fetched: the build works, the maps are as before, and it says so once", async () => {
    // Nothing listens on this port.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { built, folder } = await build({ "site.yaml": withBasemap(`http://127.0.0.1:${port}/{z}/{x}/{y}.png`), "packs/plekken.md": PLEKKEN_PACK });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const warnings = built.stdout.match(/packs\.basemap\.url: warning: the teaching packs' maps are printed without their background map: .*could not be fetched/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(built.stdout).toMatch(/site\.yaml:\d+ packs\.basemap\.url/);
    const booklet = path.join(folder, "plekken-werkboekje.pdf");
    expect(existsSync(booklet)).toBe(true);
    expect(await greenShare(booklet)).toBeLessThan(0.01);
    expect(execFileSync("pdftotext", [booklet, "-"], { encoding: "utf8" })).not.toContain("Testkaart");
  });

  it("takes https addresses, and http only on this computer", () => {
    const check = (url: string) => runCli("check", ["--content", regionWith({ "site.yaml": withBasemap(url) })]);
    expect(check("http://tiles.example.be/{z}/{x}/{y}.png").stdout).toMatch(/packs\.basemap\.url: .* is not a tile address/);
    expect(check("https://tiles.example.be/{z}/{x}/{y}.png").status).toBe(0);
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../helpers/static-server.ts";

// The test server the browser tests rely on: it must behave like a static host.

let work: string;
let server: StaticServer;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "schachtbok-server-"));
  const site = path.join(work, "site");
  const files: Record<string, string> = {
    "index.html": "<h1>home</h1>",
    "404.html": "<h1>niet gevonden</h1>",
    "kaart/index.html": "<h1>kaart</h1>",
    "data/monuments.geojson": '{"type":"FeatureCollection","features":[]}',
    "routes/r/r.gpx": "<gpx/>",
    "assets/map.js": "1",
    "assets/site.css": "a{}",
    "media/empty/.keep": "",
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), text);
  }
  writeFileSync(path.join(work, "secret.txt"), "outside");
  symlinkSync(path.join(work, "secret.txt"), path.join(site, "link.txt"));
  server = await startStaticServer(site);
});

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A raw GET: fetch() would normalise "/../" away before it reaches the server. */
function get(rawPath: string): Promise<{ status: number; type: string | undefined; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port: server.port, path: rawPath }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], location: response.headers.location, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the static test server", () => {
  it("listens on the loopback only", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("serves pages, folders as index.html, and the site's file types", async () => {
    expect(await get("/")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<h1>home</h1>" });
    expect(await get("/kaart/?gemeente=genk")).toMatchObject({ status: 200, body: "<h1>kaart</h1>" });
    expect((await get("/data/monuments.geojson")).type).toBe("application/geo+json");
    expect((await get("/routes/r/r.gpx")).type).toBe("application/gpx+xml");
    expect((await get("/assets/map.js?v=123")).type).toBe("text/javascript; charset=utf-8");
    expect((await get("/assets/site.css")).type).toBe("text/css; charset=utf-8");
  });

  it("redirects a folder without its slash, keeping the query", async () => {
    expect(await get("/kaart?soort=church")).toMatchObject({ status: 301, location: "/kaart/?soort=church" });
  });

  it("answers what is not there with the site's 404 page, and lists no folder", async () => {
    expect(await get("/nergens/")).toMatchObject({ status: 404, body: "<h1>niet gevonden</h1>" });
    expect(await get("/media/empty/")).toMatchObject({ status: 404, body: "<h1>niet gevonden</h1>" });
    expect((await get("/media/empty")).status).toBe(404);
  });

  it("serves nothing outside the site folder", async () => {
    for (const escape of ["/../secret.txt", "/%2e%2e/secret.txt", "/kaart/..%2f..%2fsecret.txt", "/link.txt"]) {
      const response = await get(escape);
      expect(response.status, escape).toBe(404);
      expect(response.body, escape).not.toContain("outside");
    }
  });
});

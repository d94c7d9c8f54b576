import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";

// Serves a built site folder on 127.0.0.1 for the browser tests and the map benchmark,
// the way a static host would: index.html for folders, /404.html for what is not there,
// no directory listings, nothing outside the folder, nothing but GET and HEAD.

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json",
  ".gpx": "application/gpx+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".mp3": "audio/mpeg",
  ".m4a": "audio/mp4",
  ".ogg": "audio/ogg",
  ".wav": "audio/wav",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  origin: string;
  port: number;
  /** The absolute URL of a site path: url("/kaart/") → http://127.0.0.1:<port>/kaart/ */
  url(sitePath: string): string;
  stop(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Serve text gzipped (when the browser asks for it) with the caching of a static host,
   * as visitors get it: for the Lighthouse audit. Tests and benchmarks start cold and plain.
   */
  asHost?: boolean;
}

/** Starts serving `siteDir` on a free loopback port. */
export async function startStaticServer(siteDir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = await realpath(siteDir);
  const server = createServer((request, response) => {
    serve(root, request, response, options).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", `500 ${String(error)}\n`);
      else response.destroy();
    });
  });
  // Bounded: a stuck request or a leaked keep-alive connection cannot hold a test run open.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 2_000;
  server.maxConnections = 256;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host: "127.0.0.1", port: 0 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (sitePath) => new URL(sitePath, origin).href,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(root: string, request: IncomingMessage, response: ServerResponse, options: StaticServerOptions): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return send(response, 405, "text/plain; charset=utf-8", "405 method not allowed\n");
  }
  let sitePath: string;
  try {
    sitePath = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
  } catch {
    return send(response, 400, "text/plain; charset=utf-8", "400 bad request\n");
  }
  if (sitePath.includes("\0")) return send(response, 400, "text/plain; charset=utf-8", "400 bad request\n");

  const found = await findFile(root, sitePath);
  if (found === "redirect") {
    // A folder without its slash: relative links on its index.html would break, so redirect as static hosts do.
    const query = new URL(request.url ?? "/", "http://127.0.0.1").search;
    response.writeHead(301, { Location: `${encodeURI(sitePath)}/${query}` });
    return void response.end();
  }
  if (!found) {
    const notFound = await findFile(root, "/404.html");
    if (typeof notFound === "object") return sendFile(request, response, 404, notFound.file, notFound.size, options);
    return send(response, 404, "text/plain; charset=utf-8", "404 not found\n");
  }
  return sendFile(request, response, 200, found.file, found.size, options);
}

/** The file a site path names inside `root`, "redirect" for a folder without a trailing slash, or undefined. */
async function findFile(root: string, sitePath: string): Promise<{ file: string; size: number } | "redirect" | undefined> {
  const candidate = path.join(root, path.normalize(sitePath));
  const file = sitePath.endsWith("/") ? path.join(candidate, "index.html") : candidate;
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return undefined;
  }
  // Nothing outside the site folder, also not through a symbolic link.
  if (real !== root && !real.startsWith(root + path.sep)) return undefined;
  const info = await stat(real);
  if (info.isDirectory()) return (await findFile(root, `${sitePath}/`)) ? "redirect" : undefined;
  return info.isFile() ? { file: real, size: info.size } : undefined;
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|gpx\+xml|xml)|image\/svg)/;

function sendFile(request: IncomingMessage, response: ServerResponse, status: number, file: string, size: number, options: StaticServerOptions): void {
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  const gzip = options.asHost === true && COMPRESSIBLE.test(contentType) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  response.writeHead(status, {
    "Content-Type": contentType,
    ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : { "Content-Length": size }),
    "Cache-Control": cacheControl(request, contentType, options),
    "X-Content-Type-Options": "nosniff",
  });
  if (request.method === "HEAD") return void response.end();
  const stream = createReadStream(file).on("error", () => response.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

function cacheControl(request: IncomingMessage, contentType: string, options: StaticServerOptions): string {
  // Every test and every benchmark run starts cold; nothing is revalidated behind its back.
  if (!options.asHost) return "no-store";
  // As a host: assets with a digest in their address (?v=…) and pictures for a year; pages and data revalidated.
  const lasting = /[?&]v=/.test(request.url ?? "") || contentType.startsWith("image/");
  return lasting ? "public, max-age=31536000, immutable" : "no-cache";
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store" });
  response.end(body);
}

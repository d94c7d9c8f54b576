import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../../content/model.ts";
import { tileCover, tileUrl, TILE_SIZE, type GroundBounds } from "../../geo/tiles.ts";
import { sharpLibrary } from "../../images/sharp-library.ts";

// The background under the teaching packs' printed maps (site.yaml, packs.basemap): the tiles of a
// map service whose licence allows printing and sharing, fetched at build time and kept in the image
// cache, so a second build fetches nothing. The tiles are put together, cut to the map's box and made
// pale (the route and its numbers stay what stands out), as a JPEG. When a tile cannot be fetched
// (no network, the service down), the build makes the maps as before, without a background, and
// says so once.

export type BasemapConfig = NonNullable<SiteConfig["packs"]["basemap"]>;

export interface Basemap {
  /** The background, cut to the map's box: a JPEG. */
  image: Buffer;
  attribution: string;
}

const FETCH_TIMEOUT_MS = 8000;
const PARALLEL = 4;

export class BasemapSource {
  /** Why the background could not be made (the first failure), for the build's one warning. */
  failure: string | undefined;
  /** Tiles fetched from the service in this build (the rest came from the cache). */
  fetched = 0;
  readonly #config: BasemapConfig;
  readonly #folder: string;
  readonly #userAgent: string;
  readonly #made = new Map<string, Promise<Basemap | undefined>>();

  constructor(config: BasemapConfig, cacheDir: string, site: Pick<SiteConfig, "baseUrl">) {
    this.#config = config;
    this.#folder = path.join(cacheDir, "basemap", createHash("sha256").update(config.url).digest("hex").slice(0, 16));
    this.#userAgent = `schachtbok (printed maps for ${site.baseUrl})`;
  }

  get attribution(): string {
    return this.#config.attribution;
  }

  /** The background for a map of `bounds` printed `box` mm; undefined once a tile could not be fetched. */
  background(bounds: GroundBounds, box: { width: number; height: number }): Promise<Basemap | undefined> {
    if (this.failure) return Promise.resolve(undefined);
    // The same map twice (a key is drawn unencrypted, then encrypted) is put together once.
    const key = JSON.stringify([bounds, box.width, box.height]);
    let made = this.#made.get(key);
    if (!made) {
      made = this.#compose(bounds, box);
      this.#made.set(key, made);
    }
    return made;
  }

  async #compose(bounds: GroundBounds, box: { width: number; height: number }): Promise<Basemap | undefined> {
    const cover = tileCover(bounds, box.width, { maxZoom: this.#config.maxZoom });
    const tiles: { x: number; y: number }[] = [];
    for (let x = cover.xMin; x <= cover.xMax; x++) for (let y = cover.yMin; y <= cover.yMax; y++) tiles.push({ x, y });
    const images: { input: Buffer; left: number; top: number }[] = [];
    try {
      for (let start = 0; start < tiles.length; start += PARALLEL) {
        const batch = tiles.slice(start, start + PARALLEL);
        const bytes = await Promise.all(batch.map((tile) => this.#tile(cover.zoom, tile.x, tile.y).then(asTile)));
        batch.forEach((tile, index) => images.push({ input: bytes[index]!, left: (tile.x - cover.xMin) * TILE_SIZE, top: (tile.y - cover.yMin) * TILE_SIZE }));
      }
    } catch (error) {
      this.failure = (error as Error).message;
      return undefined;
    }
    const sharp = sharpLibrary();
    const width = (cover.xMax - cover.xMin + 1) * TILE_SIZE;
    const height = (cover.yMax - cover.yMin + 1) * TILE_SIZE;
    const canvas = await sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
      .composite(images)
      .png()
      .toBuffer();
    const crop = { ...cover.crop, width: Math.min(cover.crop.width, width - cover.crop.left), height: Math.min(cover.crop.height, height - cover.crop.top) };
    // Pale: less colour, lighter, so the route, the stops and their numbers stand out on paper.
    const image = await sharp(canvas).extract(crop).modulate({ saturation: 0.45 }).linear(0.6, 255 * 0.4).jpeg({ quality: 82 }).toBuffer();
    return { image, attribution: this.#config.attribution };
  }

  async #tile(zoom: number, x: number, y: number): Promise<Buffer> {
    // (Tiles of another size, 512 px "retina" ones, are made 256 px by asTile.)
    const file = path.join(this.#folder, String(zoom), String(x), `${y}.tile`);
    if (existsSync(file)) return readFile(file);
    const url = tileUrl(this.#config.url, zoom, x, y);
    let response: Response;
    try {
      response = await fetch(url, { headers: { "User-Agent": this.#userAgent }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new Error(`${url} could not be fetched (${cause})`);
    }
    if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
    const bytes = Buffer.from(await response.arrayBuffer());
    // Only pictures go into the cache: an error page served with 200 is a failure.
    const metadata = await sharpLibrary()(bytes)
      .metadata()
      .catch(() => undefined);
    if (!metadata?.width) throw new Error(`${url} is not a picture`);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, file);
    this.fetched++;
    return bytes;
  }
}

/** A tile at 256 pixels, as tileCover counts them. */
async function asTile(bytes: Buffer): Promise<Buffer> {
  const { width, height } = await sharpLibrary()(bytes).metadata();
  return width === TILE_SIZE && height === TILE_SIZE ? bytes : sharpLibrary()(bytes).resize(TILE_SIZE, TILE_SIZE, { fit: "fill" }).png().toBuffer();
}

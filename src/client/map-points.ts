import type { MonumentProperties } from "./data.ts";
import { MAP_DATA_FORMAT, decodePositions, unpackFacets, type MonumentDetail, type MonumentDetailChunk, type MonumentPoints } from "../outputs/map-data/format.ts";
import type { MonumentFacets } from "./filter-state.ts";

// The overview map's data in the browser: the points file read into one object per
// monument, and the detail chunks fetched when a popup, the nearest list or a page of the
// list needs them, each chunk once (src/outputs/map-data/ writes both).

/** One monument as the points file gives it; `index` is its place in the file. */
export interface MapPoint {
  index: number;
  lat: number;
  lng: number;
  title: string;
  kind: string;
  approximate: boolean;
  municipalityName: string;
  facets: MonumentFacets;
}

/** Reads a points file; throws a plain message on anything else. */
export function readPoints(data: unknown, url: string): { points: MapPoint[]; chunkSize: number } {
  const file = data as Partial<MonumentPoints> | null;
  const columns = [file?.lng, file?.lat, file?.facets, file?.municipality, file?.title];
  if (file?.format !== MAP_DATA_FORMAT || !columns.every((column) => Array.isArray(column) && column.length === file.count))
    throw new Error(`${url}: not a points file of format ${MAP_DATA_FORMAT}`);
  if (!Array.isArray(file.kinds) || !Array.isArray(file.municipalities) || !(Number(file.chunkSize) > 0)) throw new Error(`${url}: no kinds, municipalities or chunk size`);
  const positions = decodePositions(file as MonumentPoints);
  const points = positions.map(({ lat, lng }, index): MapPoint => {
    const facets = unpackFacets(file.facets![index]!);
    const kind = String(file.kinds![facets.kindIndex] ?? "other");
    const [slug, name] = file.municipalities![file.municipality![index]!] ?? ["", ""];
    return {
      index,
      lat,
      lng,
      title: String(file.title![index]),
      kind,
      approximate: facets.approximate,
      municipalityName: name,
      facets: { municipality: slug, kind, openMonumentendag: facets.openMonumentendag },
    };
  });
  return { points, chunkSize: file.chunkSize! };
}

/** What a popup shows: the point's facts and its details together, as monuments.geojson has them. */
export function monumentProperties(point: MapPoint, detail: MonumentDetail): MonumentProperties {
  return {
    id: detail.id,
    title: point.title,
    municipality: point.municipalityName,
    kind: point.kind,
    precision: point.approximate ? "approximate" : "exact",
    summary: detail.summary,
    url: detail.url,
    image: detail.image,
    imageSrcset: detail.imageSrcset,
    imageAlt: detail.imageAlt,
    imageCredit: detail.imageCredit,
    openMonumentendag: detail.openMonumentendag,
  };
}

/** The detail chunks, fetched on demand and kept; a chunk that failed is asked for again next time. */
export class DetailStore {
  private readonly chunks = new Map<number, Promise<MonumentDetailChunk>>();

  constructor(
    private readonly urlOf: (chunk: number) => string,
    private readonly chunkSize: number,
    private readonly load: (url: string) => Promise<unknown> = fetchJson,
  ) {}

  /** The details of the monuments at these indexes in the points file, in the same order. */
  async details(indexes: readonly number[]): Promise<MonumentDetail[]> {
    const needed = [...new Set(indexes.map((index) => Math.floor(index / this.chunkSize)))];
    const loaded = new Map(await Promise.all(needed.map(async (chunk) => [chunk, await this.chunk(chunk)] as const)));
    return indexes.map((index) => {
      const chunk = loaded.get(Math.floor(index / this.chunkSize))!;
      const detail = chunk.monuments[index - chunk.start];
      if (!detail) throw new Error(`${this.urlOf(Math.floor(index / this.chunkSize))}: no monument ${index}`);
      return detail;
    });
  }

  private chunk(number: number): Promise<MonumentDetailChunk> {
    let chunk = this.chunks.get(number);
    if (!chunk) {
      const url = this.urlOf(number);
      chunk = this.load(url).then((data) => {
        const read = data as Partial<MonumentDetailChunk> | null;
        if (read?.format !== MAP_DATA_FORMAT || !Array.isArray(read.monuments) || read.start !== number * this.chunkSize) throw new Error(`${url}: not detail chunk ${number}`);
        return read as MonumentDetailChunk;
      });
      chunk.catch(() => this.chunks.delete(number));
      this.chunks.set(number, chunk);
    }
    return chunk;
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

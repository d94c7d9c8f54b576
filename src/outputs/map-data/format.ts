// The overview map's data format, shared by its writer (monument-points.ts) and the browser
// (src/client/map-points.ts): no imports, so the map script bundles only this.

/** Bumped when a reader of an older format would misread the files. */
export const MAP_DATA_FORMAT = 1;

/** Monuments per detail chunk: a popup fetches one chunk of about 256 × 100 bytes gzipped. */
export const DETAIL_CHUNK_SIZE = 256;

/** Coordinates are whole multiples of this many degrees (about 1 m). */
export const COORDINATE_STEP = 1e-5;

/** The points file: one entry per monument in each column, in Z-order. */
export interface MonumentPoints {
  format: number;
  count: number;
  chunkSize: number;
  /** Kind keys; a point's kind is an index into this. */
  kinds: string[];
  /** [slug, name] of each municipality; a point's municipality is an index into this. */
  municipalities: [string, string][];
  /** Longitude in COORDINATE_STEPs: the first absolute, each next one the difference from the one before. */
  lng: number[];
  /** Latitude, the same way. */
  lat: number[];
  /** kind index × 4 + 2 when the position is approximate + 1 when it takes part in Open Monumentendag. */
  facets: number[];
  municipality: number[];
  title: string[];
}

/** What a popup needs besides the points file, for one monument. */
export interface MonumentDetail {
  id: string;
  url: string;
  summary: string;
  image: string | null;
  imageSrcset: string | null;
  imageAlt: string | null;
  imageCredit: string | null;
  openMonumentendag: number | null;
  /** The title's language when it is not the page's (a title not translated yet), else null. */
  titleLang: string | null;
}

export interface MonumentDetailChunk {
  format: number;
  /** The index in the points file of this chunk's first monument. */
  start: number;
  monuments: MonumentDetail[];
}

export function packFacets(kindIndex: number, approximate: boolean, openMonumentendag: boolean): number {
  return kindIndex * 4 + (approximate ? 2 : 0) + (openMonumentendag ? 1 : 0);
}

export function unpackFacets(packed: number): { kindIndex: number; approximate: boolean; openMonumentendag: boolean } {
  return { kindIndex: Math.floor(packed / 4), approximate: (packed & 2) !== 0, openMonumentendag: (packed & 1) !== 0 };
}

/** The site path of the points file, under the language's data folder ("/data/", "/de/data/"). */
export function pointsFileUrl(dataPath: string): string {
  return `${dataPath}monuments/points.json`;
}

/** The site path of detail chunk `number`. */
export function detailChunkUrl(dataPath: string, number: number): string {
  return `${dataPath}monuments/details/${number}.json`;
}

/** The positions back from the points file, in degrees, in its order (for the browser and tests). */
export function decodePositions(points: Pick<MonumentPoints, "lng" | "lat">): { lng: number; lat: number }[] {
  const positions: { lng: number; lat: number }[] = [];
  let lng = 0;
  let lat = 0;
  for (let index = 0; index < points.lng.length; index++) {
    lng += points.lng[index]!;
    lat += points.lat[index]!;
    positions.push({ lng: Number((lng * COORDINATE_STEP).toFixed(5)), lat: Number((lat * COORDINATE_STEP).toFixed(5)) });
  }
  return positions;
}

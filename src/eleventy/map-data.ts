import type { SiteView } from "../i18n/localize.ts";
import { detailChunkUrl, pointsFileUrl } from "../outputs/map-data/format.ts";
import { monumentMapData, type MonumentMapData } from "../outputs/map-data/monument-points.ts";
import type { LanguageData } from "../site/languages.ts";

// The overview map's data files as Eleventy pages (one template paginated over them, in
// plugin.ts), so that they are written and reported like every other file of the build.

/** One file: the points file of a language (chunk null) or one of its detail chunks. */
export interface MapDataFile {
  lang: string;
  chunk: number | null;
  url: string;
}

const made = new WeakMap<SiteView, MonumentMapData>();
const dataOf = (view: SiteView) => {
  let data = made.get(view);
  if (!data) made.set(view, (data = monumentMapData(view)));
  return data;
};

/** Every map data file of every language. Frozen: Eleventy passes them on without proxies. */
export function mapDataFiles(views: readonly SiteView[]): MapDataFile[] {
  return views.flatMap((view) => [
    Object.freeze({ lang: view.lang, chunk: null, url: pointsFileUrl(view.paths.data) }),
    ...dataOf(view).chunks.map((_, chunk) => Object.freeze({ lang: view.lang, chunk, url: detailChunkUrl(view.paths.data, chunk) })),
  ]);
}

/** The text of one map data file. */
export function mapDataFileText(file: MapDataFile, i18n: LanguageData): string {
  const view = i18n.models[file.lang];
  if (!view) throw new Error(`map data for ${file.url}: no language ${file.lang}`);
  const data = dataOf(view);
  return JSON.stringify(file.chunk === null ? data.points : data.chunks[file.chunk]);
}

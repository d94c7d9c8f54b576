import type { Pack, Route, SiteModel } from "../content/model.ts";
import { packGeoJson, packGeoJsonUrl } from "../outputs/geojson/packs.ts";
import { monumentsGeoJson } from "../outputs/geojson/monuments.ts";
import { mapDataFileText, mapDataFiles, type MapDataFile } from "./map-data.ts";
import { routeGeoJson, routesGeoJson } from "../outputs/geojson/routes.ts";
import { routeGpx } from "../outputs/gpx/route-gpx.ts";
import clientBundlePlugin from "./client-bundle.ts";
import filtersPlugin from "./filters.ts";
import sketchesPlugin from "./sketches.ts";
import pagePartsPlugin from "./page-parts.ts";
import directPagesPlugin from "./direct-pages.ts";
import offlinePlugin from "./offline.ts";
import cmsPlugin from "./cms.ts";
import { copyMedia } from "./media.ts";
import { hasPreloadedModel, modelFor, type LoadedModel } from "./model-data.ts";
import { contentErrorMiddleware, DevContentErrors } from "./dev-errors.ts";
import { DevRebuilds } from "./dev-rebuilds.ts";
import { publishImages } from "../images/publish.ts";
import { defaultImageCacheDir } from "../images/cache.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import { writePostcards } from "../outputs/postcards/write.ts";
import { writePacks } from "../outputs/packs/write.ts";
import { keyPassword, keysPublished } from "../outputs/packs/key-password.ts";
import { writeFlyers } from "../outputs/flyers/write.ts";
import { writeSearchIndex } from "../outputs/search/pagefind.ts";
import { languageData, sitemapXml, type LanguageData } from "../site/languages.ts";
import type { SiteView } from "../i18n/localize.ts";

/** npm start: how long after a rebuild that followed an edit the search index is made, unless another edit comes first. */
const SEARCH_INDEX_PAUSE_MS = 3000;

export interface SchachtbokPluginOptions {
  /** The content folder, relative to the working directory. */
  contentDir?: string;
}

/** Eleventy glue: the validated model as global data `model`, data files, media and assets. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function schachtbokPlugin(eleventyConfig: any, options: SchachtbokPluginOptions = {}): void {
  const contentDir = options.contentDir ?? "content";
  let current: LoadedModel | undefined;
  let searchIndexing: Promise<void> = Promise.resolve();
  // npm start: the search index waits until the edits pause (SEARCH_INDEX_PAUSE_MS after a rebuild).
  let searchIndexTimer: NodeJS.Timeout | undefined;
  // Loaded once per build (npm start rebuilds on every change), for both global data entries.
  let loading: Promise<LoadedModel | undefined> | undefined;
  // npm start: content errors do not stop the dev server. They are printed as npm run build
  // prints them, no page is rewritten, and the pages served show them (src/eleventy/dev-errors.ts).
  const contentErrors = new DevContentErrors();
  let outputDir: string | undefined;
  let runMode: string | undefined;
  // npm start: after an edit of an entry, only the pages that show it are rendered again (src/eleventy/incremental.ts).
  const rebuilds = new DevRebuilds(contentDir);
  const watching = () => (runMode === "serve" || runMode === "watch") && !hasPreloadedModel();
  const load = () =>
    (loading ??= modelFor(contentDir, watching() ? { memoryCache: rebuilds.cache } : {}).then(
      (loaded) => {
        current = loaded;
        contentErrors.clear();
        if (watching()) rebuilds.plan(languageData(loaded.model));
        return loaded;
      },
      (error: unknown) => {
        // A one-off build (eleventy without --serve) still fails on them.
        if (!(error instanceof ContentError) || hasPreloadedModel() || runMode === "build") throw error;
        current = undefined;
        contentErrors.report(error.problems);
        return undefined;
      },
    ));
  eleventyConfig.on("eleventy.before", (event: { directories: { output: string }; runMode: string }) => {
    loading = undefined;
    outputDir = event.directories.output;
    runMode = event.runMode;
    rebuilds.startBuild();
    if (watching()) rebuilds.watchContent();
    clearTimeout(searchIndexTimer);
  });
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => rebuilds.filesChanged(changedFiles));
  // A rebuild after an edit leaves the pages that do not show the entry as they are.
  eleventyConfig.addPreprocessor("schachtbok-dev-rebuilds", "*", (data: { page: { inputPath: string } }) => (rebuilds.skips(data.page.inputPath) ? false : undefined));
  // With content errors every template is skipped: the output keeps the last good site.
  eleventyConfig.addPreprocessor("schachtbok-content-errors", "*", () => (contentErrors.active ? false : undefined));
  eleventyConfig.setServerOptions({ middleware: [contentErrorMiddleware(contentErrors, () => outputDir)] });

  // `model` is the site in its own language; `i18n` has the view of every language and
  // every page's addresses in the others (src/site/languages.ts).
  eleventyConfig.addGlobalData("model", async () => {
    const loaded = await load();
    return loaded && languageData(loaded.model).views[0];
  });
  eleventyConfig.addGlobalData("i18n", async () => {
    const loaded = await load();
    return loaded && rebuilds.languageData(languageData(loaded.model));
  });
  // npm start: the content folder is watched by src/eleventy/dev-rebuilds.ts, which wakes Eleventy through this file.
  eleventyConfig.addWatchTarget(rebuilds.changes);
  // That file is written whole, once the content folder is quiet: Eleventy's wait for a file to
  // stop changing (150 ms by default) only delays the rebuild. Templates saved get 50 ms.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  // Filters for the templates (labels, dates, Markdown). Rendering every body is
  // most of a build by design: silence Eleventy's "filter took 12%" warning
  // (an undocumented setting, hence the care), which would only alarm staff.
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.benchmarks?.config?.setMinimumThresholdMs?.(0);
  // Route sketches, the home page's map of the monuments and its lead picture (src/eleventy/sketches.ts).
  eleventyConfig.addPlugin(sketchesPlugin);
  // The header and footer, rendered once per language and state (src/eleventy/page-parts.ts).
  eleventyConfig.addPlugin(pagePartsPlugin);
  // npm run build: the monument pages rendered outside Eleventy's pagination (src/eleventy/direct-pages.ts).
  eleventyConfig.addPlugin(directPagesPlugin);

  // Data files for the maps, and each route as GPX and GeoJSON for download.
  eleventyConfig.addFilter("monumentsGeoJson", (model: SiteModel) => JSON.stringify(monumentsGeoJson(model)));
  eleventyConfig.addFilter("routesGeoJson", (model: SiteModel) => JSON.stringify(routesGeoJson(model.routes)));
  eleventyConfig.addFilter("routeGeoJson", (route: Route) => JSON.stringify(routeGeoJson(route)));
  eleventyConfig.addFilter("packGeoJson", (pack: Pack) => JSON.stringify(packGeoJson(pack)));
  eleventyConfig.addFilter("packGeoJsonUrl", packGeoJsonUrl);
  eleventyConfig.addFilter("routeGpx", (route: Route, i18n: LanguageData) => routeGpx(route, i18n.models[route.i18n.lang]!.config));
  eleventyConfig.addFilter("sitemapXml", sitemapXml);
  // The same page in the site's other languages (hreflang links and the language switcher).
  eleventyConfig.addFilter("alternates", function (this: { ctx?: { i18n?: LanguageData } }, url: string) {
    return this.ctx?.i18n?.alternates.get(url) ?? [];
  });
  const dataFile = (name: string, content: string, data: Record<string, unknown>) =>
    eleventyConfig.addTemplate(`data/${name}.njk`, content, { eleventyExcludeFromCollections: true, ...data });
  // One of each per language: the names and texts in them are the page's.
  const eachLanguage = { pagination: { data: "i18n.views", size: 1, alias: "view" } };
  dataFile("monuments.geojson", "{{ view | monumentsGeoJson | safe }}", { ...eachLanguage, permalink: (data: { view: SiteView }) => `${data.view.paths.data}monuments.geojson` });
  // The overview map's compact points file and its detail chunks (src/outputs/map-data/);
  // monuments.geojson above stays as the open-data download.
  eleventyConfig.addGlobalData("monumentMapFiles", async () => {
    const loaded = await load();
    return loaded ? mapDataFiles(languageData(loaded.model).views) : [];
  });
  eleventyConfig.addFilter("monumentMapFile", mapDataFileText);
  dataFile("monument-map.json", "{{ file | monumentMapFile(i18n) | safe }}", { pagination: { data: "monumentMapFiles", size: 1, alias: "file" }, permalink: (data: { file: MapDataFile }) => data.file.url });
  dataFile("routes.geojson", "{{ view | routesGeoJson | safe }}", { ...eachLanguage, permalink: (data: { view: SiteView }) => `${data.view.paths.data}routes.geojson` });
  dataFile("sitemap.xml", "{{ i18n | sitemapXml(model.config.baseUrl) | safe }}", { permalink: "/sitemap.xml" });
  dataFile("robots.txt", "User-agent: *\nAllow: /\nSitemap: {{ '/sitemap.xml' | absoluteUrl(model.config.baseUrl) }}\n", { permalink: "/robots.txt" });
  const eachRoute = { pagination: { data: "i18n.routes", size: 1, alias: "route" } };
  dataFile("route.geojson", "{{ route | routeGeoJson | safe }}", { ...eachRoute, permalink: (data: { route: Route }) => data.route.downloads.geojson });
  const eachPack = { pagination: { data: "i18n.packs", size: 1, alias: "pack" } };
  dataFile("pack.geojson", "{{ pack | packGeoJson | safe }}", { ...eachPack, permalink: (data: { pack: Pack }) => packGeoJsonUrl(data.pack) });
  dataFile("route.gpx", "{{ route | routeGpx(i18n) | safe }}", { ...eachRoute, permalink: (data: { route: Route }) => data.route.downloads.gpx });

  // Stylesheets and scripts of the site itself, and the map script (src/client/, bundled to /assets/map/).
  eleventyConfig.addPassthroughCopy({ assets: "assets" });
  // npm start: the dev server serves passthrough files from where they are instead of copying
  // them again on every rebuild. A copy being rewritten was served half-written: the editor's
  // 3 MB decap-cms.js, opened during a rebuild, then stopped with "Unexpected end of input".
  eleventyConfig.setServerPassthroughCopyBehavior("passthrough");
  eleventyConfig.addPlugin(clientBundlePlugin);
  // "Bewaar offline" on route pages: the panel's data and filters; the dev server's /sw.js (src/eleventy/offline.ts).
  eleventyConfig.addPlugin(offlinePlugin);
  // /admin/: the browser editor for staff, configured from the content schemas (src/eleventy/cms.ts).
  eleventyConfig.addPlugin(cmsPlugin, { contentDir });

  // npm run build: each finished page as UTF-8 bytes rather than a string. Eleventy keeps every page's
  // output until the build ends (its write() returns them all); as strings with any character past
  // Latin-1 ("…", "’") they take 2 bytes a character on V8's heap, whose limit (about 4 GB) a site of
  // 100,000 monuments reached. As Buffers they take 1, off the heap. The dev server keeps strings: its
  // live reload compares them.
  eleventyConfig.addTransform("schachtbok-pages-as-bytes", function (content: unknown) {
    return hasPreloadedModel() && typeof content === "string" ? Buffer.from(content) : content;
  });

  // Only media that content refers to is published (not drafts lying next to it), and for
  // npm start the derived images and the postcard files (npm run build writes them into its
  // staging folder, and stops on a postcard error; the dev server reports it and goes on).
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!current) return;
    await copyMedia(current.model, directories.output);
    if (current.images) {
      await publishImages(current.images.published, directories.output);
      // After an edit, only the series and packs whose pages were rendered again.
      const rendered = rebuilds.render;
      const series = rendered ? current.model.series.filter((entry) => rendered.has(entry.url)) : current.model.series;
      const packs = rendered ? current.model.packs.filter((entry) => rendered.has(entry.url)) : current.model.packs;
      const postcards = await writePostcards({ ...current.model, series }, directories.output, defaultImageCacheDir());
      for (const problem of postcards.problems) console.warn(formatProblem(problem));
      const packReport = await writePacks({ ...current.model, packs }, directories.output, { password: keysPublished() ? keyPassword()?.password : undefined, cacheDir: defaultImageCacheDir() });
      if (packReport.basemap?.failure) console.warn(`The teaching packs' maps are printed without their background map: ${packReport.basemap.failure}`);
      const routes = rendered ? current.model.routes.filter((entry) => rendered.has(entry.url)) : current.model.routes;
      const flyers = await writeFlyers({ ...current.model, routes }, directories.output, defaultImageCacheDir());
      for (const problem of flyers.problems) console.warn(formatProblem(problem));
      // The search index, in the background so the page reloads at once, and once the edits
      // pause: made after every save, it took a core from the next rebuild on a small machine.
      // The search page says to reload when it is not there yet. Rebuilds queue behind each other.
      const output = directories.output;
      const loaded = current;
      clearTimeout(searchIndexTimer);
      searchIndexTimer = setTimeout(
        () => {
          searchIndexing = searchIndexing
            .then(() => writeSearchIndex(languageData(loaded.model).views, output))
            .then(
              (report) => console.log(`Search index: ${report.pages} pages (${(report.milliseconds / 1000).toFixed(1)} s).`),
              (error: unknown) => console.warn(`The search index could not be made: ${error instanceof Error ? error.message : String(error)}`),
            );
        },
        rebuilds.render ? SEARCH_INDEX_PAUSE_MS : 0,
      );
    }
    rebuilds.built();
  });
}

// Eleventy configuration: a table of contents. The logic lives in src/eleventy/.
// `npm start` (the dev server) reads this file; `npm run build` passes the same
// function to Eleventy itself (src/eleventy/build-site.ts).
import schachtbok from "./src/eleventy/plugin.ts";

export default function (eleventyConfig) {
  // Templates: layouts/pages/ are the pages, layouts/base/ the layouts, layouts/partials/ the includes.
  eleventyConfig.setInputDirectory("layouts");
  eleventyConfig.setIncludesDirectory("partials");
  eleventyConfig.setLayoutsDirectory("base");
  eleventyConfig.setTemplateFormats(["njk"]);
  // Eleventy's watcher cannot read the TypeScript this file imports: npm start
  // watches content and templates; restart it after changing src/.
  eleventyConfig.setWatchJavaScriptDependencies(false);

  // Content model (validated once) as global data `model`, its pages, media and data files.
  // npm run edit --content <folder> (src/cli/edit.ts) names another content folder.
  eleventyConfig.addPlugin(schachtbok, { contentDir: process.env.SCHACHTBOK_CONTENT_DIR || "content" });
}

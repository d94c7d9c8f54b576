// Eleventy configuration: a table of contents. The logic lives in src/eleventy/.
import schachtbok from "./src/eleventy/plugin.ts";

export default function (eleventyConfig) {
  // Content model (validated once) as global data `model`, its pages, media and data files.
  eleventyConfig.addPlugin(schachtbok, { contentDir: "content" });
}

export const config = {
  dir: {
    input: "layouts",
    includes: "partials",
    layouts: "base",
    // output: "_site" is Eleventy's default; npm run build renders elsewhere and swaps.
  },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};

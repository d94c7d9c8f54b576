// Types for src/eleventy/build-site.ts, which imports the Eleventy configuration.
declare const configureEleventy: (eleventyConfig: unknown) => void;
export default configureEleventy;

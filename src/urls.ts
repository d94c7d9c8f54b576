// Web addresses, shared by the site, the outputs that print or list them (postcards, teaching packs,
// the sitemap) and the Eleventy glue: no product depends on another for them.

/** An absolute URL for `path` under the site's base URL (which may itself have a path). */
export function absoluteUrl(path: string, baseUrl: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** A web address as people read it: "www.c-mine.be/bezoek" for "https://www.c-mine.be/bezoek/". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

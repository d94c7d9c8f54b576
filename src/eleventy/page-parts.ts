import type { SiteView } from "../i18n/localize.ts";
import { SECTIONS } from "../i18n/locales.ts";
import type { Alternate } from "../site/languages.ts";

// The site's header and footer (layouts/partials/header.njk, footer.njk), rendered once per
// language and state instead of once per page.
//
// Every page had them as includes: at 4000 monuments, 8800 include renders with two loops
// over the sections, the same few outputs over and over. Rendered once, Eleventy's CPU time for
// the 4000-monument site went from 2.09 s to 1.75 s (medians of 8 alternating builds). The footer is the same on every page of a language. The header
// differs only by which section is current and on the search page (no search box there);
// with several languages, also by the language switcher's links, which are the page's own:
// then it is rendered for every page, as before.
//
// Both partials see only what is passed here (see their comments): model, t, and for the
// header pageUrl, pageKey and alternates.
//
// The same for the story and route cards of the monument pages (the filter `card`): a card shows
// only its entry, so a route's card is rendered once for the ten monuments it passes.

interface NunjucksTemplate {
  render(context: object): string;
}
interface FilterThis {
  env: { getTemplate(name: string): NunjucksTemplate };
}

/** By compiled template (a new one when its file changed: npm start), language view and state. */
const rendered = new WeakMap<NunjucksTemplate, WeakMap<object, Map<string, string>>>();

function renderOnce(self: FilterThis, name: string, view: object, key: string, context: object): string {
  const template = self.env.getTemplate(name);
  let byView = rendered.get(template);
  if (!byView) rendered.set(template, (byView = new WeakMap()));
  let byKey = byView.get(view);
  if (!byKey) byView.set(view, (byKey = new Map()));
  let html = byKey.get(key);
  if (html === undefined) byKey.set(key, (html = template.render(context)));
  return html;
}

/**
 * What of a page's address the header shows: whether it is the home page, and for every
 * section whether it is that section's page ("p") or a page inside it ("t"), as header.njk
 * marks them with aria-current.
 */
export function headerState(view: SiteView, pageUrl: string | undefined, pageKey: string | undefined): string {
  let state = pageUrl === view.paths.home ? "h" : "-";
  for (const section of SECTIONS) {
    const url = view.paths.sections[section];
    state += pageUrl === url ? "p" : pageUrl && pageUrl.startsWith(url) ? "t" : "-";
  }
  return `${state}${pageKey === "search" ? "s" : "-"}`;
}

/** Registers the filters siteHeader, siteFooter (layouts/base/base.njk), card and partial (layouts/base/monument.njk). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function pagePartsPlugin(eleventyConfig: any): void {
  eleventyConfig.addNunjucksFilter("siteHeader", function (this: FilterThis, view: SiteView, pageUrl: string | undefined, pageKey: string | undefined, alternates: Alternate[]) {
    const context = { model: view, t: view.t, pageUrl, pageKey, alternates };
    if (alternates.length > 1) return this.env.getTemplate("header.njk").render(context);
    return renderOnce(this, "header.njk", view, headerState(view, pageUrl, pageKey), context);
  });
  // A card (card-story.njk, card-route.njk) of an entry, rendered once per entry and heading level:
  // a route's card is on the page of every monument it passes. The entry is in the page's language.
  eleventyConfig.addNunjucksFilter("card", function (this: FilterThis & { ctx: { model: SiteView } }, entry: { i18n: unknown }, name: string, cardLevel?: number) {
    const view = this.ctx.model;
    const variable = name === "card-route.njk" ? "route" : name === "card-story.njk" ? "story" : "monument";
    return renderOnce(this, name, entry as object, String(cardLevel ?? ""), { model: view, t: view.t, cardLevel, [variable]: entry });
  });
  // A partial rendered with the variables given (and the page's model and t), where a page has
  // thousands of siblings: Eleventy's {% include %} costs more than the partial itself (one figure
  // per monument page: 0.1 s of CPU at 4000 monuments, measured in alternating builds).
  eleventyConfig.addNunjucksFilter("partial", function (this: FilterThis & { ctx: { model: SiteView } }, name: string, variables: object) {
    const view = this.ctx.model;
    return this.env.getTemplate(name).render({ model: view, t: view.t, ...variables });
  });
  eleventyConfig.addNunjucksFilter("siteFooter", function (this: FilterThis, view: SiteView) {
    return renderOnce(this, "footer.njk", view, "", { model: view, t: view.t });
  });
}

import type { EntryLanguage, SiteModel } from "../content/model.ts";
import { plural } from "../content/problems.ts";
import { makeView } from "./localize.ts";

// How much of the site is translated, per language, for `npm run check` and the build:
//   de: 8 of 19 monuments (1 partly: c-mine), 1 of 5 routes, 1 of 8 stories, 7 of 7 municipality intros
// An entry counts when it has a translation file; "partly" when that file leaves out a text the
// original has (the page then shows that text in the site's own language, marked as such).

const PARTLY_NAMED = 4;

export function translationCoverage(model: SiteModel): string[] {
  return model.config.translations.map((lang) => {
    const view = makeView(model, lang);
    const count = (noun: string, nounPlural: string, entries: readonly { slug: string; i18n: EntryLanguage }[]) => {
      const translated = entries.filter((entry) => !entry.i18n.untranslated);
      const partly = translated.filter((entry) => Object.keys(entry.i18n.fallback).length > 0).map((entry) => entry.slug);
      const named = partly.length > 0 ? ` (${partly.length} partly: ${partly.slice(0, PARTLY_NAMED).join(", ")}${partly.length > PARTLY_NAMED ? ", …" : ""})` : "";
      return `${translated.length} of ${plural(entries.length, noun, nounPlural)}${named}`;
    };
    const site = view.i18n.untranslated ? "site texts not translated" : Object.keys(view.i18n.fallback).length > 0 ? "site texts partly" : "site texts";
    return `${lang}: ${[
      count("monument", "monuments", view.monuments),
      count("route", "routes", view.routes),
      count("story", "stories", view.stories),
      count("municipality intro", "municipality intros", view.municipalities),
      site,
    ].join(", ")}`;
  });
}

import { escapeHtml } from "../client/html.ts";
import type { Monument, Story } from "../content/model.ts";
import { messagesFor, type Messages } from "../i18n/messages.ts";

export interface ImageCredit {
  credit: string;
  /** "© Stad Genk" for all rights reserved. */
  holder?: string;
  licence: { label: string; url?: string };
  source?: string;
  /** Titles of the entries whose image this is. */
  subjects: string[];
}

/**
 * The credits of the card pictures on a listing (the first image of each entry),
 * one line per credit and licence, naming the entries: the credits block under
 * cards, which have no room for a caption.
 */
export function imageCredits(entries: readonly (Monument | Story)[] | undefined, t: Messages = messagesFor("nl")): ImageCredit[] {
  const credits = new Map<string, ImageCredit>();
  for (const entry of entries ?? []) {
    const image = entry.images[0];
    if (!image?.rendition?.thumb) continue;
    const key = [image.credit, image.holder ?? "", image.licence, image.source ?? ""].join("\0");
    let credit = credits.get(key);
    if (!credit) {
      credit = {
        credit: image.credit,
        ...(image.licence === "all-rights-reserved" && image.holder ? { holder: image.holder } : {}),
        licence: t.licences[image.licence] ?? { label: image.licence },
        ...(image.source ? { source: image.source } : {}),
        subjects: [],
      };
      credits.set(key, credit);
    }
    credit.subjects.push(entry.title);
  }
  return [...credits.values()];
}

/**
 * The credits block under a listing of cards ("Beelden op deze pagina"), or "" when no
 * card has a picture. A filter rather than an include: it is on thousands of pages.
 */
export function creditsHtml(entries: readonly (Monument | Story)[] | undefined, t: Messages = messagesFor("nl")): string {
  const credits = imageCredits(entries, t);
  if (credits.length === 0) return "";
  const link = (url: string, text: string, rel: string) => `<a href="${escapeHtml(url)}" rel="${rel}">${escapeHtml(text)}</a>`;
  const items = credits.map((credit) => {
    const subjects = credit.subjects.length <= 6 ? credit.subjects.map(escapeHtml).join(", ") : escapeHtml(t.credits.images(credit.subjects.length));
    const who = credit.source ? link(credit.source, credit.credit, "noopener noreferrer external") : escapeHtml(credit.credit);
    const holder = credit.holder ? `© ${escapeHtml(credit.holder)}, ` : "";
    const licence = credit.licence.url ? link(credit.licence.url, credit.licence.label, "license noopener noreferrer external") : escapeHtml(credit.licence.label);
    return `<li>${subjects}: ${who} · ${holder}${licence}</li>`;
  });
  return `<aside class="credits" aria-label="${escapeHtml(t.credits.label)}"><p class="credits__title">${escapeHtml(t.credits.title)}</p><ul>${items.join("")}</ul></aside>`;
}

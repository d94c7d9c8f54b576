import type { Lang } from "./locales.ts";
import { de } from "./messages/de.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { nl, type Messages } from "./messages/nl.ts";

// The interface texts of every language (src/i18n/messages/<lang>.ts), one shape checked by TypeScript.

export const MESSAGES: Record<Lang, Messages> = { nl, en, de, fr };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

export type { Messages };

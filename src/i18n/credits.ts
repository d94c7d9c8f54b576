import type { ImageSource } from "../content/schemas/common.ts";
import type { Lang } from "./locales.ts";
import { messagesFor } from "./messages.ts";

/** "Illustratie: schachtbok · CC0 1.0", or "Foto: Jan Peeters · © Stad Genk, Alle rechten voorbehouden": plain text, the licence in `lang`. */
export function imageCreditText(image: Pick<ImageSource, "credit" | "holder" | "licence">, lang: Lang = "nl"): string {
  const holder = image.licence === "all-rights-reserved" && image.holder ? `© ${image.holder}, ` : "";
  return `${image.credit} · ${holder}${(messagesFor(lang).licences[image.licence] ?? { label: image.licence }).label}`;
}

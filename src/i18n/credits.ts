import type { ImageSource } from "../content/schemas/common.ts";
import { LICENCES_NL } from "./nl.ts";

/** "Illustratie: schachtbok · CC0 1.0", or "Foto: Jan Peeters · © Stad Genk, Alle rechten voorbehouden": plain text. */
export function imageCreditText(image: Pick<ImageSource, "credit" | "holder" | "licence">): string {
  const holder = image.licence === "all-rights-reserved" && image.holder ? `© ${image.holder}, ` : "";
  return `${image.credit} · ${holder}${(LICENCES_NL[image.licence] ?? { label: image.licence }).label}`;
}

import type { Pack, SiteConfig } from "../../content/model.ts";
import { absoluteUrl } from "../../eleventy/filters.ts";
import { LICENCES_NL } from "../../i18n/nl.ts";
import { packPictures } from "./parts.ts";

// LICENTIES.txt in a pack's ZIP: who made each picture and under which licence, so a
// teacher knows what may be shown, printed or shared; then the sources and the map.

export function licenceText(pack: Pack, config: Pick<SiteConfig, "baseUrl" | "organisation">, pictureFiles: readonly string[]): string {
  const lines = [`${pack.title}`, `Lespakket van ${config.organisation}: ${absoluteUrl(pack.url, config.baseUrl)}`, "", "BEELDEN", ""];
  packPictures(pack).forEach((picture, index) => {
    const { image } = picture;
    const licence = LICENCES_NL[image.licence] ?? { label: image.licence };
    lines.push(`${pictureFiles[index]}`);
    lines.push(`  Toont: ${picture.caption}. ${image.alt}`);
    lines.push(`  Maker: ${image.credit}${image.holder ? ` (© ${image.holder})` : ""}`);
    lines.push(`  Licentie: ${licence.label}${licence.url ? ` (${licence.url})` : ""}`);
    if (image.source) lines.push(`  Bron: ${image.source}`);
    if (image.licence === "all-rights-reserved") lines.push("  Alle rechten voorbehouden: gebruik het beeld in de klas, maar deel het niet verder.");
    lines.push("");
  });
  if (pack.sources.length > 0) {
    lines.push("BRONNEN", "");
    for (const source of pack.sources) lines.push(source.url ? `${source.title}: ${source.url}` : source.title);
    lines.push("");
  }
  lines.push("KAART EN ROUTE", "");
  if (pack.route) {
    lines.push(`De kaart in de werkboekjes en het GPX-bestand komen uit de route "${pack.route.title}": ${absoluteUrl(pack.route.url, config.baseUrl)}`);
  } else {
    lines.push("De kaart in de werkboekjes toont de plaatsen van het pakket, zonder achtergrondkaart.");
  }
  lines.push("", "LETTERTYPE", "", "Atkinson Hyperlegible, van het Braille Institute, onder de SIL Open Font License 1.1.", "");
  return lines.join("\n");
}

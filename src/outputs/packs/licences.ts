import type { Pack } from "../../content/model.ts";
import { messagesFor } from "../../i18n/messages.ts";
import { packPictures, pageUrl, type PackConfig } from "./parts.ts";

// LICENTIES.txt in a pack's ZIP: who made each picture and under which licence, so a
// teacher knows what may be shown, printed or shared; then the sources and the map.
// In the pack's language (messagesFor(pack.language)); the file keeps its name.

export function licenceText(pack: Pack, config: PackConfig, pictureFiles: readonly string[], basemapAttribution?: string): string {
  const messages = messagesFor(pack.language);
  const t = messages.booklet;
  const file = t.licenceFile;
  const lines = [`${pack.title}`, file.packBy(config.organisation, pageUrl("pack", pack, pack.language, config)), "", file.images, ""];
  packPictures(pack).forEach((picture, index) => {
    const { image } = picture;
    const licence = messages.licences[image.licence] ?? { label: image.licence };
    lines.push(`${pictureFiles[index]}`);
    lines.push(`  ${file.shows(`${picture.caption}. ${image.alt}`)}`);
    lines.push(`  ${file.maker(`${image.credit}${image.holder ? ` (© ${image.holder})` : ""}`)}`);
    lines.push(`  ${file.licence(`${licence.label}${licence.url ? ` (${licence.url})` : ""}`)}`);
    if (image.source) lines.push(`  ${file.source(image.source)}`);
    if (image.licence === "all-rights-reserved") lines.push(`  ${file.allRightsReserved}`);
    lines.push("");
  });
  if (pack.sources.length > 0) {
    lines.push(file.sources, "");
    for (const source of pack.sources) lines.push(source.url ? `${t.field(source.title)} ${source.url}` : source.title);
    lines.push("");
  }
  lines.push(file.map, "");
  if (pack.route) {
    lines.push(file.mapFromRoute(pack.route.title, pageUrl("route", pack.route, pack.language, config)));
  } else if (!basemapAttribution) {
    lines.push(file.mapOfPlaces);
  }
  if (basemapAttribution) lines.push(t.basemapCredit(basemapAttribution));
  lines.push("", file.font, "", file.fontText, "");
  return lines.join("\n");
}

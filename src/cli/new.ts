// npm run new -- <monument|route|story|series|pack> "Titel" [--content <folder>]
// Writes content/<type>s/<name>.md with every field present and commented in Dutch.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { displayPath, slugify } from "../content/collections.ts";
import { SITE_CONFIG_FILE } from "../content/load.ts";
import { parseYamlFile } from "../content/source-file.ts";
import { ENTRY_FOLDERS, ENTRY_TYPES, TEMPLATES, type EntryType } from "../content/authoring/templates.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: "string", default: "content" } } });
const [type, ...words] = positionals;
const title = words.join(" ").trim();
if (!type || !ENTRY_TYPES.includes(type as EntryType) || !title) {
  console.error(`usage: npm run new -- <${ENTRY_TYPES.join("|")}> "Titel"   (e.g. npm run new -- monument "Sint-Barbarakerk")`);
  process.exit(2);
}
const slug = slugify(title);
if (!slug) {
  console.error(`"${title}" gives no file name: use letters or digits in the title`);
  process.exit(2);
}
const contentDir = values.content!;
const file = path.join(contentDir, ENTRY_FOLDERS[type as EntryType], `${slug}.md`);
if (existsSync(file)) {
  console.error(`${displayPath(file)} already exists: it is left as it is. Choose another title, or edit that file.`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, TEMPLATES[type as EntryType]({ title, municipalities: readMunicipalities(contentDir) }), { flag: "wx" });
console.log(`Created ${displayPath(file)}`);
console.log(`Next: fill in the empty fields as its comments say, then run npm run check.`);

function readMunicipalities(folder: string): string[] {
  const site = path.join(folder, SITE_CONFIG_FILE);
  if (!existsSync(site)) return [];
  const data = parseYamlFile(site, path.resolve(site), readFileSync(site, "utf8")).data as { municipalities?: { name?: unknown }[] } | undefined;
  return (data?.municipalities ?? []).flatMap((municipality) => (typeof municipality.name === "string" ? [municipality.name] : []));
}

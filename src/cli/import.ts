// npm run import -- monumenten.xlsx [--write] [--update] [--sheet <name>] [--content <folder>]
// npm run import -- --inventaris export.geojson (or .csv) [--write] [--update]
// A dry run by default: lists the files it would create or change and every problem.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SITE_CONFIG_FILE } from "../content/load.ts";
import { monumentSchema } from "../content/schemas/monument.ts";
import { parseYamlFile } from "../content/source-file.ts";
import { plural } from "../content/problems.ts";
import { readInventory } from "../import/inventaris.ts";
import { existingEntries, planImport, type ImportAction } from "../import/plan.ts";
import { formatImportProblem, type ImportProblem, type ImportRecord } from "../import/record.ts";
import { readSheet } from "../import/read-sheet.ts";
import { sheetRecords } from "../import/sheet-records.ts";

const USAGE = "usage: npm run import -- <monumenten.xlsx|.ods|.csv> [--write] [--update] [--sheet <name>]\n       npm run import -- --inventaris <export.geojson|.csv> [--write] [--update]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: "boolean", default: false },
    update: { type: "boolean", default: false },
    inventaris: { type: "string" },
    sheet: { type: "string" },
    content: { type: "string", default: "content" },
  },
});

const input = values.inventaris ?? positionals[0];
if (!input || positionals.length > (values.inventaris ? 0 : 1)) {
  console.error(USAGE);
  process.exit(2);
}

try {
  const contentDir = values.content!;
  const municipalities = readMunicipalities(contentDir);
  const { records, problems } = values.inventaris
    ? readInventory(input, readFileSync(input), municipalities)
    : sheetRecords(await readSheet(input, values.sheet), monumentSchema);
  report(records, problems, contentDir, municipalities);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === "ENOENT" ? `${input}: file not found` : (error as Error).message);
  process.exitCode = 1;
}

function report(records: ImportRecord[], readProblems: ImportProblem[], contentDir: string, municipalities: string[]): void {
  const folder = path.join(contentDir, "monuments");
  const plan = planImport(records, existingEntries(folder), { schema: monumentSchema, folder, municipalities, update: values.update! });
  const write = values.write!;
  for (const action of plan.actions) console.log(describe(action, write));
  const problems = [...readProblems, ...plan.problems];
  const errors = problems.filter((problem) => problem.severity === "error");
  for (const problem of [...errors, ...problems.filter((problem) => problem.severity === "warning")]) console.log(formatImportProblem(problem));
  if (write) {
    for (const action of plan.actions) {
      if (action.kind === "create") {
        mkdirSync(path.dirname(action.absolutePath), { recursive: true });
        writeFileSync(action.absolutePath, action.text, { flag: "wx" }); // never over an existing file
      } else if (action.kind === "update") {
        writeFileSync(action.absolutePath, action.text);
      }
    }
  }
  const count = (kind: ImportAction["kind"]) => plan.actions.filter((action) => action.kind === kind).length;
  const parts = [
    `${count("create")} ${write ? "created" : "to create"}`,
    ...(values.update ? [`${count("update")} ${write ? "updated" : "to update"}`, `${count("unchanged")} unchanged`] : []),
    ...(count("exists") > 0 ? [`${count("exists")} already there`] : []),
    ...(count("skipped") > 0 ? [`${count("skipped")} skipped for errors`] : []),
  ];
  console.log(`${plural(records.length, values.inventaris ? "object" : "row")}: ${parts.join(", ")}; ${plural(errors.length, "error")}, ${plural(problems.length - errors.length, "warning")}.`);
  if (!write && (count("create") > 0 || count("update") > 0)) console.log("Dry run: nothing was written. Run again with --write to write the files, then npm run check.");
  else if (write && (count("create") > 0 || count("update") > 0)) console.log("Next: add images and text to the new files, then run npm run check.");
  if (count("exists") > 0 && !values.update) console.log("Existing files are never overwritten; --update changes only the imported fields in them.");
  if (errors.length > 0) process.exitCode = 1;
}

function describe(action: ImportAction, write: boolean): string {
  switch (action.kind) {
    case "create":
      return `${write ? "created" : "would create"} ${action.file}  ${action.title}`;
    case "update":
      return `${write ? "updated" : "would update"} ${action.file}  ${action.title}: ${action.changed.join(", ")}`;
    case "unchanged":
      return `unchanged ${action.file}  ${action.title}`;
    case "exists":
      return `exists ${action.file}  ${action.title} (${action.reason}; left as it is)`;
    case "skipped":
      return `skipped ${action.where}  ${action.title || "(no title)"}: see the errors below`;
  }
}

/** The municipalities declared in site.yaml: an imported monument must be in one of them. */
function readMunicipalities(contentDir: string): string[] {
  const file = path.join(contentDir, SITE_CONFIG_FILE);
  if (!existsSync(file)) throw new Error(`${file} not found: run the import in the project folder, or give --content <folder>`);
  const source = parseYamlFile(file, path.resolve(file), readFileSync(file, "utf8"));
  const list = (source.data as { municipalities?: { name?: unknown }[] } | undefined)?.municipalities ?? [];
  return list.flatMap((municipality) => (typeof municipality.name === "string" ? [municipality.name] : []));
}

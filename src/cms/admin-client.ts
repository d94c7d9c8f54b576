// The script of /admin/: starts Decap CMS (its bundle, /admin/decap-cms.js, sets window.CMS)
// with the configuration made from the schemas, the site's stylesheet for previews, and, with
// `npm run edit`, a check of every save in the words of `npm run check` (src/cms/check.ts).

interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}
interface DecapCms {
  init(options: { config: unknown }): void;
  registerPreviewStyle(url: string): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike }) => Promise<unknown> }): void;
}
interface Problem {
  text: string;
  severity: "error" | "warning";
}
interface Config {
  local_backend?: { url: string };
  collections: { name: string; folder?: string; extension?: string; identifier_field?: string; files?: { name: string; file: string; format?: string }[] }[];
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;
const config = JSON.parse(document.getElementById("cms-config")!.textContent!) as Config;
const banner = document.getElementById("content-check") as HTMLElement;
const list = banner.querySelector("ul")!;
banner.querySelector("button")!.addEventListener("click", () => (banner.hidden = true));

cms.registerPreviewStyle("/assets/css/site.css");

/** The file name the editor gives a new entry: its title (a translation: its original), as Decap's "{{slug}}" makes it. */
function slugOf(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function show(problems: Problem[]): void {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  banner.querySelector("h2")!.textContent = errors > 0 ? "Niet bewaard: verbeter eerst wat hieronder staat" : "Bewaard, maar kijk dit even na";
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement("li");
      item.textContent = problem.text;
      item.className = problem.severity;
      return item;
    }),
  );
  banner.hidden = problems.length === 0;
}

const checkUrl = config.local_backend?.url.replace(/\/api\/v1$/, "/api/check");
if (checkUrl) {
  cms.registerEventListener({
    name: "preSave",
    handler: async ({ entry }) => {
      const collection = config.collections.find((candidate) => candidate.name === entry.get("collection"));
      const data = (entry.get("data") as ImmutableLike).toJS() as Record<string, unknown>;
      const file = collection?.files?.find((candidate) => candidate.name === entry.get("slug"));
      const existing = entry.get("path") as string | undefined;
      const identifier = String(data[collection?.identifier_field ?? "title"] ?? "");
      const path = file ? file.file : existing || `${collection?.folder}/${slugOf(identifier)}.${collection?.extension ?? "md"}`;
      const media = (entry.get("mediaFiles") as ImmutableLike | undefined)?.toJS() as { path?: string }[] | undefined;
      const response = await fetch(checkUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ path, newEntry: !file && !existing, data, uploads: (media ?? []).flatMap((item) => (item.path ? [item.path] : [])) }),
      });
      const { problems } = (await response.json()) as { problems: Problem[] };
      show(problems);
      const errors = problems.filter((problem) => problem.severity === "error");
      if (errors.length > 0) {
        banner.focus();
        throw new Error(`${errors.length === 1 ? "1 fout" : `${errors.length} fouten`}: ${errors[0]!.text}`);
      }
      return undefined;
    },
  });
}

cms.init({ config });

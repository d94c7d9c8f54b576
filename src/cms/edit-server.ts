import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, realpath, unlink, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { isMap, isScalar, parseDocument, stringify, type YAMLMap } from "yaml";
import { displayPath, TRANSLATION_NAME } from "../content/collections.ts";
import { formatProblem, type ContentProblem } from "../content/problems.ts";
import { checkSave } from "./check.ts";
import { POSITIONAL_LISTS, SITE_MUNICIPALITY_KEY, TRANSLATED_TYPES, TYPED_LISTS } from "./config.ts";
import { mergeFile, splitFile } from "./merge.ts";
import { addTypeKeys, removeTypeKeys, type TypedLists } from "./typed-lists.ts";

// The editor's local backend for `npm run edit`: the actions of Decap's own `decap-server`
// (its local file-system mode, POST /api/v1 { action, params }), so Decap CMS reads and
// writes content/ on this computer, with two differences: a save is merged into the file
// on disk (src/cms/merge.ts: only edited fields change), and POST /api/check validates a save
// before it is written (src/cms/check.ts). Listens on 127.0.0.1 only; paths stay in content/.

export interface EditServerOptions {
  /** The content folder; the editor's paths start with its name ("content/monuments/x.md"). */
  contentDir: string;
  port?: number;
}

type Params = Record<string, unknown>;

export async function startEditServer(options: EditServerOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const contentDir = await realpath(path.resolve(options.contentDir));
  const root = path.dirname(contentDir);
  const backend = new LocalBackend(root, contentDir);
  const server = createServer((request, response) => {
    handle(backend, request, response).catch((error: unknown) => {
      console.error(`npm run edit: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, { error: error instanceof Error ? error.message : "error" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8081, "127.0.0.1", resolve);
  });
  const address = server.address() as { port: number };
  return {
    server,
    url: `http://127.0.0.1:${address.port}/api/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function handle(backend: LocalBackend, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // The editor is served by the dev server on another port of this computer.
  const origin = request.headers.origin;
  if (origin && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin)) {
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Allow-Headers", "Content-Type");
    response.setHeader("Vary", "Origin");
  }
  if (request.method === "OPTIONS") return void response.writeHead(204).end();
  if (request.method !== "POST") return send(response, 405, { error: "POST only" });
  const body = JSON.parse(await readBody(request)) as { action?: string; params?: Params } & Params;
  if (request.url === "/api/v1") return send(response, 200, await backend.act(String(body.action), body.params ?? {}));
  if (request.url === "/api/check") return send(response, 200, await backend.check(body));
  send(response, 404, { error: "not found" });
}

function send(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(value ?? null));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

class LocalBackend {
  constructor(
    private readonly root: string,
    private readonly contentDir: string,
  ) {}

  /** An editor path ("content/monuments/x.md") as an absolute path inside the content folder. */
  private resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const inside = path.relative(this.contentDir, absolute);
    if (inside.startsWith("..") || path.isAbsolute(inside)) throw new Error(`${relative} is outside the content folder`);
    return absolute;
  }

  private relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join("/");
  }

  /** The typed lists of the collection a file is in (a pack's questions). */
  private typedLists(relative: string): TypedLists {
    const folder = path.basename(path.dirname(this.resolve(relative)));
    return (TYPED_LISTS as Record<string, TypedLists | undefined>)[folder] ?? {};
  }

  private format(relative: string): "frontmatter" | "yaml" {
    return /\.ya?ml$/.test(relative) ? "yaml" : "frontmatter";
  }

  /** What a file is: a translation (c-mine.de.md: its original's name), a site translation (site.de.yaml), or neither. */
  private kind(relative: string): { translationOf?: string; siteTranslation?: boolean } {
    const inside = path.relative(this.contentDir, this.resolve(relative)).split(path.sep);
    if (inside.length === 1 && /^site\.[a-z]{2}\.ya?ml$/.test(inside[0]!)) return { siteTranslation: true };
    const translated = TRANSLATION_NAME.exec(path.basename(relative, ".md"));
    if (inside.length >= 2 && relative.endsWith(".md") && translated && TRANSLATED_TYPES.some((type) => type.name === inside[0])) return { translationOf: translated[1]! };
    return {};
  }

  /**
   * The text the editor reads: with a pack's question kinds as `type:`, a translation's original
   * (from its file name) as `original:`, a site translation's municipalities as a list.
   */
  private forEditor(relative: string, text: string): string {
    const lists = this.typedLists(relative);
    const format = this.format(relative);
    const { translationOf, siteTranslation } = this.kind(relative);
    if (siteTranslation) return municipalitiesAsList(text);
    if (format !== "frontmatter") return text;
    if (Object.keys(lists).length === 0 && translationOf === undefined) return text;
    const { yaml, body } = splitFile(text, format);
    const withKinds = addTypeKeys(yaml, lists);
    return `---\n${translationOf === undefined ? "" : `original: ${JSON.stringify(translationOf)}\n`}${withKinds}---\n${body}`;
  }

  private async entry(relative: string): Promise<{ data: string | null; file: { path: string; id: string | null } }> {
    try {
      const text = await readFile(this.resolve(relative), "utf8");
      return { data: this.forEditor(relative, text), file: { path: relative, id: digest(text) } };
    } catch {
      return { data: null, file: { path: relative, id: null } };
    }
  }

  private async list(folder: string, extension: string, depth: number): Promise<string[]> {
    const walk = async (directory: string, left: number): Promise<string[]> => {
      if (left <= 0) return [];
      const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
      const found = await Promise.all(
        entries.map((entry) => {
          // Drafts (_x.md, .x) are not entries, as for npm run check.
          if (entry.name.startsWith("_") || entry.name.startsWith(".")) return [];
          const full = path.join(directory, entry.name);
          return entry.isDirectory() ? walk(full, left - 1) : !extension || full.endsWith(`.${extension}`) ? [full] : [];
        }),
      );
      return found.flat();
    };
    return (await walk(this.resolve(folder), depth)).map((file) => this.relative(file)).sort();
  }

  async act(action: string, params: Params): Promise<unknown> {
    switch (action) {
      case "info":
        return { repo: path.basename(this.root), publish_modes: ["simple"], type: "local_fs" };
      case "entriesByFolder": {
        const extension = String(params.extension ?? "md");
        const files = await this.list(String(params.folder), extension, Number(params.depth ?? 1));
        // Translations (c-mine.de.md) are the entries of their own collections (extension "de.md"), not the originals'.
        const translations = extension.includes(".");
        const entries = files.filter((file) => TRANSLATION_NAME.test(path.basename(file, ".md")) === translations);
        return Promise.all(entries.map((file) => this.entry(file)));
      }
      case "entriesByFiles":
        return Promise.all((params.files as { path: string }[]).map((file) => this.entry(file.path)));
      case "getEntry":
        return this.entry(String(params.path));
      case "persistEntry": {
        const entry = params.entry as { path: string; raw: string; newPath?: string } | undefined;
        const dataFiles = (params.dataFiles as { path: string; raw: string; newPath?: string }[] | undefined) ?? (entry ? [entry] : []);
        for (const file of dataFiles) await this.writeEntry(file.newPath ?? file.path, file.raw, file.path);
        for (const asset of (params.assets as { path: string; content: string; encoding: BufferEncoding }[] | undefined) ?? []) {
          await this.writeBytes(asset.path, Buffer.from(asset.content, asset.encoding));
        }
        return { message: "entry persisted" };
      }
      case "getMedia": {
        const files = await this.list(String(params.mediaFolder), "", 1);
        const media = files.filter((file) => !/\.(md|ya?ml)$/.test(file));
        return Promise.all(media.map((file) => this.mediaFile(file)));
      }
      case "getMediaFile":
        return this.mediaFile(String(params.path));
      case "persistMedia": {
        const asset = params.asset as { path: string; content: string; encoding: BufferEncoding };
        await this.writeBytes(asset.path, Buffer.from(asset.content, asset.encoding));
        return this.mediaFile(asset.path);
      }
      case "deleteFile":
        await unlink(this.resolve(String(params.path))).catch(() => undefined);
        return { message: "deleted" };
      case "deleteFiles":
        for (const file of params.paths as string[]) await unlink(this.resolve(file)).catch(() => undefined);
        return { message: "deleted" };
      case "getDeployPreview":
        return null;
      default:
        throw new Error(`unknown action ${action}`);
    }
  }

  /** The text a save writes: the editor's text merged into the file on disk. */
  async textToWrite(relative: string, raw: string, previous = relative): Promise<string> {
    const existing = await readFile(this.resolve(previous), "utf8").catch(() => undefined);
    const lists = this.typedLists(relative);
    const { translationOf, siteTranslation } = this.kind(relative);
    if (siteTranslation) return mergeFile(existing, raw, "yaml", municipalitiesAsMap);
    if (translationOf !== undefined) {
      // The original is the file's name, never a field of the file.
      return mergeFile(existing, raw, "frontmatter", ({ original: _original, ...data }) => data, POSITIONAL_LISTS);
    }
    return mergeFile(existing, raw, this.format(relative), (data) => removeTypeKeys(data, lists));
  }

  private async writeEntry(relative: string, raw: string, previous: string): Promise<void> {
    const text = await this.textToWrite(relative, raw, previous);
    await this.writeBytes(relative, Buffer.from(text, "utf8"));
    if (previous !== relative) await unlink(this.resolve(previous)).catch(() => undefined);
  }

  private async writeBytes(relative: string, bytes: Buffer): Promise<void> {
    const target = this.resolve(relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }

  private async mediaFile(relative: string) {
    const bytes = await readFile(this.resolve(relative));
    return { id: digest(bytes), content: bytes.toString("base64"), encoding: "base64", path: relative, name: path.basename(relative) };
  }

  /** POST /api/check { path, data, uploads }: the problems the save would cause, as npm run check words them. */
  async check(body: Params): Promise<{ problems: { file: string; line: number; field: string; message: string; hint?: string; severity: string; text: string }[] }> {
    const relative = String(body.path);
    const { body: markdown, ...fields } = (body.data ?? {}) as Record<string, unknown>;
    const { translationOf } = this.kind(relative);
    if (translationOf !== undefined && body.newEntry === true && (await readFile(this.resolve(relative)).then(() => true, () => false))) {
      // Decap would save a second translation as casino-beringen-1.de.md.
      const problem = {
        file: relative,
        line: 1,
        field: "original",
        severity: "error",
        message: `there is already a translation of ${translationOf} in this language`,
        hint: `open ${path.basename(relative)} in the list and edit it there`,
      };
      return { problems: [{ ...problem, text: formatProblem(problem as ContentProblem) }] };
    }
    const yaml = stringify(fields, { lineWidth: 0 });
    const raw = this.format(relative) === "yaml" ? yaml : `---\n${yaml}---\n${typeof markdown === "string" ? markdown : ""}`;
    const text = await this.textToWrite(relative, raw);
    const uploads = ((body.uploads as string[] | undefined) ?? []).map((file) => this.resolve(file));
    const problems = await checkSave(this.contentDir, { file: this.resolve(relative), text, uploads });
    // Named from the project folder (content/monuments/x.md), as npm run check run there names them,
    // also where a message names another file (a translation's original).
    const shownAs = displayPath(this.contentDir);
    const rename = (text: string) => text.replaceAll(`${shownAs}/`, `${this.relative(this.contentDir)}/`);
    const named = problems.map((problem) => ({
      ...problem,
      file: this.relative(path.resolve(problem.file)),
      message: rename(problem.message),
      ...(problem.hint === undefined ? {} : { hint: rename(problem.hint) }),
    }));
    return { problems: named.map((problem) => ({ ...problem, text: formatProblem(problem) })) };
  }
}

function digest(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** site.de.yaml as the editor reads it: `municipalities: { Genk: {...} }` as a list with the name as `municipality`. */
function municipalitiesAsList(text: string): string {
  const document = parseDocument(text, { schema: "core" });
  const municipalities = isMap(document.contents) ? (document.contents as YAMLMap).get("municipalities", true) : undefined;
  if (!isMap(municipalities)) return text;
  const list = (municipalities as YAMLMap).items.map((pair) => ({
    [SITE_MUNICIPALITY_KEY]: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    ...((pair.value && typeof pair.value === "object" && "toJSON" in pair.value ? (pair.value as { toJSON(): unknown }).toJSON() : {}) as Record<string, unknown>),
  }));
  (document.contents as YAMLMap).set("municipalities", document.createNode(list));
  return document.toString({ lineWidth: 0 });
}

/** The editor's list of municipalities back as the file's map, keyed by the name in site.yaml. */
function municipalitiesAsMap(data: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(data.municipalities)) return data;
  const entries = (data.municipalities as Record<string, unknown>[]).flatMap((item) => {
    const { [SITE_MUNICIPALITY_KEY]: name, ...texts } = item ?? {};
    return typeof name === "string" && name !== "" ? [[name, texts] as const] : [];
  });
  return { ...data, municipalities: Object.fromEntries(entries) };
}

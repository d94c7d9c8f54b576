import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { ContentProblem } from "./problems.ts";

/** One content file, parsed, with a way to find the line of any field. */
export interface SourceFile {
  /** Path relative to the working directory, forward slashes. */
  path: string;
  absolutePath: string;
  /** Front matter (or the whole YAML file) as plain data; undefined when it could not be parsed. */
  data: unknown;
  /** Markdown body after the front matter. */
  body: string;
  /** Syntax problems (YAML errors, missing front matter). */
  problems: ContentProblem[];
  /** The line where a field is written; for a missing field, the line of its parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

const FRONT_MATTER_START = /^\uFEFF?---[ \t]*\r?\n/;

export function parseMarkdownFile(path: string, absolutePath: string, text: string): SourceFile {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!FRONT_MATTER_START.test(normalised)) {
    return brokenFile(path, absolutePath, normalised, {
      message: "the file does not start with front matter",
      hint: 'the first line must be "---", then the fields, then another "---" line before the text',
    });
  }
  // gray-matter splits the file; we parse the YAML ourselves to keep line numbers.
  // Its `matter` starts right after the opening "---", so YAML line n is file line n.
  const split = matter(normalised, { engines: { yaml: () => ({}) } } as never);
  if (!/^---[ \t]*$/m.test(normalised.slice(4))) {
    return brokenFile(path, absolutePath, normalised, {
      message: "the front matter is never closed",
      hint: 'add a line with only "---" after the last field',
    });
  }
  return parseYaml(path, absolutePath, split.matter, split.content);
}

/** A file whose front matter was validated before (see ContentCache): lines are found only if needed. */
export function cachedMarkdownFile(path: string, absolutePath: string, text: string, data: unknown, body: string): SourceFile {
  let parsed: SourceFile | undefined;
  return {
    path,
    absolutePath,
    data,
    body,
    problems: [],
    lineOf: (fieldPath) => (parsed ??= parseMarkdownFile(path, absolutePath, text)).lineOf(fieldPath),
  };
}

export function parseYamlFile(path: string, absolutePath: string, text: string): SourceFile {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return parseYaml(path, absolutePath, normalised, "");
}

// Content is parsed with js-yaml (fast); the `yaml` library, which keeps source
// positions, is only used when a problem has to be located: on a syntax error or
// a field that fails validation. Both use the YAML 1.2 core schema, so dates stay text.
function parseYaml(path: string, absolutePath: string, text: string, body: string): SourceFile {
  let located: { document: Document; lineCounter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { document: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true }), lineCounter };
    }
    return located;
  };
  const lineOf = (fieldPath: readonly PropertyKey[]) => {
    const { document, lineCounter } = locate();
    return lineOfField(document, fieldPath, (offset) => lineCounter.linePos(offset).line);
  };
  try {
    const data = load(text, { schema: CORE_SCHEMA, filename: path }) ?? {};
    return { path, absolutePath, data, body, problems: [], lineOf };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { document } = locate();
    const problems: ContentProblem[] =
      document.errors.length > 0
        ? document.errors.map((yamlError) => ({
            file: path,
            line: yamlError.linePos?.[0]?.line ?? 1,
            field: "",
            message: `YAML syntax error: ${yamlMessage(yamlError.message)}`,
            hint: yamlHint(yamlError.code),
            severity: "error",
          }))
        : [
            {
              file: path,
              line: (error.mark?.line ?? 0) + 1,
              field: "",
              message: `YAML syntax error: ${error.reason}`,
              hint: yamlHint(""),
              severity: "error",
            },
          ];
    return { path, absolutePath, data: undefined, body, problems, lineOf };
  }
}

function brokenFile(
  path: string,
  absolutePath: string,
  body: string,
  problem: { message: string; hint: string },
): SourceFile {
  return {
    path,
    absolutePath,
    data: undefined,
    body,
    problems: [{ file: path, line: 1, field: "", severity: "error", ...problem }],
    lineOf: () => 1,
  };
}

function lineOfField(document: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number {
  let node: unknown = document.contents;
  let line = 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return line;
      const key = pair.key as Node;
      if (key.range) line = lineAt(key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "");
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: "each field may appear only once; remove or merge the second one",
  BAD_INDENT: "check the indentation: nested fields use two spaces more than their parent, never tabs",
  TAB_AS_INDENT: "replace the tab with spaces",
  MISSING_CHAR: "a bracket or quote is not closed",
  MULTILINE_IMPLICIT_KEY: 'a text containing ": " must be put in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a text containing ": " must be put in quotes',
  UNEXPECTED_TOKEN: "put texts that contain special characters (: # [ ] { } ,) in quotes",
};

function yamlHint(code: string): string {
  return YAML_HINTS[code] ?? 'put texts with special characters in "double quotes" and check the indentation';
}

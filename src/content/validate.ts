import type { z } from "zod";
import { formatFieldPath, plural, type ContentProblem } from "./problems.ts";
import type { SourceFile } from "./source-file.ts";
import { didYouMean, listChoices } from "./suggest.ts";
import { dutchWordsFor } from "../i18n/nl.ts";
import { hintFor } from "./hints.ts";

type Issue = z.core.$ZodIssue;

/**
 * Validates a file's data against its schema. Returns the parsed value when valid,
 * and a problem per issue (all of them, not the first) written for the author.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  source: SourceFile,
): { value?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, schema, source));
  return { problems };
}

function describeIssue(issue: Issue, schema: z.ZodType, source: SourceFile): ContentProblem[] {
  const path = issue.path as PropertyKey[];
  const problem = (fieldPath: PropertyKey[], message: string, hint?: string): ContentProblem => ({
    file: source.path,
    line: source.lineOf(fieldPath),
    field: formatFieldPath(fieldPath),
    message,
    hint: hint ?? hintFor(fieldPath),
    severity: "error",
  });

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, allowed);
        const hint = suggestion
          ? `did you mean "${suggestion}"?`
          : `allowed fields here: ${allowed.join(", ")}`;
        return problem([...path, key], "unknown field", hint);
      });
    }
    case "invalid_type": {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return [problem(path, "is required but missing")];
      if (input === null) return [problem(path, "is empty", hintFor(path) ?? "fill in a value or remove the line")];
      return [problem(path, `must be ${describeExpected(issue.expected)}, not ${describeValue(input)}`, typeHint(issue.expected, input, path))];
    }
    case "invalid_value": {
      const input = (issue as { input?: unknown }).input;
      if (input === undefined) return [problem(path, "is required but missing", `write one of ${listChoices(issue.values.map(String))}`)];
      const choices = issue.values.map(String);
      const suggestion = typeof input === "string" ? suggestValue(input, choices) : undefined;
      // The message already lists the choices: a hint only when there is a likely one.
      return [
        {
          ...problem(path, `${describeValue(input)} is not allowed; use ${listChoices(choices)}`),
          hint: suggestion ? `did you mean "${suggestion}"?` : undefined,
        },
      ];
    }
    case "too_big":
      // The message already says the limit and by how much.
      return [{ ...problem(path, sizeMessage(issue)), hint: undefined }];
    case "too_small":
      return [problem(path, sizeMessage(issue))];
    case "invalid_format":
    case "custom":
    case "invalid_union":
      return [problem(path, ...customMessage(issue.message, (issue as { input?: unknown }).input, path, (issue as { params?: Record<string, unknown> }).params ?? {}))];
    default:
      return [problem(path, issue.message)];
  }
}

/** A close spelling of a choice, or the choice a Dutch word stands for ("kerk" → "church"). */
function suggestValue(input: string, choices: string[]): string | undefined {
  const spelled = didYouMean(input, choices);
  if (spelled) return spelled;
  const dutch = dutchWordsFor().filter(([, value]) => choices.includes(value));
  const word = didYouMean(input.trim(), dutch.map(([dutchWord]) => dutchWord));
  return word === undefined ? undefined : dutch.find(([dutchWord]) => dutchWord === word)?.[1];
}

function sizeMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const input = (issue as { input?: unknown }).input;
  const big = issue.code === "too_big";
  const limit = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  if (issue.origin === "string" && typeof input === "string") {
    const length = input.trim().length;
    return big
      ? `is ${length} characters long; the limit is ${limit} (shorten it by ${length - limit})`
      : length === 0
        ? "is empty"
        : `is ${plural(length, "character")} long; write at least ${limit}`;
  }
  if (issue.origin === "array" && Array.isArray(input)) {
    return big ? `has ${input.length} entries; at most ${limit} allowed` : `needs at least ${limit} entr${limit === 1 ? "y" : "ies"} (has ${input.length})`;
  }
  return big ? `is ${String(input)}; the largest allowed value is ${limit}` : `is ${String(input)}; the smallest allowed value is ${limit}`;
}

// Codes used in the schemas' refinements (`error: "slug"` etc.) → author-facing text.
function customMessage(code: string, input: unknown, path: PropertyKey[], params: Record<string, unknown>): [string, string?] {
  const shown = describeValue(input);
  switch (code) {
    case "slug":
      return [`${shown} is not a valid name`, "use the file name without .md: lowercase letters, digits and hyphens, e.g. c-mine-winterslag"];
    case "partial-date":
      return [`${shown} is not a date`, 'write a year (1901), a month ("1901-08") or a day ("1901-08-02")'];
    case "period":
      return [`${shown} is not a date or period`, 'write a year (1923), a day ("1914-07-28") or a span of years ("1939-1943")'];
    case "web-url":
      return [`${shown} is not a web address`, "write the full address starting with https://"];
    case "tile-url":
      return [`${shown} is not a tile address`, "an https:// address with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png"];
    case "stop-both":
      return ["a stop is either a monument or a waypoint, not both", 'keep "monument: <name>", or remove it and keep "name" and "location"'];
    case "stop-name":
      return ["a waypoint needs a name", 'add "name:", or refer to a monument with "monument: <file name>"'];
    case "stop-location":
      return ["a waypoint needs a location", "add location with lat, lng and precision"];
    case "focus":
      return [`${shown} is not a focal point`, 'write two percentages, from the left and from the top, e.g. focus: "40% 30%"'];
    case "holder-needed":
      return ["an image with all rights reserved needs the rights holder", 'add holder: with who owns the rights, e.g. holder: "Stad Genk", and make sure you may use it'];
    case "testimony-narrator":
      return ["a testimony needs at least one narrator", "add narrators: [Name], or use kind: story"];
    case "question-kind":
      return ["a question needs its kind and text", "write the question after open:, choice:, find: or draw:"];
    case "question-kinds":
      return [`a question has one kind, not ${listChoices((params.kinds as string[]) ?? [])}`, "split it into two questions"];
    case "question-options":
      return [`a ${params.kind === "find" ? "find" : "choice"} question needs options`, params.kind === "find" ? "add options: [the things to look for]" : "add options: [the possible answers]"];
    case "question-no-options":
      return [`an ${params.kind} question has no options`, "remove options:, or make it a choice: question"];
    case "choice-one-answer":
      return ["a choice question has one answer", "write the one right option as answer:"];
    case "answer-not-option":
      return [`${shown} is not one of the options`, `write it exactly as one of ${listChoices((params.options as string[]) ?? [])}`];
    case "answer-text":
      return ["the answer is a text, not a list", "write the answer (or, for draw:, what a good drawing shows) as one text"];
    case "translation-is-language":
      return [`"${String(params.lang)}" is the site's own language`, "list only the other languages under translations"];
    case "translation-twice":
      return [`"${String(params.lang)}" is listed twice`, "remove one of them"];
    case "lines-open-only":
      return ["lines: is for open questions", "remove lines:, a choice, find or draw question makes its own room"];
    default:
      if (code.startsWith("Invalid input")) {
        if (input === null || input === undefined || input === "") return ["is empty", hintFor(path) ?? "fill in a value or remove the line"];
        // The date fields are the unions most often written wrong.
        const dateLike = /^(date|dates|built|opened|closed)$/.test(String([...path].reverse().find((segment) => typeof segment === "string") ?? ""));
        return [`${shown} is not valid`, hintFor(path) ?? (dateLike ? 'write a year (1901), a month ("1901-08") or a day ("1901-08-02")' : undefined)];
      }
      return [code, hintFor(path)];
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case "string":
      return "a text";
    case "number":
    case "int":
      return "a number";
    case "array":
      return "a list";
    case "object":
      return "a group of fields";
    case "boolean":
      return "true or false";
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "empty";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a group of fields";
  return String(value);
}

function typeHint(expected: string, input: unknown, path: PropertyKey[]): string | undefined {
  if ((expected === "number" || expected === "int") && typeof input === "string" && /^-?\d+,\d+$/.test(input.trim())) {
    return `use a decimal point, not a comma: ${input.trim().replace(",", ".")}`;
  }
  if (expected === "array" && typeof input === "string") return `write a list: [${input}] or one "- item" per line`;
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) return `put it in quotes: "${String(input)}"`;
  return hintFor(path);
}

/** The field names an object schema accepts at `path` (for did-you-mean on unknown fields). */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (current: unknown): unknown => {
    let value = current as { _zod?: { def: Record<string, unknown> } };
    for (let depth = 0; depth < 10 && value?._zod; depth++) {
      const def = value._zod.def;
      const type = def.type as string;
      if (type === "optional" || type === "default" || type === "nullable" || type === "prefault" || type === "readonly") {
        value = def.innerType as typeof value;
      } else if (type === "pipe") {
        value = def.in as typeof value;
      } else {
        break;
      }
    }
    return value;
  };
  node = unwrap(node);
  for (const segment of path) {
    const def = (node as { _zod?: { def: Record<string, unknown> } } | undefined)?._zod?.def;
    if (!def) return [];
    if (def.type === "object") node = unwrap((def.shape as Record<string, unknown>)[String(segment)]);
    else if (def.type === "array") node = unwrap(def.element);
    else if (def.type === "record") node = unwrap(def.valueType);
    else return [];
  }
  const def = (node as { _zod?: { def: Record<string, unknown> } } | undefined)?._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
}

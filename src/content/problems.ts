// A problem found in the content, written for the person who wrote the file:
// `path:line field: problem (hint)`, one line each, all reported together.

export type Severity = "error" | "warning";

export interface ContentProblem {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Field path as written in the front matter, e.g. `images[0].alt`; empty for the file itself. */
  field: string;
  message: string;
  hint?: string;
  severity: Severity;
}

export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}`;
  const field = problem.field ? ` ${problem.field}:` : "";
  const prefix = problem.severity === "warning" ? " warning:" : "";
  const hint = problem.hint ? ` (${problem.hint})` : "";
  return `${where}${field}${prefix} ${problem.message}${hint}`;
}

export function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file, "en") || a.line - b.line || a.field.localeCompare(b.field, "en");
}

/** Formats a list of problems as the report printed by `check` and `build`. */
export function formatReport(problems: ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const lines = [...errors, ...warnings].map(formatProblem);
  const counts = [plural(errors.length, "error"), plural(warnings.length, "warning")].join(", ");
  return [...lines, `${counts} in the content.`].join("\n");
}

export function plural(count: number, noun: string, nounPlural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nounPlural}`;
}

/** Thrown when content has errors; carries every problem, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatReport(problems));
    this.name = "ContentError";
  }
}

/** `["images", 0, "alt"]` → `images[0].alt` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { formatReport, type ContentProblem } from "../content/problems.ts";

// npm start with content errors: the dev server keeps running. Nothing is rebuilt (the last
// good pages stay in the output folder), the terminal gets the same report as npm run build,
// and every page the dev server sends carries a banner in Dutch listing the errors. Fixing the
// file rebuilds the site, and Eleventy's live reload shows the page without the banner.

/** What the dev server knows of the content's errors; empty when the content is valid. */
export class DevContentErrors {
  private problems: ContentProblem[] = [];

  get active(): boolean {
    return this.problems.length > 0;
  }

  /** Records the problems of a failed load and prints them as `npm run build` does. */
  report(problems: ContentProblem[]): void {
    this.problems = problems;
    console.log(formatReport(problems));
    console.log("The site was not rebuilt: the browser shows these errors on every page until they are fixed.");
  }

  clear(): void {
    this.problems = [];
  }

  errors(): ContentProblem[] {
    return this.problems.filter((problem) => problem.severity === "error");
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The banner: file, line, field, the problem in `npm run check`'s words and what to do.
 * Styled inline, so it reads the same on every page and on the bare error page.
 */
export function contentErrorBanner(errors: readonly ContentProblem[], hasSite: boolean): string {
  // On a page the banner's heading sits above the page's own h1; on the bare error page it is the h1.
  const heading = hasSite ? "h2" : "h1";
  const title = errors.length === 1 ? "De inhoud heeft 1 fout" : `De inhoud heeft ${errors.length} fouten`;
  const lead = hasSite
    ? "Deze pagina toont de site van vóór de fout. Verbeter het bestand en bewaar het: de pagina laadt dan vanzelf opnieuw, zonder deze melding."
    : "De site kan pas gebouwd worden als deze fouten verbeterd zijn. Verbeter het bestand en bewaar het: de pagina laadt dan vanzelf opnieuw.";
  const items = errors.map((problem) => {
    const field = problem.field ? `, veld <code>${escapeHtml(problem.field)}</code>` : "";
    const hint = problem.hint ? `<br><span>Wat te doen: ${escapeHtml(problem.hint)}</span>` : "";
    return `<li style="margin:0 0 .6em"><code>${escapeHtml(problem.file)}</code>, regel ${problem.line}${field}: ${escapeHtml(problem.message)}${hint}</li>`;
  });
  return [
    `<section id="schachtbok-content-errors" role="alert" lang="nl" aria-labelledby="schachtbok-content-errors-title"`,
    ` style="position:relative;z-index:10000;margin:0;padding:1em 1.25em;background:#fff4f2;color:#1a1a1a;border-bottom:4px solid #b3261e;font:1rem/1.45 system-ui,sans-serif;overflow-wrap:anywhere">`,
    `<${heading} id="schachtbok-content-errors-title" style="margin:0 0 .3em;font-size:1.25rem;color:#8c1d18">${title}</${heading}>`,
    `<p style="margin:0 0 .8em">${lead}</p>`,
    `<ul style="margin:0;padding-left:1.25em">${items.join("")}</ul>`,
    `</section>`,
  ].join("");
}

/** A page of the output with the banner at the top of its body. */
export function withContentErrorBanner(html: string, errors: readonly ContentProblem[]): string {
  const banner = contentErrorBanner(errors, true);
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return banner + html;
  const end = body.index + body[0].length;
  return html.slice(0, end) + banner + html.slice(end);
}

/** The page sent when there is no built page to put the banner on (the first start failed). */
export function contentErrorPage(errors: readonly ContentProblem[]): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fouten in de inhoud</title></head><body style="margin:0"><main>${contentErrorBanner(errors, false)}</main></body></html>`;
}

/** The output file a page address is served from, when the address is a page's. */
function pageFileFor(outputDir: string, pathname: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (relative.endsWith("/")) relative += "index.html";
  else if (!relative.endsWith(".html")) return undefined;
  const file = path.join(outputDir, relative);
  return file.startsWith(path.resolve(outputDir) + path.sep) ? file : undefined;
}

type Next = () => void;

/**
 * Dev server middleware: while the content has errors, a page is sent with the banner (or, when
 * it was never built, the error page). Other files, and everything once the errors are fixed,
 * are served as usual. The dev server adds its live-reload script to both.
 */
export function contentErrorMiddleware(state: DevContentErrors, outputDir: () => string | undefined) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const output = outputDir();
    if (!state.active || !output) return next();
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = pageFileFor(path.resolve(output), pathname);
    if (!file) return next();
    const built = existsSync(file) && statSync(file).isFile();
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.statusCode = built ? 200 : 500;
    response.end(built ? withContentErrorBanner(readFileSync(file, "utf8"), state.errors()) : contentErrorPage(state.errors()));
  };
}

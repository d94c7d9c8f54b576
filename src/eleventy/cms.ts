import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { cmsConfig } from "../cms/config.ts";
import { cachedBundle } from "../outputs/bundle-cache.ts";
import { isLang, type Lang } from "../i18n/locales.ts";

// /admin/: the browser editor for staff (Decap CMS, README "Editing in the browser").
// Its bundle is copied from node_modules at build time (no CDN, not in git); its configuration
// is made from the content schemas (src/cms/config.ts) and written into the page.

/** The editor's files as Decap ships them: the main script, its chunks, and their licences. */
const DECAP_DIST = "node_modules/decap-cms/dist";

export interface CmsPluginOptions {
  contentDir: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function cmsPlugin(eleventyConfig: any, options: CmsPluginOptions): void {
  eleventyConfig.addPassthroughCopy({
    [`${DECAP_DIST}/*decap-cms.js`]: "admin",
    [`${DECAP_DIST}/decap-cms.js.LICENSE.txt`]: "admin/decap-cms.js.LICENSE.txt",
  });
  const config = cmsConfig({
    contentPath: path.basename(path.resolve(options.contentDir)),
    // Set by `npm run edit` (src/cli/edit.ts): the local backend on this computer.
    localBackendUrl: process.env.SCHACHTBOK_CMS_LOCAL_BACKEND || undefined,
    backend: gitBackend(process.env.SCHACHTBOK_CMS_BACKEND),
    translations: siteTranslations(options.contentDir),
  });
  const page = { eleventyExcludeFromCollections: true };
  eleventyConfig.addTemplate("admin/index.njk", "{{ adminPage | safe }}", { ...page, permalink: "/admin/index.html", adminPage: adminPage(config) });
  eleventyConfig.addTemplate("admin/admin.njk", "{{ adminScript | safe }}", { ...page, permalink: "/admin/admin.js", adminScript: adminScript() });
}

/**
 * The host the published editor commits to: "github:owner/name" or "gitlab:group/project"
 * (optionally "@branch"), or Decap's whole `backend` object as JSON (for base_url, auth_type, app_id).
 */
export function gitBackend(setting: string | undefined): { name: string; repo?: string; branch?: string } | undefined {
  if (setting?.trim().startsWith("{")) return JSON.parse(setting) as { name: string };
  const match = /^(github|gitlab|gitea|git-gateway)(?::([^@]+))?(?:@(.+))?$/.exec(setting ?? "");
  if (!match) return undefined;
  return { name: match[1]!, ...(match[2] ? { repo: match[2] } : {}), branch: match[3] ?? "main" };
}

/** The languages of site.yaml's `translations`: each gets translation collections in the editor. */
export function siteTranslations(contentDir: string): Lang[] {
  try {
    const site = parse(readFileSync(path.join(contentDir, "site.yaml"), "utf8")) as { translations?: unknown };
    return Array.isArray(site?.translations) ? site.translations.filter((lang): lang is Lang => typeof lang === "string" && isLang(lang)) : [];
  } catch {
    // npm run check reports a missing or broken site.yaml; the editor then has no translations.
    return [];
  }
}

function adminScript(): string {
  return cachedBundle(process.cwd(), "admin", {
    entryPoints: [path.resolve("src/cms/admin-client.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    logLevel: "silent",
  });
}

export function adminPage(config: Record<string, unknown>): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Beheer</title>
<script>
// npm run edit: the dev server's live reload (a WebSocket to this same address) would reload the
// editor after every rebuild, and what is being typed would be lost. The editor itself opens no
// WebSocket, so one to this address gets a socket that never connects.
(() => {
  const Native = window.WebSocket;
  window.WebSocket = function (url, protocols) {
    if (new URL(url, location.href).host !== location.host) return new Native(url, protocols);
    const quiet = new EventTarget();
    return Object.assign(quiet, { readyState: 3, send() {}, close() {} });
  };
})();
</script>
<style>
#content-check { position: fixed; z-index: 1000; inset: auto 1rem 1rem 1rem; max-height: 40vh; overflow: auto; padding: 1rem 1.25rem; background: #fff4f2; color: #5c1208; border: 2px solid #b3261e; border-radius: 6px; font: 16px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
#content-check h2 { margin: 0 0 .5rem; font-size: 1.1rem; }
#content-check ul { margin: 0 0 .75rem; padding-left: 1.25rem; }
#content-check li { margin-bottom: .35rem; font-family: ui-monospace, monospace; font-size: .9rem; }
#content-check li.warning { color: #5b4300; }
#content-check button { font: inherit; padding: .3rem .9rem; }
</style>
</head>
<body>
<script>window.CMS_MANUAL_INIT = true;</script>
<div id="content-check" role="alert" tabindex="-1" hidden>
<h2>Niet bewaard: verbeter eerst wat hieronder staat</h2>
<ul></ul>
<button type="button">Sluiten</button>
</div>
<script type="application/json" id="cms-config">${json}</script>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/admin.js"></script>
</body>
</html>
`;
}

// Pure decisions of the offline store (src/client/offline-store.ts), apart from the caches:
// what to do with a stored route when a new build is out, and how its size is written.

/** What the site says about a stored route's manifest now. */
export type ManifestCheck =
  | { status: "ok"; version: string }
  /** The route is no longer on the site (404). */
  | { status: "gone" }
  /** No answer (offline, server error): try again later. */
  | { status: "unreachable" };

export type RefreshAction =
  /** The stored copy is the site's current one. */
  | "keep"
  /** A newer build changed something stored: download the new copy, then drop the old one. */
  | "refresh"
  /** The route is gone from the site: its copy would only ever be stale. */
  | "remove"
  /** A newer build is out but cannot be asked now: keep serving the copy, say it may be out of date. */
  | "mark-outdated"
  /** Nothing to learn now (offline), and nothing new known: leave the copy as it is. */
  | "wait";

/** What the worker records about a stored route between checks. */
export interface CheckedRoute {
  version: string;
  /** The build (its offline version) whose worker last checked the copy, or that it was stored from. */
  checkedBy?: string;
  outdated?: boolean;
}

/** A copy needs checking when a build other than the worker's own vouched for it last, or it is marked out of date. */
export function refreshDue(stored: CheckedRoute, workerBuild: string): boolean {
  return stored.outdated === true || stored.checkedBy !== workerBuild;
}

export function refreshAction(stored: CheckedRoute, check: ManifestCheck, workerBuild: string): RefreshAction {
  switch (check.status) {
    case "ok":
      return check.version === stored.version ? "keep" : "refresh";
    case "gone":
      return "remove";
    default:
      return refreshDue(stored, workerBuild) && !stored.outdated ? "mark-outdated" : "wait";
  }
}

const MB = 1024 * 1024;

/** "2,4 MB" (nl, de, fr), "2.4 MB" (en), "850 kB" below a megabyte; "Mo" and "ko" in French. */
export function formatBytes(bytes: number, lang: string): string {
  const french = lang.startsWith("fr");
  if (bytes >= MB / 10 * 9.5) {
    const number = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / MB);
    return `${number}\u00a0${french ? "Mo" : "MB"}`;
  }
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
  return `${number}\u00a0${french ? "ko" : "kB"}`;
}

/** Fills "{size}" and "{pages}" in a text of the panel. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The cache of one stored copy: "schachtbok-offline:nl/alle-zeven-mijnen:<version>:<nonce>". */
export const CACHE_PREFIX = "schachtbok-offline:";

export function cacheNameFor(key: string, version: string, nonce: string): string {
  return `${CACHE_PREFIX}${key}:${version}:${nonce}`;
}

/** The route key of a cache name, or undefined when the cache is not ours. */
export function keyOfCache(name: string): string | undefined {
  if (!name.startsWith(CACHE_PREFIX)) return undefined;
  const rest = name.slice(CACHE_PREFIX.length).split(":");
  return rest.length === 3 ? rest[0] : undefined;
}

/**
 * Caches to delete: ours that no stored route points at, once they are older than `graceMs`
 * (a download in progress in another tab has no record yet). The nonce is the start time in base 36.
 */
export function orphanCaches(names: readonly string[], inUse: ReadonlySet<string>, now: number, graceMs: number): string[] {
  return names.filter((name) => {
    if (keyOfCache(name) === undefined || inUse.has(name)) return false;
    const started = parseInt(name.split(":").at(-1) ?? "", 36);
    return !Number.isFinite(started) || now - started > graceMs;
  });
}

/** "/img/c-mine-800-0123456789.webp" and "/img/c-mine-480-abcdef0123.webp" show the same picture. */
export function pictureFamily(pathname: string): string | undefined {
  const match = /^(\/img\/.+?-(?:thumb-)?)\d+-[0-9a-f]{10}\.\w+$/.exec(pathname);
  return match?.[1];
}

import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from "playwright-core";

// Debian's Chromium driven by playwright-core, with no way out of the machine:
// the flags stop its own background traffic, the host resolver knows only the
// loopback, and every request that is not to the local test server is aborted
// (and written down, so a test can check that map tiles were asked for).
// No vitest in here: scripts/bench-map.ts uses it too.

export const CHROMIUM_PATH = "/usr/bin/chromium";

const MISSING = `Chromium is not installed at ${CHROMIUM_PATH}. The browser tests drive Debian's Chromium: run \`node scripts/ensure-tools.mjs\` (it installs it with apt-get when run as root), or \`sudo apt-get install -y chromium\`.`;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Belt and braces under the request blocking below: any host but the loopback fails to resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING);
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  } catch (error) {
    throw new Error(`Chromium at ${CHROMIUM_PATH} did not start: ${error instanceof Error ? error.message : String(error)}\n${MISSING}`, { cause: error });
  }
}

export interface IsolatedContext {
  context: BrowserContext;
  /** Every URL the pages asked for that was not on the local server, in order (so: blocked). */
  blockedRequests: string[];
}

/**
 * A browser context that may only talk to `allowedOrigin` (the static test server).
 * Everything else fails at once as if the network were down: for a map page that
 * means the tile server is unreachable.
 */
export async function isolatedContext(browser: Browser, allowedOrigin: string, options: BrowserContextOptions = {}): Promise<IsolatedContext> {
  const context = await browser.newContext({ locale: "nl-BE", timezoneId: "Europe/Brussels", viewport: { width: 1280, height: 900 }, ...options });
  const blockedRequests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${allowedOrigin}/`)) return route.continue();
    blockedRequests.push(url);
    return route.abort("internetdisconnected");
  });
  return { context, blockedRequests };
}

/** Blocked requests to a tile server: URLs with /{z}/{x}/{y}.png-like paths. */
export function tileRequests(blockedRequests: readonly string[]): string[] {
  return blockedRequests.filter((url) => /\/\d+\/\d+\/\d+(@2x)?\.(png|jpe?g|webp)(\?|$)/.test(url));
}

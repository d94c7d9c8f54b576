#!/usr/bin/env node
// Makes sure Debian's Chromium is installed: the browser tests and `npm run bench:map`
// drive it with playwright-core (which downloads no browser of its own).
//   present              → exit 0, silently
//   missing, as root     → apt-get install it (apt-get update first only when apt knows no candidate)
//   missing, not root    → say what to install and exit 1, as `playwright install --with-deps` does
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";
const HINT = "Browser tests need Debian's Chromium: run `sudo apt-get install -y chromium`";

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !existsSync("/usr/bin/apt-get")) {
  console.error(`${CHROMIUM} not found. ${HINT}`);
  process.exit(1);
}

// Quiet apt (-qq, no progress bar, no questions); errors always reach the log. In a log
// (no terminal) dpkg's line per unpacked package is kept back and shown only if apt-get fails.
const APT_ENV = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
const APT_QUIET = ["-qq", "-o", "Dpkg::Use-Pty=0"];
const SHOW_ALL = process.stdout.isTTY === true;

function apt(args) {
  const result = spawnSync("apt-get", [...APT_QUIET, ...args], {
    stdio: ["ignore", SHOW_ALL ? "inherit" : "pipe", "inherit"],
    env: APT_ENV,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && result.stdout) console.log(result.stdout.trimEnd().split("\n").slice(-30).join("\n"));
  return result.status === 0;
}

/** True when apt's package lists offer a chromium package (a fresh image has empty lists). */
function aptKnowsChromium() {
  const result = spawnSync("apt-cache", ["policy", "chromium"], { encoding: "utf8", env: APT_ENV });
  const candidate = /Candidate:\s*(\S+)/.exec(result.stdout ?? "")?.[1];
  return result.status === 0 && candidate !== undefined && candidate !== "(none)";
}

console.log(`${CHROMIUM} not found: installing Debian's chromium with apt-get (for the browser tests)…`);
if (!aptKnowsChromium() && !apt(["update"])) fail("apt-get update failed");
const install = ["install", "-y", "--no-install-recommends", "chromium"];
// Lists that are there but stale name package versions the mirror no longer has: refresh once and retry.
if (!apt(install) && !(apt(["update"]) && apt(install))) fail("apt-get install chromium failed");

const version = spawnSync(CHROMIUM, ["--version"], { encoding: "utf8", timeout: 30_000 });
if (!existsSync(CHROMIUM) || version.status !== 0) fail(`${CHROMIUM} does not run after the install${version.stderr ? `: ${version.stderr.trim()}` : ""}`);
console.log(`Installed ${version.stdout.trim()}`);

function fail(message) {
  console.error(`${message}. ${HINT}`);
  process.exit(1);
}

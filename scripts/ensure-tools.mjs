#!/usr/bin/env node
// Makes sure the Debian tools the tests use are installed:
//   chromium       the browser tests and `npm run bench:map` drive it with playwright-core
//                  (which downloads no browser of its own)
//   poppler-utils  the postcard tests read the PDFs with pdffonts, pdfimages, pdftotext, pdftoppm
//   qpdf           the print PDFs' preflight reads their objects (tests/helpers/preflight.ts)
//   ghostscript    the preflight renders each print PDF with a second, independent reader
// For each:
//   present              → nothing, silently
//   missing, as root     → apt-get install it (apt-get update first only when apt knows no candidate)
//   missing, not root    → say what to install and exit 1, as `playwright install --with-deps` does
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const TOOLS = [
  { file: "/usr/bin/chromium", apt: "chromium", for: "the browser tests", check: ["--version"] },
  { file: "/usr/bin/pdftoppm", apt: "poppler-utils", for: "the postcard PDF tests", check: ["-v"] },
  { file: "/usr/bin/qpdf", apt: "qpdf", for: "the print PDFs' preflight", check: ["--version"] },
  { file: "/usr/bin/gs", apt: "ghostscript", for: "the print PDFs' preflight", check: ["--version"] },
];
const missing = TOOLS.filter((tool) => !existsSync(tool.file));
if (missing.length === 0) process.exit(0);
const packages = missing.map((tool) => tool.apt);
const HINT = `The tests need Debian packages: run \`sudo apt-get install -y ${packages.join(" ")}\``;

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !existsSync("/usr/bin/apt-get")) {
  console.error(`${missing.map((tool) => `${tool.file} (${tool.apt}, for ${tool.for})`).join(" and ")} not found. ${HINT}`);
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

/** True when apt's package lists offer every package (a fresh image has empty lists). */
function aptKnows(names) {
  return names.every((name) => {
    const result = spawnSync("apt-cache", ["policy", name], { encoding: "utf8", env: APT_ENV });
    const candidate = /Candidate:\s*(\S+)/.exec(result.stdout ?? "")?.[1];
    return result.status === 0 && candidate !== undefined && candidate !== "(none)";
  });
}

console.log(`Installing ${packages.join(" and ")} with apt-get (for ${missing.map((tool) => tool.for).join(" and ")})…`);
if (!aptKnows(packages) && !apt(["update"])) fail("apt-get update failed");
const install = ["install", "-y", "--no-install-recommends", ...packages];
// Lists that are there but stale name package versions the mirror no longer has: refresh once and retry.
if (!apt(install) && !(apt(["update"]) && apt(install))) fail(`apt-get install ${packages.join(" ")} failed`);

for (const tool of missing) {
  const version = spawnSync(tool.file, tool.check, { encoding: "utf8", timeout: 30_000 });
  if (!existsSync(tool.file) || version.error) fail(`${tool.file} does not run after the install${version.stderr ? `: ${version.stderr.trim()}` : ""}`);
  console.log(`Installed ${tool.apt}: ${(version.stdout || version.stderr).trim().split("\n")[0]}`);
}

function fail(message) {
  console.error(`${message}. ${HINT}`);
  process.exit(1);
}

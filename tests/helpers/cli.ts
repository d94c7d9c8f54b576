import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const RUN = path.join(PROJECT_DIR, "scripts", "run.mjs");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command the way `npm run <name>` does (node scripts/run.mjs <name>), from the project folder. */
export function runCli(command: "build" | "check" | "import" | "new", args: string[] = [], cwd = PROJECT_DIR, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [RUN, command, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CI: "true", FORCE_COLOR: "0", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

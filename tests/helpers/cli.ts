import { spawn, spawnSync } from "node:child_process";
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

/** runCli without blocking this process: for tests that serve something (a tile server) to the command. */
export function runCliAsync(command: "build" | "check", args: string[] = [], cwd = PROJECT_DIR, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN, command, ...args], { cwd, env: { ...process.env, CI: "true", FORCE_COLOR: "0", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readOptions } from "../../src/cli/args.ts";
import { PROJECT_DIR } from "../helpers/cli.ts";

// The ready CI files for publishing (README, "Publishing"): each runs npm run check and then
// npm run build, and publishes that build's output folder only when both succeeded. Read as
// the hosts read them; nothing is run or fetched.

const readYaml = (file: string) => parse(readFileSync(path.join(PROJECT_DIR, file), "utf8"));
const scripts = (JSON.parse(readFileSync(path.join(PROJECT_DIR, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
// npm run build without --output writes here.
const DEFAULT_OUTPUT = readOptions([]).outputDir;

/** The npm commands in order; anything that would run the project's own tests is kept, to be refused. */
function commandsOf(lines: string[]): string[] {
  return lines.flatMap((line) => line.split(/&&|\n/)).map((command) => command.trim()).filter(Boolean);
}

function expectCheckThenBuild(commands: string[]) {
  const check = commands.indexOf("npm run check");
  const build = commands.findIndex((command) => command.startsWith("npm run build"));
  expect(commands[0]).toMatch(/^npm ci\b/);
  expect(check).toBe(1);
  expect(build).toBe(2);
  expect(commands).toHaveLength(3);
  expect(scripts.check).toBeDefined();
  expect(scripts.build).toBeDefined();
  for (const command of commands) expect(command).not.toMatch(/npm (run )?test|vitest|\.ci\/run|npm run (audit|bench)/);
}

describe("publishing on GitHub Pages (.github/workflows/publish.yml)", () => {
  const workflow = readYaml(".github/workflows/publish.yml");

  it("runs on pushes to main (and by hand), with the rights Pages needs, one at a time", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(Object.keys(workflow.on).sort()).toEqual(["push", "workflow_dispatch"]);
    expect(workflow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    expect(workflow.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("checks, builds on Node 20, and uploads only the build's output", () => {
    const steps = workflow.jobs.build.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[];
    expect(steps[0]!.uses).toBe("actions/checkout@v4");
    expect(steps[1]).toMatchObject({ uses: "actions/setup-node@v4", with: { "node-version": 20 } });
    expectCheckThenBuild(commandsOf(steps.flatMap((step) => (step.run ? [step.run] : []))));
    const build = steps.findIndex((step) => step.run?.startsWith("npm run build"));
    expect(steps[build]!.run).toBe("npm run build");
    const upload = steps.findIndex((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
    expect(steps[upload]).toMatchObject({ uses: "actions/upload-pages-artifact@v3", with: { path: DEFAULT_OUTPUT } });
    expect(upload).toBe(steps.length - 1);
    expect(upload).toBeGreaterThan(build);
  });

  it("deploys only after a green build", () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe("build");
    expect(deploy.if).toBeUndefined();
    expect(deploy.environment.name).toBe("github-pages");
    expect(deploy.steps).toEqual([{ id: "deployment", uses: "actions/deploy-pages@v4" }]);
    expect(Object.keys(workflow.jobs).sort()).toEqual(["build", "deploy"]);
  });
});

describe("publishing on GitLab Pages (.gitlab-ci.yml)", () => {
  const pipeline = readYaml(".gitlab-ci.yml");

  it("has one job, pages, on the default branch only, on Node 20", () => {
    expect(Object.keys(pipeline)).toEqual(["pages"]);
    expect(pipeline.pages.image).toBe("node:20");
    expect(pipeline.pages.rules).toEqual([{ if: "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH" }]);
  });

  it("checks, builds into public/ and publishes only that folder", () => {
    const commands = commandsOf(pipeline.pages.script);
    expectCheckThenBuild(commands);
    const output = /--output (\S+)$/.exec(commands[2]!)?.[1];
    // GitLab Pages serves the folder named public.
    expect(output).toBe("public");
    expect(pipeline.pages.artifacts.paths).toEqual([output]);
  });
});

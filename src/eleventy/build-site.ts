import { Eleventy } from "@11ty/eleventy";
import { existsSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { loadSite } from "../content/load.ts";
import type { SiteModel } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import { providePreloadedModel } from "./model-data.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** The folder holding .eleventy.js and layouts/ (the project root). */
  projectDir?: string;
}

export type BuildResult =
  | { ok: true; model: SiteModel; problems: ContentProblem[]; files: number }
  | { ok: false; problems: ContentProblem[]; error?: Error };

/**
 * Validates the content, then renders the site into a fresh folder next to the
 * output folder and swaps it in only when everything succeeded: a failed build
 * leaves the previous site exactly as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { model, problems } = await loadSite(options.contentDir);
  if (!model) return { ok: false, problems };

  const outputDir = path.resolve(options.outputDir);
  const staging = `${outputDir}.building-${process.pid}`;
  const retired = `${outputDir}.old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });

  const projectDir = path.resolve(options.projectDir ?? process.cwd());
  const previousCwd = process.cwd();
  providePreloadedModel(model);
  try {
    // Eleventy resolves its folders from the working directory.
    process.chdir(projectDir);
    const eleventy = new Eleventy("layouts", staging, { configPath: ".eleventy.js", quietMode: true });
    await eleventy.write();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { ok: false, problems, error: error as Error };
  } finally {
    providePreloadedModel(undefined);
    process.chdir(previousCwd);
  }

  const files = await countFiles(staging);
  if (existsSync(outputDir)) await rename(outputDir, retired);
  await rename(staging, outputDir);
  await rm(retired, { recursive: true, force: true });
  return { ok: true, model, problems, files };
}

async function countFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

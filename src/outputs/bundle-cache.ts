import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync, version as esbuildVersion, type BuildOptions } from "esbuild";

// Small browser scripts made on every build (the editor's admin.js, the offline routes' /sw.js),
// bundled with esbuild once and then kept in node_modules/.cache/schachtbok/bundles/ with the
// digest of every file that went in. While none changed, esbuild is not started: starting it
// costs about 50 ms of every build. (The maps' bundle has its own cache: client-bundle.ts.)

interface BundleRecord {
  /** esbuild's version and the options. */
  key: string;
  /** The files that went in, by path relative to the project, with the digest of their contents. */
  inputs: Record<string, string>;
  code: string;
}

/** The one output file of bundling `options` (entry points included; `write` is always false), as text. */
export function cachedBundle(projectDir: string, name: string, options: BuildOptions): string {
  const recordFile = path.join(projectDir, "node_modules", ".cache", "schachtbok", "bundles", `${name}.json`);
  const key = `${esbuildVersion} ${JSON.stringify(options)}`;
  const digestOf = (file: string) => {
    try {
      return createHash("sha256").update(readFileSync(path.resolve(projectDir, file))).digest("hex");
    } catch {
      return "missing";
    }
  };
  try {
    const record = JSON.parse(readFileSync(recordFile, "utf8")) as BundleRecord;
    if (record.key === key && Object.entries(record.inputs).every(([file, digest]) => digestOf(file) === digest)) return record.code;
  } catch {
    // No record yet, or an unreadable one: bundle.
  }
  const result = buildSync({ ...options, write: false, metafile: true, absWorkingDir: projectDir });
  const code = result.outputFiles[0]!.text;
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, digestOf(file)]));
  try {
    mkdirSync(path.dirname(recordFile), { recursive: true });
    // Whole or not at all: parallel builds (the tests) read it too.
    const temporary = `${recordFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, inputs, code } satisfies BundleRecord));
    renameSync(temporary, recordFile);
  } catch {
    // A read-only project folder: bundled again next time.
  }
  return code;
}

import { parseArgs } from "node:util";

export interface CommandOptions {
  contentDir: string;
  outputDir: string;
}

/** `--content <dir>` and `--output <dir>`, with the project's defaults. */
export function readOptions(argv: string[] = process.argv.slice(2)): CommandOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
    },
  });
  return { contentDir: values.content!, outputDir: values.output! };
}

// npm run edit: the browser editor on this computer. Starts the dev server (as npm start does)
// with /admin/, and the editor's local backend on 127.0.0.1 (src/cms/edit-server.ts), so a save
// in the editor writes content/ and the dev server rebuilds the pages.
//   --content <folder>   the content folder (default content)
//   --output <folder>    where the dev server builds (default _site)
//   --port <n>           the dev server's port (default 8080)
//   --backend-port <n>   the local backend's port (default 8081)
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEditServer } from "../cms/edit-server.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
    port: { type: "string", default: "8080" },
    "backend-port": { type: "string", default: "8081" },
  },
});

const backend = await startEditServer({ contentDir: values.content!, port: Number(values["backend-port"]) });
const tsx = path.resolve("node_modules", ".bin", "tsx");
const eleventy = spawn(tsx, [path.resolve("node_modules/@11ty/eleventy/cmd.cjs"), "--serve", "--quiet", "--port", values.port!, "--output", values.output!], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, SCHACHTBOK_CONTENT_DIR: values.content, SCHACHTBOK_CMS_LOCAL_BACKEND: backend.url },
});
let announced = false;
const relay = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
  out.write(chunk);
  // eslint-disable-next-line no-control-regex
  const started = /Server at (http:\/\/localhost:\d+)\//.exec(chunk.toString().replace(/\x1b\[[0-9;]*m/g, ""));
  if (started && !announced) {
    announced = true;
    console.log(`\nEditor: ${started[1]}/admin/  (saves write ${values.content}/; stop with Ctrl+C)\n`);
  }
};
// Eleventy says where it serves on either stream, depending on its version.
eleventy.stdout.on("data", relay(process.stdout));
eleventy.stderr.on("data", relay(process.stderr));

const stop = async () => {
  eleventy.kill("SIGTERM");
  await backend.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
eleventy.on("exit", async (code) => {
  await backend.close();
  process.exit(code ?? 0);
});

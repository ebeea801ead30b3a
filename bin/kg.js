#!/usr/bin/env node
// Entry point of the `kg` command: runs the compiled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error("kg: not built yet; run `npm install` (or `npm run build`) in the project folder first.");
  process.exit(2);
}
await import(main.href);

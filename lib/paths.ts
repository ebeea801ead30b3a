// Where the project's own files live, the same whether code runs from source (tests) or from dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`kg: package.json not found above ${from}`);
    dir = up;
  }
  return dir;
}

/** The project root (the folder holding kg's package.json). */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. `projectPath("ingest", "dictionaries")`. */
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);

// Expands the paths given on the command line into files: folders recursively in sorted order, each file and
// folder once (real paths are tracked, so symlink loops end), and a skip for every path that cannot be read.
import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { skipped } from "./document.js";
import type { SkippedInput } from "./types.js";

export interface FoundFile {
  kind: "file";
  path: string;
  size: number;
}

export type Found = FoundFile | SkippedInput;

/**
 * Files under the given paths, in order; hidden entries (".name") inside folders are left out. `seen` maps the
 * real paths read so far to the path they were read as (share it across calls to read each file once).
 */
export async function* walkPaths(
  paths: readonly string[],
  seen = new Map<string, string>(),
): AsyncGenerator<Found> {
  for (const path of paths) yield* walk(path, seen);
}

async function* walk(path: string, seen: Map<string, string>): AsyncGenerator<Found> {
  let info: Stats;
  let real: string;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    yield skipped(path, statError(error as NodeJS.ErrnoException));
    return;
  }
  const earlier = seen.get(real);
  if (earlier !== undefined) {
    const what = info.isDirectory() ? "folder" : "file";
    yield skipped(path, `same ${what} as ${earlier} (already read; a symlink loop or a repeated path)`);
    return;
  }
  seen.set(real, path);
  if (info.isFile()) yield { kind: "file", path, size: info.size };
  else if (info.isDirectory()) yield* walkFolder(path, seen);
  else yield skipped(path, "not a regular file or folder");
}

async function* walkFolder(path: string, seen: Map<string, string>): AsyncGenerator<Found> {
  let entries: Dirent[];
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield skipped(path, statError(error as NodeJS.ErrnoException));
    return;
  }
  const names = entries.map((entry) => entry.name).filter((name) => !name.startsWith("."));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) yield* walk(join(path, name), seen);
}

function statError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT":
      return "no such file or folder (or a broken symlink)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error.message;
  }
}

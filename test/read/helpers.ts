// Test helpers for reading input: temp folders removed after each test, and collecting what readInputs yields.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";
import { readInputs } from "../../ingest/read/index.js";
import type { ReadItem, ReadOptions, SkippedInput, SourceDocument } from "../../ingest/read/types.js";

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the current test; `write` puts files (text or bytes) in it. */
export function tempDir(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), "kg-read-"));
  made.push(dir);
  const write = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  return { dir, write };
}

export async function collect(paths: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

export const documents = (items: ReadItem[]): SourceDocument[] =>
  items.filter((item): item is SourceDocument => item.kind === "document");

export const skips = (items: ReadItem[]): SkippedInput[] =>
  items.filter((item): item is SkippedInput => item.kind === "skipped");

/** Reads one file written into a temp folder. */
export async function readOne(name: string, content: string | Uint8Array, options: ReadOptions = {}) {
  const { write } = tempDir();
  const path = write(name, content);
  return { path, items: await collect([path], options) };
}

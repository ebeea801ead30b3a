// Reading input for `kg extract` / `kg ingest`: paths (or standard input) to a stream of documents and skips.
import { extname } from "node:path";
import { readCsv } from "./csv.js";
import { readJsonl } from "./jsonl.js";
import type { ReadItem, ReadOptions } from "./types.js";
import { walkPaths, type FoundFile } from "./walk.js";
import { readDocumentFile, readStdin, type DocumentFormat } from "./whole-file.js";

export type { ReadItem, ReadOptions, SkippedInput, SourceDocument } from "./types.js";
export { datelineDate, parseDate, parseDateline } from "./dates.js";
export { normalise, normaliseText } from "./normalise.js";

type Format = DocumentFormat | "jsonl" | "csv" | "tsv";

const FORMATS: Record<string, Format> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "tsv",
};

/** The format a file is read as; unknown extensions are read as plain text when their bytes look like text. */
export function formatOf(path: string): Format {
  return FORMATS[extname(path).toLowerCase()] ?? "text";
}

/**
 * Documents from files and folders (recursively, sorted), or from standard input when `paths` is empty or "-".
 * Nothing stops the run: whatever cannot be read comes out as a `skipped` item naming the file (and line).
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncIterable<ReadItem> {
  if (paths.length === 0) {
    yield await readStdin(process.stdin);
    return;
  }
  const seen = new Map<string, string>();
  for (const path of paths) {
    if (path === "-") {
      yield await readStdin(process.stdin);
      continue;
    }
    for await (const found of walkPaths([path], seen)) {
      if (found.kind === "skipped") yield found;
      else yield* readFile(found, options);
    }
  }
}

async function* readFile(file: FoundFile, options: ReadOptions): AsyncGenerator<ReadItem> {
  const format = formatOf(file.path);
  if (format === "jsonl") yield* readJsonl(file.path, options);
  else if (format === "csv") yield* readCsv(file.path, options, ",");
  else if (format === "tsv") yield* readCsv(file.path, options, "\t");
  else yield await readDocumentFile(file.path, file.size, format);
}

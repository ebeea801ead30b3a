// JSON Lines: one object per line, read line by line; bad lines are skipped with their line number.
import { skipped } from "./document.js";
import { sniffFile, textStream } from "./decode.js";
import { MAX_DOCUMENT_BYTES, tooLarge } from "./limits.js";
import { splitLines } from "./lines.js";
import { missingColumns, missingColumnsSkip, resolveColumns, rowDocument } from "./rows.js";
import type { ReadItem, ReadOptions } from "./types.js";

type JsonObject = Record<string, unknown>;

function parseLine(text: string): JsonObject | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `malformed JSON (${(error as Error).message})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  return value as JsonObject;
}

/** Each line's object as a document; named fields are checked on the first object. */
export async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const sniffed = await sniffFile(path);
  if (sniffed.kind !== "text") {
    yield skipped(path, sniffed.reason);
    return;
  }
  const columns = resolveColumns(options);
  const stream = textStream(path, sniffed.encoding);
  let objects = 0;
  let skips = 0;
  try {
    for await (const line of splitLines(stream, MAX_DOCUMENT_BYTES)) {
      if (line.kind === "too-long") {
        skips++;
        yield tooLarge(path, line.chars, line.number);
        continue;
      }
      if (line.text.trim() === "") continue;
      const value = parseLine(line.text);
      if (typeof value === "string") {
        skips++;
        yield skipped(path, value, line.number);
        continue;
      }
      if (objects++ === 0) {
        const missing = missingColumns(columns, Object.keys(value));
        if (missing.length > 0) {
          yield missingColumnsSkip(path, missing, Object.keys(value), "field");
          return;
        }
      }
      yield rowDocument(path, columns, value, line.number, line.number);
    }
  } finally {
    stream.destroy();
  }
  if (objects === 0 && skips === 0) yield skipped(path, "empty");
}

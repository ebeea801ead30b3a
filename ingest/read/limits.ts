// Size limits that keep one hostile input from exhausting the run's time or memory, and the skips that name them.
import { skipped } from "./document.js";
import type { SkippedInput } from "./types.js";

/**
 * One document's size: extraction needs about 110 MB of memory per MB of dense news text, so the largest document
 * fits a 512 MB heap; a bigger file is surely not one story (one document per row of a JSONL/CSV file is the way).
 */
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

/** HTML nested deeper than this is a broken page (unclosed tags): parsing it costs time quadratic in the depth. */
export const MAX_HTML_DEPTH = 400;

/** "4 MB", "3.5 MB", "191 MB": sizes in messages, in units of 2^20 bytes. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1048576;
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** The skip of a document over MAX_DOCUMENT_BYTES; `size` undefined when reading stopped at the limit. */
export function tooLarge(path: string, size?: number, line?: number): SkippedInput {
  const limit = megabytes(MAX_DOCUMENT_BYTES);
  const found =
    size === undefined ? `more than the limit of ${limit}` : `${megabytes(size)}; the limit is ${limit}`;
  const what =
    line === undefined
      ? "skipped: split it, e.g. one document per row of a JSONL or CSV file"
      : "row skipped";
  return skipped(path, `too large for one document (${found}); ${what}`, line);
}

// CSV/TSV with a header row, streamed through csv-parse; bad rows are skipped by line, and an unclosed quote
// (which would swallow the rest of the file) costs only its own row: reading restarts on the next line.
import { parse, type CsvError } from "csv-parse";
import { Transform } from "node:stream";
import { skipped } from "./document.js";
import { megabytes } from "./limits.js";
import { sniffFile, textStream, type Encoding } from "./decode.js";
import { missingColumns, missingColumnsSkip, resolveColumns, rowDocument } from "./rows.js";
import type { ReadItem, ReadOptions } from "./types.js";

/** What one parsing pass sees, in file order; lines are 1-based lines of the whole file. */
type CsvEvent =
  | { kind: "header"; names: string[] }
  | { kind: "row"; record: Record<string, string>; line: number }
  | { kind: "bad"; line: number; reason: string }
  | { kind: "restart"; line: number; reason: string };

/** A cell longer than this is taken for an unclosed quote. */
const MAX_RECORD_CHARS = 1 << 20;
// Errors after which csv-parse has swallowed the rest of the input.
const RESTART_CODES = new Set(["CSV_QUOTE_NOT_CLOSED", "CSV_MAX_RECORD_SIZE"]);

export async function* readCsv(
  path: string,
  options: ReadOptions,
  delimiter = ",",
): AsyncGenerator<ReadItem> {
  const sniffed = await sniffFile(path);
  if (sniffed.kind !== "text") {
    yield skipped(path, sniffed.reason);
    return;
  }
  const columns = resolveColumns(options);
  let header: string[] | undefined;
  let from = 0;
  let rowNumber = 0;
  for (;;) {
    let restartAt: number | undefined;
    for await (const event of csvEvents(path, sniffed.encoding, delimiter, from, header)) {
      if (event.kind === "header") {
        header = event.names;
        const missing = missingColumns(columns, header);
        if (missing.length === 0) continue;
        yield missingColumnsSkip(path, missing, header, "column");
        return;
      }
      rowNumber++;
      if (event.kind === "row") yield rowDocument(path, columns, event.record, rowNumber, event.line);
      else yield skipped(path, event.reason, event.line);
      if (event.kind === "restart") restartAt = event.line;
    }
    if (restartAt === undefined) break;
    from = restartAt;
  }
  if (header === undefined) yield skipped(path, "empty");
  else if (rowNumber === 0) yield skipped(path, "no rows after the header");
}

/** Parses the file from line `from + 1` on (after a restart the header is already known). */
async function* csvEvents(
  path: string,
  encoding: Encoding,
  delimiter: string,
  from: number,
  header: string[] | undefined,
): AsyncGenerator<CsvEvent> {
  const pending: CsvEvent[] = [];
  let lastLine = from;
  let restartLine = Infinity;
  const parser = parse({
    columns: header ?? ((names: string[]) => headerNames(names)),
    delimiter,
    raw: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (record: { record: Record<string, string> }, context) => {
      const line = lastLine + 1 + leadingNewlines(context.raw);
      lastLine = from + context.lines;
      return { kind: "row", record: record.record, line } satisfies CsvEvent;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const line = lastLine + 1 + leadingNewlines(raw);
      const errorLine = Number(error?.lines);
      lastLine = Number.isInteger(errorLine) ? from + errorLine : lastLine + 1;
      const code = error?.code ?? "";
      // A bad row over several lines is most likely a stray quote that swallowed the rows after it.
      const spans = lastLine - line;
      if (RESTART_CODES.has(code) || spans > 0) {
        if (restartLine === Infinity) setImmediate(stopReading);
        restartLine = Math.min(restartLine, line);
        pending.push({ kind: "restart", line, reason: restartReason(code, error?.message, line, lastLine) });
      } else if (line < restartLine) pending.push({ kind: "bad", line, reason: skipReason(error?.message) });
    },
  });
  const headerNames = (names: string[]): string[] => {
    const trimmed = names.map((name) => name.trim());
    lastLine = from + parser.info.lines;
    pending.push({ kind: "header", names: trimmed });
    return trimmed;
  };
  const input = textStream(path, encoding).pipe(lineFeeds()).pipe(dropLines(from));
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  // After a restart nothing more of this pass is used: the rest of a 200 MB line is not parsed twice.
  const stopReading = (): void => {
    input.unpipe(parser);
    input.destroy();
    if (!parser.writableEnded) parser.end();
  };
  try {
    for await (const event of parser as AsyncIterable<CsvEvent & { line: number }>) {
      if (event.line > restartLine) break;
      yield* takeUntil(pending, event.line);
      yield event;
    }
    yield* takeUntil(pending, restartLine);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

/** Removes and returns the queued events before `line` (the header first). */
function* takeUntil(pending: CsvEvent[], line: number): Generator<CsvEvent> {
  while (pending.length > 0) {
    const next = pending[0]!;
    if (next.kind !== "header" && next.line > line) return;
    pending.shift();
    yield next;
  }
}

function leadingNewlines(raw: string | undefined): number {
  return raw === undefined ? 0 : raw.length - raw.replace(/^\n+/, "").length;
}

function fieldCounts(message: string | undefined): string | undefined {
  const counts = /columns length is (\d+), got (\d+)/.exec(message ?? "");
  return counts === null ? undefined : `has ${counts[2]} fields, the header has ${counts[1]}`;
}

function skipReason(message: string | undefined): string {
  const counts = fieldCounts(message);
  if (counts !== undefined) return `row ${counts}; row skipped`;
  return `${message ?? "unreadable row"}; row skipped`;
}

function restartReason(code: string, message: string | undefined, line: number, end: number): string {
  const resume = `row skipped, reading goes on at line ${line + 1}`;
  if (code === "CSV_QUOTE_NOT_CLOSED") return `unbalanced quotes (a quoted field never closes); ${resume}`;
  if (code === "CSV_MAX_RECORD_SIZE") {
    const limit = megabytes(MAX_RECORD_CHARS);
    return `unbalanced quotes, or a row longer than ${limit} (a quoted field runs past ${limit}); ${resume}`;
  }
  const counts = fieldCounts(message) ?? `is unreadable (${message ?? "unknown error"})`;
  return `unbalanced quotes? the row runs over lines ${line}-${end} and ${counts}; ${resume}`;
}

/** CRLF and CR line ends to LF, so that csv-parse and line numbers agree on what a line is. */
function lineFeeds(): Transform {
  let carry = "";
  return new Transform({
    objectMode: true,
    transform(chunk: string, _encoding, done) {
      let text = carry + chunk;
      carry = text.endsWith("\r") ? "\r" : "";
      if (carry) text = text.slice(0, -1);
      done(null, text.replace(/\r\n?/g, "\n"));
    },
    flush(done) {
      done(null, carry ? "\n" : undefined);
    },
  });
}

/** Drops the first `count` lines of a text stream. */
function dropLines(count: number): Transform {
  let left = count;
  return new Transform({
    objectMode: true,
    transform(chunk: string, _encoding, done) {
      let at = 0;
      while (left > 0 && at < chunk.length) {
        const newline = chunk.indexOf("\n", at);
        if (newline < 0) {
          at = chunk.length;
          break;
        }
        at = newline + 1;
        left--;
      }
      done(null, at < chunk.length ? chunk.slice(at) : undefined);
    },
  });
}

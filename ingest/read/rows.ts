// Table rows (CSV, JSONL) to documents: which columns hold text, id, date and title, and the checks on them.
import { basename } from "node:path";
import { parseDate } from "./dates.js";
import { makeDocument, skipped } from "./document.js";
import { normaliseText } from "./normalise.js";
import type { ReadItem, ReadOptions, SkippedInput } from "./types.js";

/** The columns a table is read with. */
export interface Columns {
  text: string;
  id?: string | undefined;
  date?: string | undefined;
  title?: string | undefined;
  titleAsFirstLine: boolean;
}

export function resolveColumns(options: ReadOptions): Columns {
  return {
    text: options.textColumn ?? "text",
    id: options.idColumn,
    date: options.dateColumn,
    title: options.titleColumn,
    titleAsFirstLine: options.titleAsFirstLine ?? options.titleColumn !== undefined,
  };
}

/** The named columns that are not among `available`. */
export function missingColumns(columns: Columns, available: readonly string[]): string[] {
  const named = [columns.text, columns.id, columns.date, columns.title].filter(
    (c): c is string => c !== undefined,
  );
  return [...new Set(named)].filter((column) => !available.includes(column));
}

/** One skip for a whole table whose header (or first record) lacks named columns. */
export function missingColumnsSkip(
  path: string,
  missing: readonly string[],
  available: readonly string[],
  what: "column" | "field",
): SkippedInput {
  const names = missing.map((name) => JSON.stringify(name)).join(", ");
  const plural = missing.length > 1 ? "s" : "";
  const have = available.length === 0 ? "none" : available.join(", ");
  return skipped(path, `no ${what}${plural} ${names} (${what}s: ${have}); file skipped`);
}

/** A cell's value as text; absent or structured values give undefined. */
function cell(record: Record<string, unknown>, column: string | undefined): string | undefined {
  if (column === undefined) return undefined;
  const value = record[column];
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** A row as a document named "<file>#<id>"; the row number names it when there is no id column or value. */
export function rowDocument(
  path: string,
  columns: Columns,
  record: Record<string, unknown>,
  rowNumber: number,
  line: number,
): ReadItem {
  const body = cell(record, columns.text);
  if (body === undefined || body.trim() === "") {
    return skipped(path, `empty ${JSON.stringify(columns.text)} value`, line);
  }
  const rawTitle = cell(record, columns.title) ?? "";
  const title = normaliseText(rawTitle);
  const titleFirst = columns.titleAsFirstLine && title !== "";
  const id = cell(record, columns.id)?.trim() || String(rowNumber);
  const fields = {
    doc: `${basename(path)}#${id}`,
    path,
    title,
    date: parseDate(cell(record, columns.date)),
    line,
  };
  const original = titleFirst ? `${rawTitle}\n${body}` : body;
  return makeDocument(fields, original, { headerLines: titleFirst ? title.split("\n").length : 0 });
}

// Query results as text: an aligned table for reading, JSON or CSV (csv-stringify) for other tools.
import { stringify } from "csv-stringify/sync";
import type { QueryResult } from "./types.js";

export type OutputFormat = "table" | "json" | "csv";

export const OUTPUT_FORMATS: readonly OutputFormat[] = ["table", "json", "csv"];

export interface TableOptions {
  /** Longer cells are cut with "…" (the full value is in --format json); default 80. */
  maxWidth?: number;
}

export function formatResult(result: QueryResult, format: OutputFormat, options: TableOptions = {}): string {
  switch (format) {
    case "json":
      return JSON.stringify(result.rows, null, 2);
    case "csv":
      return stringify(
        result.rows.map((row) => result.columns.map((c) => csvCell(row[c]))),
        { header: true, columns: result.columns },
      ).trimEnd();
    case "table":
      return table(result, options.maxWidth ?? 80);
  }
}

function table(result: QueryResult, maxWidth: number): string {
  const { columns, rows } = result;
  if (columns.length === 0) return "(no columns)";
  const cells = rows.map((row) => columns.map((c) => cut(tableCell(row[c]), maxWidth)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [
    line(columns),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
    `(${rows.length} row${rows.length === 1 ? "" : "s"})`,
  ].join("\n");
}

/** Lists of plain values read best joined; anything nested as JSON; floats to 4 decimals. */
export function tableCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object"))
    return value.map(tableCell).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value).replace(/\s+/g, " ");
}

function csvCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return JSON.stringify(value);
  return value as string | number | boolean;
}

function cut(text: string, max: number): string {
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`;
}

// Reads one dictionary file: JSON syntax errors name their line, schema errors name the entry.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { DictionaryError, InputError } from "../../lib/errors.js";
import { dictionaryFileSchema, type DictionaryFile } from "./schema.js";

/** A parsed, schema-checked file and the name it is reported under. */
export interface LoadedFile {
  file: string;
  content: DictionaryFile;
}

/** Reads, parses and checks `path`; errors name the file as `shownAs`. */
export function readDictionaryFile(path: string, shownAs = path): LoadedFile {
  const raw = readText(path, shownAs);
  const data = parseJson(raw, shownAs);
  const result = dictionaryFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DictionaryError(shownAs, entryLabel(data, issue.path), describeIssue(issue));
  }
  return { file: shownAs, content: result.data };
}

function readText(path: string, shownAs: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(shownAs, undefined, `cannot read dictionary: ${(error as Error).message}`);
  }
}

function parseJson(raw: string, shownAs: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    throw new DictionaryError(shownAs, `on line ${errorLine(raw, message)}`, `not valid JSON: ${message}`);
  }
}

/** V8 reports either "(line L column C)" or "at position P" depending on its version. */
function errorLine(raw: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  const end = position ? Number(position[1]) : raw.length;
  return raw.slice(0, end).split("\n").length;
}

/** `#12 (id "XYZ")` for an actor, `#3 (person "John Kerry")`, `#2 (region "Chechnya")`. */
export function entryLabel(data: unknown, path: readonly PropertyKey[]): string {
  const [section, index] = path;
  if (typeof section !== "string" || typeof index !== "number") return "(top level)";
  const item = (data as Record<string, unknown[]>)[section]?.[index];
  return labelOf(section, index, item);
}

export function labelOf(section: string, index: number, item: unknown): string {
  const number = `#${index + 1}`;
  if (typeof item === "string") return `${number} (${JSON.stringify(item)})`;
  const record = (item ?? {}) as Record<string, unknown>;
  if (section === "actors" && typeof record.id === "string")
    return `${number} (id ${JSON.stringify(record.id)})`;
  if (section === "people" && typeof record.name === "string")
    return `${number} (person ${JSON.stringify(record.name)})`;
  if (section === "regions" && typeof record.name === "string")
    return `${number} (region ${JSON.stringify(record.name)})`;
  return `${number} in ${section}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const inEntry = typeof issue.path[1] === "number";
  const field = (inEntry ? issue.path.slice(2) : issue.path).map(String).join(".");
  return field ? `${field}: ${issue.message}` : issue.message;
}

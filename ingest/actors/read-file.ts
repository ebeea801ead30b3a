// Reads one dictionary file: JSON syntax errors name their line, schema errors name the entry.
import { readFileSync } from "node:fs";
import { parseTree, type ParseError } from "jsonc-parser";
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
  const data = readJsonFile(path, shownAs);
  const result = dictionaryFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DictionaryError(shownAs, entryLabel(data, issue.path), describeIssue(issue));
  }
  return { file: shownAs, content: result.data };
}

/** A dictionary file's JSON (actors or relations); syntax errors name the file and line. */
function readJsonFile(path: string, shownAs: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(shownAs, undefined, `cannot read dictionary: ${(error as Error).message}`);
  }
  const parsed = parseJsonText(raw);
  if (parsed.kind === "json") return parsed.value;
  throw new DictionaryError(shownAs, `on line ${parsed.line}`, parsed.message);
}

export type ParsedJson = { kind: "json"; value: unknown } | { kind: "error"; line: number; message: string };

/** JSON text as a value, or the line and a one-line message of its first syntax error. */
export function parseJsonText(raw: string): ParsedJson {
  // Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
  const text = raw.replace(/^\uFEFF/, "");
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch (error) {
    // V8 quotes the text around the error, newlines and all.
    const message = `not valid JSON: ${(error as Error).message.replace(/\s+/g, " ")}`;
    return { kind: "error", line: errorLine(text), message };
  }
}

/** The line of the first syntax error: V8's messages give a position only for some kinds of error. */
function errorLine(text: string): number {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const offset = errors[0]?.offset ?? text.length;
  return text.slice(0, offset).split("\n").length;
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

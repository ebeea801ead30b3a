// Builds a SourceDocument from original text: normalises it, and takes date and agency from the dateline when no field gave them.
import { printable } from "../../lib/printable.js";
import { parseDateline } from "./dates.js";
import { normalise, type Pass } from "./normalise.js";
import type { ReadItem, SkippedInput, SourceDocument } from "./types.js";

/** A skip; the reason may quote the input (a header, a JSON excerpt), so it is made one printable line. */
export function skipped(path: string, reason: string, line?: number): SkippedInput {
  const text = printable(reason);
  return line === undefined
    ? { kind: "skipped", path, reason: text }
    : { kind: "skipped", path, line, reason: text };
}

/** Everything known about a document besides its text. */
export interface DocumentFields {
  doc: string;
  path: string;
  title?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  line?: number | undefined;
}

export interface TextLayout {
  /** Format-specific passes that run before normalisation (markdown markup). */
  prepasses?: readonly Pass[];
  /** Where the document's body starts in `original` (after front matter). */
  from?: number;
  /** Number of leading lines of the normalised text that are not the story (a title line), for dateline search. */
  headerLines?: number;
}

/** The document, or a skip when nothing is left after normalisation. */
export function makeDocument(fields: DocumentFields, original: string, layout: TextLayout = {}): ReadItem {
  const { text, toOriginal } = normalise(original, layout.prepasses, layout.from);
  if (text.length === 0) return skipped(fields.path, "empty (no text)", fields.line);
  const dateline = parseDateline(dropLines(text, layout.headerLines ?? 0));
  const document: SourceDocument = {
    kind: "document",
    doc: fields.doc,
    path: fields.path,
    text,
    original,
    toOriginal,
  };
  const title = fields.title?.trim();
  if (title) document.title = title;
  const date = fields.date ?? dateline.date;
  if (date !== undefined) document.date = date;
  const source = fields.source ?? dateline.agency;
  if (source !== undefined) document.source = source;
  if (fields.line !== undefined) document.line = fields.line;
  return document;
}

function dropLines(text: string, count: number): string {
  let at = 0;
  for (let i = 0; i < count; i++) {
    const newline = text.indexOf("\n", at);
    if (newline < 0) return "";
    at = newline + 1;
  }
  return text.slice(at);
}

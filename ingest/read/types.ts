// What reading input yields: documents ready for extraction, or the inputs that were skipped and why.

/** One document: normalised text for extraction plus the way back to the original characters. */
export interface SourceDocument {
  kind: "document";
  /** Name in records: the file's base name ("a.txt"); table rows "<file base name>#<row id>"; "stdin". */
  doc: string;
  /** The file path as given or found ("" for stdin). */
  path: string;
  /** Normalised text that extraction runs on. */
  text: string;
  /** The original text: the file's text; for rows the cell's text (title line first when used); for HTML the extracted text. */
  original: string;
  /** Maps an offset in `text` (0..text.length) to the offset in `original`; monotonic. */
  toOriginal: (offset: number) => number;
  title?: string;
  /** ISO 8601 date, YYYY-MM-DD. */
  date?: string;
  /** Who published it, when known (front matter, or the agency in the dateline). */
  source?: string;
  /** For rows: the line of the file where the row starts. */
  line?: number;
}

/** An input that was not read, with the reason in words. */
export interface SkippedInput {
  kind: "skipped";
  path: string;
  line?: number;
  reason: string;
}

export type ReadItem = SourceDocument | SkippedInput;

export interface ReadOptions {
  /** Column (CSV) or field (JSONL) holding the text; default "text". */
  textColumn?: string;
  /** Column whose value names the row in `doc`; default the 1-based row number. */
  idColumn?: string;
  dateColumn?: string;
  titleColumn?: string;
  /** Put the title as the first line of a row's text; default true when a title column is set. */
  titleAsFirstLine?: boolean;
}

// Files that are one document each (plain text, markdown, HTML, unknown text), and standard input.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { decodeBuffer } from "./decode.js";
import { makeDocument, skipped } from "./document.js";
import { htmlMetadata, htmlText, nestedDeeperThan } from "./html.js";
import { MAX_DOCUMENT_BYTES, MAX_HTML_DEPTH, tooLarge } from "./limits.js";
import { frontMatter, MARKDOWN_PASSES } from "./markdown.js";
import type { ReadItem } from "./types.js";

export type DocumentFormat = "text" | "markdown" | "html";

/** Reads a whole file as one document. */
export async function readDocumentFile(
  path: string,
  size: number,
  format: DocumentFormat,
): Promise<ReadItem> {
  if (size === 0) return skipped(path, "empty");
  if (size > MAX_DOCUMENT_BYTES) return tooLarge(path, size);
  return documentFromBytes(path, basename(path), await readFile(path), format);
}

/** A document from raw bytes; `path` is what skips name. */
export function documentFromBytes(
  path: string,
  doc: string,
  bytes: Uint8Array,
  format: DocumentFormat,
): ReadItem {
  const decoded = decodeBuffer(bytes);
  if (decoded.kind !== "text") return skipped(path, decoded.reason);
  return documentFromText(path, doc, decoded.text, format);
}

export function documentFromText(
  path: string,
  doc: string,
  original: string,
  format: DocumentFormat,
): ReadItem {
  if (format === "markdown") {
    const { bodyStart, ...fields } = frontMatter(original);
    return makeDocument({ doc, path, ...fields }, original, { prepasses: MARKDOWN_PASSES, from: bodyStart });
  }
  if (format === "html") {
    if (nestedDeeperThan(original, MAX_HTML_DEPTH)) {
      return skipped(path, `HTML nested deeper than ${MAX_HTML_DEPTH} elements (unclosed tags?); skipped`);
    }
    return makeDocument({ doc, path, ...htmlMetadata(original) }, htmlText(original));
  }
  return makeDocument({ doc, path }, original);
}

/** Standard input as one plain-text document named "stdin"; reading stops past the size limit. */
export async function readStdin(input: NodeJS.ReadableStream): Promise<ReadItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_DOCUMENT_BYTES) return tooLarge("stdin");
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) return skipped("stdin", "empty");
  const item = documentFromBytes("stdin", "stdin", bytes, "text");
  return item.kind === "document" ? { ...item, path: "" } : item;
}

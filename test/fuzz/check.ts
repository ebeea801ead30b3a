// The invariants every document must keep through reading and extraction, as the pipeline runs them.
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, extractWithSentences, type Extractor } from "../../ingest/extract/extractor.js";
import { toOriginalRecord, toOriginalSpan } from "../../ingest/pipeline/extract-stream.js";
import type { ReadItem, SourceDocument } from "../../ingest/read/types.js";
import { recordProblems } from "../../ingest/record-schema.js";
import type { EdgeRecord } from "../../ingest/record.js";

/** A broken invariant, with the input that broke it (fast-check prints it shrunk). */
export class InvariantError extends Error {}

function fail(what: string, detail: unknown): never {
  throw new InvariantError(`${what}: ${JSON.stringify(detail).slice(0, 2000)}`);
}

let defaultExtractor: Extractor | undefined;

/** One extractor over the default dictionaries, shared by the properties (building it takes ~100 ms). */
export function sharedExtractor(): Extractor {
  defaultExtractor ??= createExtractor({ dictionary: loadActorDictionary() });
  return defaultExtractor;
}

/** A read item is a document or a skip that names its input, with a positive line when it has one. */
export function checkItem(item: ReadItem, path: string): void {
  if (item.kind === "skipped") {
    if (item.path !== path) fail("a skip names another path", { item, path });
    if (item.reason.trim() === "" || item.reason.includes("\n"))
      fail("a skip's reason is not one line", item);
    if (item.line !== undefined && !(Number.isInteger(item.line) && item.line >= 1))
      fail("bad skip line", item);
    return;
  }
  if (item.text.length === 0) fail("a document with no text", item.doc);
  let previous = 0;
  for (let i = 0; i <= item.text.length; i++) {
    const at = item.toOriginal(i);
    if (!Number.isInteger(at) || at < previous || at > item.original.length) {
      fail("toOriginal is not monotonic inside the original", { i, at, previous, doc: item.doc });
    }
    previous = at;
  }
}

/** Extracts a document as the pipeline does and checks every record and sentence; returns the records. */
export function checkExtraction(doc: SourceDocument, extractor: Extractor = sharedExtractor()): EdgeRecord[] {
  const input = doc.date
    ? { doc: doc.doc, text: doc.text, date: doc.date }
    : { doc: doc.doc, text: doc.text };
  const extraction = extractWithSentences(extractor, input);
  const sentences = extraction.sentences.map((span) => toOriginalSpan(doc, span));
  let end = 0;
  for (const [from, to] of sentences) {
    if (from < end || to < from || to > doc.original.length) {
      fail("sentence spans overlap or leave the document", { sentences, length: doc.original.length });
    }
    end = to;
  }
  const records = extraction.records.map((r) => {
    if (r.start < 0 || r.end > doc.text.length || doc.text.slice(r.start, r.end) !== r.text) {
      fail("a record's offsets are outside its normalised text", r);
    }
    return toOriginalRecord(doc, r);
  });
  for (const r of records) checkRecord(r, doc, sentences);
  return records;
}

function checkRecord(r: EdgeRecord, doc: SourceDocument, sentences: [number, number][]): void {
  const problems = recordProblems(r);
  if (problems.length > 0) fail(`a record breaks the ONTOLOGY.md schema (${problems.join("; ")})`, r);
  if (r.doc !== doc.doc) fail("a record names another document", { record: r.doc, doc: doc.doc });
  if (r.end > doc.original.length || doc.original.slice(r.start, r.end) !== r.text) {
    fail("a record's offsets are outside its document", r);
  }
  const sentence = sentences[r.sentence];
  if (sentence === undefined || sentence[0] !== r.start || sentence[1] !== r.end) {
    fail("a record's span is not its sentence's", { record: r, sentence });
  }
}

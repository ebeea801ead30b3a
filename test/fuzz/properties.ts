// The fuzzing properties, shared by `npm test` (a few hundred cases each) and bench/soak-fuzz.mjs (10,000 each).
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { createExtractor, type Extractor } from "../../ingest/extract/extractor.js";
import { readInputs } from "../../ingest/read/index.js";
import type { ReadItem, ReadOptions, SourceDocument } from "../../ingest/read/types.js";
import { documentFromText } from "../../ingest/read/whole-file.js";
import { KgError } from "../../lib/errors.js";
import {
  EXTENSIONS,
  actorDictionaryFile,
  anyText,
  formats,
  newsDocument,
  relationDictionaryFile,
  render,
  wordsOf,
  type Format,
} from "./arbitraries.js";
import { InvariantError, checkExtraction, checkItem } from "./check.js";

export interface FuzzProperty {
  name: string;
  /** Share of the run count this property gets (its cases cost more or less than the others'). */
  weight: number;
  run: (numRuns: number, seed?: number) => Promise<void>;
}

/** A temp folder for one property run; each case writes its own file into it. */
function withFolder<T>(work: (file: (name: string, content: string | Uint8Array) => string) => Promise<T>) {
  const dir = mkdtempSync(join(tmpdir(), "kg-fuzz-"));
  let n = 0;
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, `${n++}-${name}`);
    writeFileSync(path, content);
    return path;
  };
  return work(file).finally(() => rmSync(dir, { recursive: true, force: true }));
}

async function readAll(path: string, options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs([path], options)) {
    checkItem(item, path);
    items.push(item);
  }
  return items;
}

const isDocument = (item: ReadItem): item is SourceDocument => item.kind === "document";

/** The document a text is when nothing rewrites it: offsets are the text's own. */
function rawDocument(text: string): SourceDocument {
  return { kind: "document", doc: "raw.txt", path: "", text, original: text, toOriginal: (offset) => offset };
}

const TABLE_OPTIONS: Partial<Record<Format, ReadOptions>> = {
  jsonl: { titleColumn: "title", dateColumn: "date" },
  csv: { idColumn: "id", titleColumn: "title" },
};

/** A loader may refuse a file, but only with one line naming it (a KgError), never with a crash. */
function refusedCleanly(error: unknown, path: string): true {
  if (error instanceof InvariantError) throw error;
  if (!(error instanceof KgError))
    throw new InvariantError(`not a KgError: ${String((error as Error)?.stack)}`);
  if (!error.message.includes(path) || error.message.includes("\n")) {
    throw new InvariantError(`the error does not name the file in one line: ${error.message}`);
  }
  return true;
}

/** Sentences that put a dictionary's words next to actors and relation words. */
function sentencesWith(words: string[]): string {
  const w = (i: number): string => words[i % Math.max(1, words.length)] ?? "Chile";
  return [
    `${w(0)} attacked ${w(1)} on Monday.`,
    `Chile and ${w(2)} agreed to ${w(3)} with Peru, officials said.`,
    `The ${w(4)} government said ${w(5)} would ${w(0)} ${w(1)}.`,
    `${w(1)} ${w(2)} ${w(3)} ${w(4)}.`,
  ].join("\n");
}

let defaultDictionary: ReturnType<typeof loadActorDictionary> | undefined;

export const PROPERTIES: FuzzProperty[] = [
  {
    name: "the extractor never throws on random Unicode, raw or normalised, and its records stay valid",
    weight: 1,
    run: async (numRuns, seed) =>
      fc.assert(
        fc.property(anyText, (text) => {
          checkExtraction(rawDocument(text));
          const read = documentFromText("fuzz.txt", "fuzz.txt", text, "text");
          checkItem(read, "fuzz.txt");
          if (read.kind === "document") checkExtraction(read);
        }),
        { numRuns, seed },
      ),
  },
  {
    name: "news-like documents in every format read and extract into valid records inside the document",
    weight: 1,
    run: (numRuns, seed) =>
      withFolder((file) =>
        fc.assert(
          fc.asyncProperty(newsDocument, formats, async (news, format) => {
            const path = file(`news${EXTENSIONS[format]}`, render(news, format));
            const items = await readAll(path, TABLE_OPTIONS[format]);
            for (const doc of items.filter(isDocument)) checkExtraction(doc);
          }),
          { numRuns, seed },
        ),
      ),
  },
  {
    name: "random bytes in every format are read or skipped by name, never thrown on",
    weight: 1,
    run: (numRuns, seed) =>
      withFolder((file) =>
        fc.assert(
          fc.asyncProperty(
            fc.oneof(
              fc.uint8Array({ maxLength: 600 }),
              anyText.map((text) => Buffer.from(text, "utf8")),
            ),
            formats,
            async (bytes, format) => {
              const path = file(`bytes${EXTENSIONS[format]}`, bytes);
              const items = await readAll(path);
              for (const doc of items.filter(isDocument)) checkExtraction(doc);
            },
          ),
          { numRuns, seed },
        ),
      ),
  },
  {
    name: "random actor dictionaries load or are refused with one line naming the file; loaded ones extract",
    weight: 0.2,
    run: (numRuns, seed) =>
      withFolder((file) =>
        fc.assert(
          fc.asyncProperty(actorDictionaryFile, async (content) => {
            const path = file("actors.json", content);
            let extractor: Extractor;
            try {
              extractor = createExtractor({ dictionary: loadActorDictionary([path]) });
            } catch (error) {
              return refusedCleanly(error, path);
            }
            const text = sentencesWith(wordsOf(content));
            const doc = documentFromText("dict.txt", "dict.txt", text, "text");
            if (doc.kind === "document") checkExtraction(doc, extractor);
            return true;
          }),
          { numRuns, seed },
        ),
      ),
  },
  {
    name: "random relation dictionaries load or are refused with one line naming the file; loaded ones extract",
    weight: 0.4,
    run: (numRuns, seed) =>
      withFolder((file) =>
        fc.assert(
          fc.asyncProperty(relationDictionaryFile, async (content) => {
            const path = file("relations.json", content);
            defaultDictionary ??= loadActorDictionary();
            let extractor: Extractor;
            try {
              extractor = createExtractor({ dictionary: defaultDictionary, relationFiles: [path] });
            } catch (error) {
              return refusedCleanly(error, path);
            }
            const doc = documentFromText("rel.txt", "rel.txt", sentencesWith(wordsOf(content)), "text");
            if (doc.kind === "document") checkExtraction(doc, extractor);
            return true;
          }),
          { numRuns, seed },
        ),
      ),
  },
];

/** Runs every property with `total` cases shared out by weight (at least `total` for a weight of 1). */
export async function runAll(
  total: number,
  report: (name: string, runs: number, seconds: number) => void = () => {},
  seed?: number,
): Promise<void> {
  for (const property of PROPERTIES) {
    const runs = Math.max(1, Math.round(total * property.weight));
    const started = performance.now();
    await property.run(runs, seed);
    report(property.name, runs, (performance.now() - started) / 1000);
  }
}

// The ingest stage: extracted documents in, written to the store in batches, a tally of what happened out.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { documentHashes, writeActors, writeDocuments } from "../../graph/store.js";
import type { ActorInput, DocumentInput, SentenceInput } from "../../graph/types.js";
import type { SentenceSpan } from "../extract/extractor.js";
import type { SourceDocument } from "../read/types.js";
import type { EdgeRecord } from "../record.js";
import type { ExtractItem } from "./extract-stream.js";
import { prefetch } from "./prefetch.js";

/** Why a document was written or not, relative to what the store held under its name. */
export type DocumentOutcome = "new" | "unchanged" | "changed";

/** An input that was not stored: unreadable (binary, empty, malformed row) or failed extraction. */
export interface SkippedReport {
  kind: "skipped" | "failed";
  /** File path, with `:line` for table rows. */
  where: string;
  reason: string;
}

export interface IngestSummary {
  documents: Record<DocumentOutcome | "skipped", number>;
  /** Over the documents written in this run (new and changed). */
  claimsByRelation: Record<string, number>;
  claimsByModality: Record<string, number>;
  /** Distinct actors in the claims written in this run. */
  actors: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Documents per write transaction. */
  batchSize: number;
  /** Rewrite documents whose content is unchanged (e.g. after a dictionary update). */
  force?: boolean;
  onSkipped?: (report: SkippedReport) => void;
  /** Called once per document taken from the stream, with its record count and its text's size in bytes. */
  onDocument?: (records: number, bytes: number) => void;
  /** The store's writeDocuments; tests wrap it to make the database refuse a document. */
  write?: typeof writeDocuments;
  /** The dictionary's other names for an actor id, stored on the actor so search finds "Daesh" or "Iraqi". */
  aliasesOf?: (id: string) => string[] | undefined;
}

/**
 * Consumes the extraction stream and writes documents in batches of `batchSize`, one transaction each.
 * A document whose stored hash (same name) is unchanged is not rewritten; a changed one replaces its stored version.
 */
export async function ingestStream(
  driver: Driver,
  items: AsyncIterable<ExtractItem>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now();
  const tally = new Tally();
  const aliased = new Set<string>();
  let batch = new Map<string, DocumentInput>();
  const flush = async (): Promise<void> => {
    if (batch.size === 0) return;
    const refused = (doc: DocumentInput, error: unknown): void =>
      options.onSkipped?.({
        kind: "failed",
        where: doc.name,
        reason: `the database refused to store it (${(error as { code?: string }).code}); nothing of it was stored`,
      });
    const write = options.write ?? writeDocuments;
    const written = await writeBatch(
      write,
      driver,
      [...batch.values()],
      options.force === true,
      tally,
      refused,
    );
    if (options.aliasesOf) await writeAliases(driver, written, aliased, options.aliasesOf);
    batch = new Map();
  };
  // One batch extracted ahead: the workers keep extracting while the previous batch is being written.
  for await (const item of prefetch(items, Math.max(1, options.batchSize))) {
    if (item.kind !== "extracted") {
      const report = reportOf(item);
      tally.skipped();
      options.onSkipped?.(report);
      options.onDocument?.(0, 0);
      continue;
    }
    const input = documentInput(item.doc, item.records, item.sentences);
    // A name seen twice in one batch is written in order, so the later version wins as it would across batches.
    if (batch.has(input.name)) await flush();
    batch.set(input.name, input);
    options.onDocument?.(item.records.length, Buffer.byteLength(item.doc.original));
    if (batch.size >= Math.max(1, options.batchSize)) await flush();
  }
  await flush();
  return tally.summary(Date.now() - started);
}

/**
 * A document's id: sha256 of its name, normalised text and metadata (title, date, source), so the id changes
 * exactly when something stored with it does; a new date must reach the claims' dates.
 */
export function documentId(doc: Pick<SourceDocument, "doc" | "text" | "title" | "date" | "source">): string {
  const parts = [doc.doc, doc.text, doc.title ?? "", doc.date ?? "", doc.source ?? ""];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

/**
 * What the store takes for one document: all its sentences (the evidence and its context, searchable in Cypher)
 * and the records. `spans` are the sentences' offsets in the original document.
 */
export function documentInput(
  doc: SourceDocument,
  records: readonly EdgeRecord[],
  spans: readonly SentenceSpan[],
): DocumentInput {
  const input: DocumentInput = {
    id: documentId(doc),
    name: doc.doc,
    sentences: spans.map(([start, end], index) =>
      trimmed({ index, text: doc.original.slice(start, end), start, end }),
    ),
    records: [...records],
  };
  if (doc.title !== undefined) input.title = doc.title;
  if (doc.date !== undefined) input.date = doc.date;
  if (doc.source !== undefined) input.source = doc.source;
  return input;
}

// A document's last sentence can reach into the trailing line break of the original; evidence ends at the text.
function trimmed(s: SentenceInput): SentenceInput {
  const text = s.text.trimEnd();
  return { ...s, text, end: s.end - (s.text.length - text.length) };
}

/** Returns the documents it wrote. */
async function writeBatch(
  write: typeof writeDocuments,
  driver: Driver,
  batch: DocumentInput[],
  force: boolean,
  tally: Tally,
  onRefused: (doc: DocumentInput, error: unknown) => void,
): Promise<DocumentInput[]> {
  const stored = await documentHashes(
    driver,
    batch.map((d) => d.name),
  );
  const toWrite: DocumentInput[] = [];
  const outcomes = new Map<string, DocumentOutcome>();
  for (const input of batch) {
    const outcome = outcomeOf(stored.get(input.name), input.id);
    outcomes.set(input.name, outcome);
    tally.document(outcome);
    if (outcome !== "unchanged" || force) toWrite.push(input);
  }
  if (toWrite.length === 0) return toWrite;
  try {
    await write(driver, toWrite, { batchSize: toWrite.length });
  } catch (error) {
    if (!refusedByDatabase(error)) throw error;
    // One document the database cannot take (too big for its memory) must not cost the others: write them one
    // by one and report the ones refused, as skipped inputs, without storing anything of them.
    return writeOneByOne(write, driver, toWrite, outcomes, tally, onRefused);
  }
  for (const doc of toWrite) tally.records(doc.records);
  return toWrite;
}

async function writeOneByOne(
  write: typeof writeDocuments,
  driver: Driver,
  docs: readonly DocumentInput[],
  outcomes: ReadonlyMap<string, DocumentOutcome>,
  tally: Tally,
  onRefused: (doc: DocumentInput, error: unknown) => void,
): Promise<DocumentInput[]> {
  const written: DocumentInput[] = [];
  for (const doc of docs) {
    try {
      await write(driver, [doc], { batchSize: 1 });
      tally.records(doc.records);
      written.push(doc);
    } catch (error) {
      if (!refusedByDatabase(error)) throw error;
      tally.refused(outcomes.get(doc.name) ?? "new");
      onRefused(doc, error);
    }
  }
  return written;
}

// Errors about the statement or its data; a lost connection (ServiceUnavailable, SessionExpired) is not one.
function refusedByDatabase(error: unknown): boolean {
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "Neo4jError" && typeof code === "string" && code.startsWith("Neo.");
}

// Once per actor and run: the actors exist by now (written with their claims), so this only adds the names.
async function writeAliases(
  driver: Driver,
  written: readonly DocumentInput[],
  done: Set<string>,
  aliasesOf: (id: string) => string[] | undefined,
): Promise<void> {
  const actors: ActorInput[] = [];
  for (const r of written.flatMap((d) => d.records))
    for (const a of [r.source, r.target]) {
      if (done.has(a.id)) continue;
      done.add(a.id);
      actors.push({ id: a.id, name: a.name, type: a.type, aliases: aliasesOf(a.id) ?? [] });
    }
  await writeActors(driver, actors);
}

function outcomeOf(storedHash: string | undefined, id: string): DocumentOutcome {
  if (storedHash === undefined) return "new";
  return storedHash === id ? "unchanged" : "changed";
}

function reportOf(item: Exclude<ExtractItem, { kind: "extracted" }>): SkippedReport {
  if (item.kind === "failed") {
    return {
      kind: "failed",
      where: item.doc.path || item.doc.doc,
      reason: `extraction failed: ${item.message}`,
    };
  }
  const where = `${item.path || "stdin"}${item.line === undefined ? "" : `:${item.line}`}`;
  return { kind: "skipped", where, reason: item.reason };
}

class Tally {
  private readonly docs: IngestSummary["documents"] = { new: 0, unchanged: 0, changed: 0, skipped: 0 };
  // Null prototypes: a user's relation may be called "constructor".
  private readonly byRelation: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly byModality: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly actorIds = new Set<string>();

  document(outcome: DocumentOutcome): void {
    this.docs[outcome]++;
  }

  skipped(): void {
    this.docs.skipped++;
  }

  /** A document counted as `outcome` that the database then refused: it counts as skipped instead. */
  refused(outcome: DocumentOutcome): void {
    this.docs[outcome]--;
    this.docs.skipped++;
  }

  records(records: readonly EdgeRecord[]): void {
    for (const r of records) {
      this.byRelation[r.relation] = (this.byRelation[r.relation] ?? 0) + 1;
      this.byModality[r.modality] = (this.byModality[r.modality] ?? 0) + 1;
      this.actorIds.add(r.source.id).add(r.target.id);
    }
  }

  summary(elapsedMs: number): IngestSummary {
    return {
      documents: { ...this.docs },
      claimsByRelation: sortedByCount(this.byRelation),
      claimsByModality: sortedByCount(this.byModality),
      actors: this.actorIds.size,
      elapsedMs,
    };
  }
}

function sortedByCount(tally: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(tally).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

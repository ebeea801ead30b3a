// The extraction stage of the pipeline: documents in, records out, in input order, on one thread or many,
// with a bounded number of documents in flight so memory stays flat whatever the corpus size.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ReadItem, SkippedInput, SourceDocument } from "../read/types.js";
import type { SentenceSpan } from "../extract/extractor.js";
import type { EdgeRecord } from "../record.js";
import { extractorFor, runJob } from "./extract-job.js";
import type { ExtractJob, ExtractorConfig, WorkerReply } from "./protocol.js";

export type ExtractItem =
  | { kind: "extracted"; doc: SourceDocument; records: EdgeRecord[]; sentences: SentenceSpan[] }
  | { kind: "failed"; doc: SourceDocument; message: string }
  | SkippedInput;

export interface ExtractStreamOptions extends ExtractorConfig {
  workers: number;
}

/** Maps a record's offsets from normalised text back to the original document, and its text with them. */
export function toOriginalRecord(doc: SourceDocument, r: EdgeRecord): EdgeRecord {
  const [start, end] = toOriginalSpan(doc, [r.start, r.end]);
  return { ...r, start, end, text: doc.original.slice(start, end) };
}

/** A span of the normalised text as a span of the original document. */
export function toOriginalSpan(doc: SourceDocument, [from, to]: SentenceSpan): SentenceSpan {
  const start = doc.toOriginal(from);
  // `end` is exclusive: map the last character and step past it, so dropped trailing text (a newline the
  // normaliser removed) does not leak into the evidence.
  const end = to > from ? doc.toOriginal(to - 1) + 1 : start;
  return [start, end];
}

function jobOf(doc: SourceDocument, id: number): ExtractJob {
  return doc.date
    ? { id, doc: doc.doc, text: doc.text, date: doc.date }
    : { id, doc: doc.doc, text: doc.text };
}

function itemOf(doc: SourceDocument, reply: WorkerReply): ExtractItem {
  if (reply.kind === "error") return { kind: "failed", doc, message: reply.message };
  return {
    kind: "extracted",
    doc,
    records: reply.records.map((r) => toOriginalRecord(doc, r)),
    sentences: reply.sentences.map((span) => toOriginalSpan(doc, span)),
  };
}

export async function* extractStream(
  items: AsyncIterable<ReadItem>,
  options: ExtractStreamOptions,
): AsyncGenerator<ExtractItem> {
  if (options.workers <= 1 || !workerScript()) {
    const ex = extractorFor(options);
    let id = 0;
    for await (const item of items) {
      if (item.kind === "skipped") yield item;
      else yield itemOf(item, runJob(ex, jobOf(item, id++)));
    }
    return;
  }
  yield* parallel(items, options, workerScript()!);
}

// Workers run from the compiled JavaScript; from TypeScript sources (tests) extraction stays in-process.
function workerScript(): string | undefined {
  const url = new URL("./worker.js", import.meta.url);
  const path = fileURLToPath(url);
  return existsSync(path) ? path : undefined;
}

async function* parallel(
  items: AsyncIterable<ReadItem>,
  options: ExtractStreamOptions,
  script: string,
): AsyncGenerator<ExtractItem> {
  const config: ExtractorConfig = { actorFiles: options.actorFiles, relationFiles: options.relationFiles };
  const workers = Array.from({ length: options.workers }, () => new Worker(script, { workerData: config }));
  const maxInFlight = options.workers * 4;
  const pending = new Map<number, { item: ReadItem; reply?: WorkerReply }>();
  const waiting: Array<() => void> = [];
  const wake = (): void => waiting.splice(0).forEach((f) => f());
  let failure: Error | undefined;
  for (const w of workers)
    w.on("error", (error: Error) => {
      failure = error;
      wake();
    }).on("message", (reply: WorkerReply) => {
      const slot = pending.get(reply.id);
      if (slot) slot.reply = reply;
      wake();
    });
  let nextId = 0;
  let nextOut = 0;
  let turn = 0;
  const ready = function* (): Generator<ExtractItem> {
    for (
      let slot = pending.get(nextOut);
      slot && (slot.item.kind === "skipped" || slot.reply);
      slot = pending.get(nextOut)
    ) {
      pending.delete(nextOut++);
      yield slot.item.kind === "skipped" ? slot.item : itemOf(slot.item, slot.reply!);
    }
  };
  const isReady = (): boolean => {
    const slot = pending.get(nextOut);
    return !!slot && (slot.item.kind === "skipped" || !!slot.reply);
  };
  // Yields what is ready, and waits for replies while more than `keep` documents are in flight.
  const drain = async function* (keep: number): AsyncGenerator<ExtractItem> {
    for (;;) {
      if (failure) throw failure;
      yield* ready();
      if (pending.size <= keep) return;
      if (!isReady()) await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  try {
    for await (const item of items) {
      const id = nextId++;
      pending.set(id, { item });
      if (item.kind === "document") workers[turn++ % workers.length]!.postMessage(jobOf(item, id));
      yield* drain(maxInFlight - 1);
    }
    yield* drain(0);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

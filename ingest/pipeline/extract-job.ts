// Runs one extraction job; shared by the in-process path and the worker threads.
import { loadActorDictionary } from "../actors/load.js";
import { createExtractor, type Extractor, extractWithSentences } from "../extract/extractor.js";
import type { ExtractJob, ExtractorConfig, WorkerReply } from "./protocol.js";

export function extractorFor(config: ExtractorConfig): Extractor {
  return createExtractor({
    dictionary: loadActorDictionary(config.actorFiles),
    relationFiles: config.relationFiles,
  });
}

export function runJob(ex: Extractor, job: ExtractJob): WorkerReply {
  try {
    const input = job.date
      ? { doc: job.doc, text: job.text, date: job.date }
      : { doc: job.doc, text: job.text };
    const { records, sentences } = extractWithSentences(ex, input);
    return { kind: "records", id: job.id, records, sentences };
  } catch (error) {
    // One document that trips the extractor must not end the run; the caller reports it.
    return { kind: "error", id: job.id, message: (error as Error).message };
  }
}

// Messages between the extraction pipeline and its worker threads.
import type { SentenceSpan } from "../extract/extractor.js";
import type { EdgeRecord } from "../record.js";

export interface ExtractorConfig {
  actorFiles: string[];
  relationFiles: string[];
}

/** A document sent to a worker: only plain data crosses the thread boundary. */
export interface ExtractJob {
  id: number;
  doc: string;
  text: string;
  date?: string;
}

export type WorkerReply =
  | { kind: "records"; id: number; records: EdgeRecord[]; sentences: SentenceSpan[] }
  | { kind: "error"; id: number; message: string };

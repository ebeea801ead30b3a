// Content-derived ids, so writing the same records twice finds the same nodes instead of adding new ones.
import { createHash } from "node:crypto";
import type { Modality } from "../ingest/record.js";

export function sentenceId(docId: string, index: number): string {
  return `${docId}:${index}`;
}

export interface ClaimKey {
  docId: string;
  sentence: number;
  relation: string;
  /** Source and target after canonicalisation (symmetric relations: lower id first). */
  source: string;
  target: string;
  modality: Modality;
}

export function claimId(key: ClaimKey): string {
  const parts = [key.docId, key.sentence, key.relation, key.source, key.target, key.modality];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}

// Test helpers for ingest: temp folders, running the pipeline on paths, counts and cleanup scoped to a name prefix.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { removeDocuments } from "../../graph/store.js";
import { actorAliases } from "../../ingest/actors/aliases.js";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { extractStream } from "../../ingest/pipeline/extract-stream.js";
import { ingestStream, type IngestSummary, type SkippedReport } from "../../ingest/pipeline/ingest.js";
import { readInputs } from "../../ingest/read/index.js";
import type { ReadOptions } from "../../ingest/read/types.js";

/** A fresh temp folder; `write` puts a file (text or bytes) in it and returns its path. */
export function tempDir(label: string): {
  dir: string;
  write: (name: string, content: string | Uint8Array) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `kg-${label}-`));
  const write = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads, extracts (in-process) and stores `paths`, as `kg ingest` does; returns the summary and the skips. */
export async function ingestPaths(
  driver: Driver,
  paths: string[],
  batchSize = 50,
  read: ReadOptions = { textColumn: "text" },
): Promise<{ summary: IngestSummary; skipped: SkippedReport[] }> {
  const skipped: SkippedReport[] = [];
  const stream = extractStream(readInputs(paths, read), {
    workers: 1,
    actorFiles: [],
    relationFiles: [],
  });
  const summary = await ingestStream(driver, stream, {
    batchSize,
    onSkipped: (r) => skipped.push(r),
    aliasesOf: actorAliases(loadActorDictionary([])),
  });
  return { summary, skipped };
}

export interface OwnCounts {
  documents: number;
  sentences: number;
  claims: number;
  asserted: number;
  negated: number;
}

/** Counts of what documents named `${prefix}...` hold (the database is shared with other test files). */
export async function ownCounts(driver: Driver, prefix: string): Promise<OwnCounts> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (d:Document) WHERE d.name STARTS WITH $prefix RETURN count(d) AS documents }
     CALL () { MATCH (s:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $prefix RETURN count(s) AS sentences }
     CALL () {
       MATCH (c:Claim)-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $prefix
       RETURN count(c) AS claims, count(CASE WHEN c.modality = 'asserted' THEN 1 END) AS asserted,
              count(CASE WHEN c.modality = 'negated' THEN 1 END) AS negated
     }
     RETURN documents, sentences, claims, asserted, negated`,
    { prefix },
  );
  return records[0]!.toObject() as OwnCounts;
}

/** Removes documents named `${prefix}...` through the store, so shared aggregates are recomputed. */
export async function removeOwn(driver: Driver, prefix: string): Promise<void> {
  const { records } = await driver.executeQuery(
    "MATCH (d:Document) WHERE d.name STARTS WITH $prefix RETURN d.name AS name",
    { prefix },
  );
  await removeDocuments(
    driver,
    records.map((r) => r.get("name") as string),
  );
}

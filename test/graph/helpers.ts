// Test helpers for the graph store: a driver to the test database, record builders, cleanup scoped by prefix.
import type { Driver } from "neo4j-driver";
import type { EdgeRecord, Modality } from "../../ingest/record.js";
import { loadConfig, type DatabaseConfig } from "../../lib/config.js";
import { ensureDatabase } from "../../graph/database.js";
import { openDriver } from "../../graph/driver.js";
import { runningLauncher } from "../../graph/local/pid-file.js";
import { relationInfo } from "../../graph/relation-types.js";
import type { DocumentInput } from "../../graph/types.js";

const quiet = (): void => {};

/** The database the global setup made ready, and a driver to it. */
export async function testDatabase(): Promise<{ config: DatabaseConfig; driver: Driver }> {
  const config = await ensureDatabase(loadConfig(), quiet);
  return { config, driver: await openDriver(config) };
}

export interface RecordSpec {
  source: string;
  relation: string;
  target: string;
  sentence: number;
  modality?: Modality;
  date?: string;
  via?: string;
}

export function edge(doc: string, spec: RecordSpec): EdgeRecord {
  const info = relationInfo(spec.relation);
  return {
    source: {
      id: spec.source,
      name: `Actor ${spec.source}`,
      type: "state",
      ...(spec.via ? { via: spec.via } : {}),
    },
    relation: spec.relation,
    target: { id: spec.target, name: `Actor ${spec.target}`, type: "armed-group" },
    polarity: info?.polarity ?? "cooperative",
    symmetric: info?.symmetric ?? false,
    modality: spec.modality ?? "asserted",
    cameo: info?.cameo ?? "000",
    confidence: 0.8,
    doc,
    sentence: spec.sentence,
    text: `Sentence ${spec.sentence} of ${doc}.`,
    start: spec.sentence * 100,
    end: spec.sentence * 100 + 40,
    ...(spec.date ? { date: spec.date } : {}),
  };
}

/** A document whose sentences are numbered 0..n-1, with one record per spec. */
export function documentOf(name: string, id: string, specs: RecordSpec[], date?: string): DocumentInput {
  const count = Math.max(1, ...specs.map((s) => s.sentence + 1));
  return {
    id,
    name,
    ...(date ? { date } : {}),
    title: `Title of ${name}`,
    sentences: Array.from({ length: count }, (_, index) => ({
      index,
      text: `Sentence ${index} of ${name}.`,
      start: index * 100,
      end: index * 100 + 40,
    })),
    records: specs.map((spec) => edge(name, spec)),
  };
}

/** Deletes what one test file wrote: documents named `${prefix}...` and actors with ids `${PREFIX}...`. */
export async function cleanUp(driver: Driver, docPrefix: string, actorPrefix: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (d:Document) WHERE d.name STARTS WITH $docPrefix
     OPTIONAL MATCH (d)<-[:IN]-(s:Sentence)
     OPTIONAL MATCH (s)<-[:EVIDENCE]-(c:Claim)
     DETACH DELETE c, s, d`,
    { docPrefix },
  );
  await driver.executeQuery(
    `MATCH (a:Actor) WHERE a.id STARTS WITH $actorPrefix
     OPTIONAL MATCH (a)<-[:SOURCE|TARGET]-(c:Claim)
     DETACH DELETE c, a`,
    { actorPrefix },
  );
}

/**
 * Deletes everything, but only in the local test instance: a 127.0.0.1 URI that the launcher's pid file names.
 * Never against NEO4J_URI, so no test can wipe a real database.
 */
export async function wipeLocalDatabase(driver: Driver, config: DatabaseConfig): Promise<void> {
  assertLocalTestInstance(config);
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, which only session.run gives.
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

export function assertLocalTestInstance(config: DatabaseConfig): void {
  const launcher = runningLauncher();
  const host = hostOf(config.uri);
  if (
    config.kind !== "local" ||
    (host !== "127.0.0.1" && host !== "localhost") ||
    launcher?.uri !== config.uri
  ) {
    throw new Error(`refusing to wipe ${config.uri}: not the local test instance started by kg's launcher`);
  }
}

function hostOf(uri: string): string {
  try {
    return new URL(uri).hostname;
  } catch {
    return "";
  }
}

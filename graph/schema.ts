// Schema bootstrap, idempotent: uniqueness constraints for the ids MERGE relies on, indexes for the read paths.
import type { Driver } from "neo4j-driver";
import { inTransaction, WRITE } from "./driver.js";
import { BACKFILL_CLAIM_KEYS } from "./write-queries.js";

export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE",
  "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE",
  "CREATE INDEX document_name IF NOT EXISTS FOR (d:Document) ON (d.name)",
  "CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date)",
  "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
  "CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type)",
  "CREATE INDEX claim_relation IF NOT EXISTS FOR (c:Claim) ON (c.relation)",
  "CREATE INDEX claim_modality IF NOT EXISTS FOR (c:Claim) ON (c.modality)",
  "CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date)",
  "CREATE INDEX claim_key IF NOT EXISTS FOR (c:Claim) ON (c.sourceId, c.relation, c.targetId)",
];

const AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

const ready = new WeakSet<Driver>();

/** Creates what is missing and waits for the indexes to be online; once per driver. */
export async function ensureSchema(driver: Driver): Promise<void> {
  if (ready.has(driver)) return;
  for (const statement of SCHEMA_STATEMENTS) await runSchemaStatement(driver, statement);
  await inTransaction(driver, WRITE, (tx) => tx.run(AWAIT_INDEXES));
  await backfillClaimKeys(driver);
  ready.add(driver);
}

// Two processes bootstrapping at once can collide on the same constraint; the second one then finds it exists.
async function runSchemaStatement(driver: Driver, statement: string): Promise<void> {
  try {
    await inTransaction(driver, WRITE, (tx) => tx.run(statement));
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? "");
    if (!code.startsWith("Neo.ClientError.Schema.")) throw error;
    await inTransaction(driver, WRITE, (tx) => tx.run(statement));
  }
}

async function backfillClaimKeys(driver: Driver): Promise<void> {
  for (;;) {
    const updated = await inTransaction(driver, WRITE, async (tx) => {
      const result = await tx.run(BACKFILL_CLAIM_KEYS);
      return Number(result.records[0]?.get("updated") ?? 0);
    });
    if (updated === 0) return;
  }
}

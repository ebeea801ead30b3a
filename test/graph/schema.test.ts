// Schema bootstrap is idempotent and creates the constraints MERGE relies on.
import { beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../lib/config.js";
import { openDriver } from "../../graph/driver.js";
import { ensureSchema, SCHEMA_STATEMENTS } from "../../graph/schema.js";
import { testDatabase } from "./helpers.js";

let config: DatabaseConfig;

beforeAll(async () => {
  const db = await testDatabase();
  config = db.config;
  await db.driver.close();
});

describe("ensureSchema", () => {
  it("runs twice (each time on a fresh driver) without error and leaves the same schema", async () => {
    const snapshots: string[][] = [];
    for (let round = 0; round < 2; round++) {
      const driver = await openDriver(config);
      try {
        await ensureSchema(driver);
        const constraints = await driver.executeQuery(
          "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
        );
        const indexes = await driver.executeQuery(
          "SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name",
        );
        snapshots.push([
          ...constraints.records.map((r) => `constraint:${r.get("name")}`),
          ...indexes.records.map((r) => `index:${r.get("name")}:${r.get("state")}`),
        ]);
      } finally {
        await driver.close();
      }
    }
    expect(snapshots[1]).toEqual(snapshots[0]);
    const names = snapshots[0] ?? [];
    for (const name of ["actor_id", "document_id", "sentence_id", "claim_id"]) {
      expect(names).toContain(`constraint:${name}`);
    }
    for (const name of ["claim_relation", "claim_modality", "document_name", "document_date", "actor_name"]) {
      expect(names).toContain(`index:${name}:ONLINE`);
    }
    expect(SCHEMA_STATEMENTS.every((s) => s.includes("IF NOT EXISTS"))).toBe(true);
  });
});

// `kg db check`: connects to the configured database (NEO4J_URI, or the local one), bootstraps the schema, prints counts.
import type { Command } from "commander";
import { displayUri } from "../../lib/config.js";
import { ensureDatabase } from "../../graph/database.js";
import { openDriver } from "../../graph/driver.js";
import { counts } from "../../graph/read.js";
import { ensureSchema } from "../../graph/schema.js";

export function registerDb(program: Command): void {
  const db = program.command("db").description("the graph database kg writes to");
  db.command("check")
    .description(
      "connect (starting the local Neo4j if NEO4J_URI is not set), create the schema, print counts",
    )
    .action(async () => {
      const config = await ensureDatabase();
      const driver = await openDriver(config);
      try {
        const server = await driver.getServerInfo(
          config.database === undefined ? {} : { database: config.database },
        );
        await ensureSchema(driver);
        const n = await counts(driver);
        console.log(`ok: ${displayUri(config.uri)} (${server.agent ?? "Neo4j"})`);
        console.log(
          `${n.nodes.Document} documents, ${n.nodes.Sentence} sentences, ${n.nodes.Actor} actors, ${n.nodes.Claim} claims`,
        );
      } finally {
        await driver.close();
      }
    });
}

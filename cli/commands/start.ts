// `kg start` (what `npm start` runs): the database up, the sample articles ingested, what the graph holds shown.
import type { Command } from "commander";
import { projectPath } from "../../lib/paths.js";
import { EXIT_SKIPPED } from "./extract.js";
import { formatSummary, ingestPaths } from "./ingest.js";
import { formatStats, graphStats, withDatabase } from "./stats.js";

export const SAMPLES_DIR = projectPath("samples");

export function registerStart(program: Command): void {
  program
    .command("start")
    .description(
      "start the local Neo4j (unless NEO4J_URI is set), ingest the sample articles, show the graph",
    )
    .addHelpText(
      "after",
      `\nRunning it again stores nothing twice: unchanged sample articles are skipped.\nSamples: ${SAMPLES_DIR}`,
    )
    .action(runStart);
}

async function runStart(): Promise<void> {
  await withDatabase(async (driver, uri) => {
    console.error(`kg: ingesting the sample articles into ${uri}`);
    const settings = { workers: 1, batchSize: 50 };
    const flags = { textColumn: "text", actors: [], relations: [] };
    const summary = await ingestPaths(driver, [SAMPLES_DIR], flags, settings);
    console.error(formatSummary(summary));
    if (summary.documents.skipped > 0) process.exitCode = EXIT_SKIPPED;
    console.log(formatStats(await graphStats(driver, uri)));
  });
  console.log("\nThe viewer (`kg serve`) is not built yet; `kg stats` shows these numbers again.");
}

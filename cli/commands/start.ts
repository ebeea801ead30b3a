// `kg start` (what `npm start` runs): the database up, the sample articles ingested, the graph shown and served.
import type { Command } from "commander";
import { projectPath } from "../../lib/paths.js";
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_VIEWER_DIR } from "../../server/index.js";
import { EXIT_SKIPPED } from "./extract.js";
import { formatSummary, ingestPaths } from "./ingest.js";
import { serveUntilStopped, type ServeFlags } from "./serve.js";
import { formatStats, graphStats, withDatabase } from "./stats.js";

export const SAMPLES_DIR = projectPath("samples");

interface StartFlags extends ServeFlags {
  serve: boolean;
}

export function registerStart(program: Command): void {
  program
    .command("start")
    .description(
      "start the local Neo4j (unless NEO4J_URI is set), ingest the sample articles, show the graph and serve the viewer",
    )
    .option("--port <port>", "port of the viewer (0: any free port)", String(DEFAULT_PORT))
    .option("--host <host>", "interface the viewer listens on", DEFAULT_HOST)
    .option("--no-serve", "stop after the statistics instead of serving the viewer")
    .addHelpText(
      "after",
      `\nRunning it again stores nothing twice: unchanged sample articles are skipped.\nSamples: ${SAMPLES_DIR}`,
    )
    .action((flags: Omit<StartFlags, "viewerDir">) => runStart({ ...flags, viewerDir: DEFAULT_VIEWER_DIR }));
}

async function runStart(flags: StartFlags): Promise<void> {
  await withDatabase(async (driver, uri) => {
    console.error(`kg: ingesting the sample articles into ${uri}`);
    const settings = { workers: 1, batchSize: 200 };
    const ingestFlags = { textColumn: "text", actors: [], relations: [] };
    const summary = await ingestPaths(driver, [SAMPLES_DIR], ingestFlags, settings);
    console.error(formatSummary(summary));
    if (summary.documents.skipped > 0) process.exitCode = EXIT_SKIPPED;
    console.log(formatStats(await graphStats(driver, uri)));
    if (!flags.serve) return;
    console.log("");
    await serveUntilStopped(driver, flags);
  });
}

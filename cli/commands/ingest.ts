// `kg ingest`: news text in, extracted claims with their evidence stored in Neo4j, a summary out.
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { availableParallelism } from "node:os";
import { actorAliases } from "../../ingest/actors/aliases.js";
import { loadActorDictionary } from "../../ingest/actors/load.js";
import { extractStream } from "../../ingest/pipeline/extract-stream.js";
import { ingestStream, type IngestSummary } from "../../ingest/pipeline/ingest.js";
import { readInputs } from "../../ingest/read/index.js";
import { loadRelations } from "../../ingest/relations/load.js";
import { registerRelationTypes, relationInfo } from "../../graph/store.js";
import { UsageError } from "../../lib/errors.js";
import { printable } from "../../lib/printable.js";
import { createProgress, inputBytes } from "../progress.js";
import { EXIT_SKIPPED } from "./extract.js";
import { inputOptions, readOptionsOf, type InputFlags } from "./input-options.js";
import { withDatabase } from "./stats.js";

export interface IngestFlags extends InputFlags {
  workers: string;
  batch: string;
  quiet?: boolean;
  force?: boolean;
}

const EXIT_CODES = `
Exit codes:
  0  every input was stored (or was already stored unchanged)
  1  the database could not be reached, or another error stopped the run
  2  wrong arguments or settings
  3  some inputs were skipped (binary, empty, malformed rows, extraction failures); each is
     warned on stderr with its file and line, and everything else was stored`;

export function registerIngest(program: Command): void {
  const cmd = program
    .command("ingest")
    .description("extract claims from news text and store them with their evidence in Neo4j")
    .argument("[paths...]", "files or folders (.txt .md .html .jsonl .csv); standard input when none")
    .option("--workers <n>", "worker threads for extraction", String(availableParallelism()))
    .option("--batch <n>", "documents per write transaction", "200")
    .option(
      "--force",
      "rewrite documents even when their content is unchanged (e.g. after a dictionary update)",
    )
    .option("-q, --quiet", "no progress and no summary (warnings about skipped inputs still go to stderr)")
    .addHelpText(
      "after",
      `\nA document is known by its name (file name; file#row for table rows). Re-ingesting an unchanged document
does nothing; a changed one replaces its stored sentences and claims.
${EXIT_CODES}

Examples:
  kg ingest samples/
  kg ingest news.csv --text-column description --title-column title --date-column published`,
    );
  inputOptions(cmd).action((paths: string[], flags: IngestFlags) => runIngest(paths, flags));
}

async function runIngest(paths: string[], flags: IngestFlags): Promise<void> {
  const settings = ingestSettings(flags);
  const summary = await withDatabase(
    (driver) => ingestPaths(driver, paths, flags, settings),
    flags.quiet ? () => undefined : undefined,
  );
  if (!flags.quiet) console.error(formatSummary(summary));
  if (summary.documents.skipped > 0) process.exitCode = EXIT_SKIPPED;
}

export interface IngestSettings {
  workers: number;
  batchSize: number;
}

/** Checks --workers and --batch before anything starts. */
export function ingestSettings(flags: Pick<IngestFlags, "workers" | "batch">): IngestSettings {
  const workers = flags.workers === "auto" ? availableParallelism() : Number(flags.workers);
  if (!Number.isInteger(workers) || workers < 1)
    throw new UsageError(`--workers must be a whole number >= 1 or "auto"`);
  const batchSize = Number(flags.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new UsageError("--batch must be a whole number >= 1");
  return { workers, batchSize };
}

/** Reads, extracts and stores `paths`; skipped inputs are warned on stderr as they come. */
export async function ingestPaths(
  driver: Driver,
  paths: string[],
  flags: Pick<IngestFlags, "quiet" | "force" | "actors" | "relations"> & InputFlags,
  settings: IngestSettings,
): Promise<IngestSummary> {
  const showProgress = !flags.quiet && process.stderr.isTTY === true;
  registerUserRelations(flags.relations);
  const progress = createProgress("ingest", showProgress, showProgress ? inputBytes(paths) : undefined);
  const stream = extractStream(readInputs(paths, readOptionsOf(flags)), {
    workers: settings.workers,
    actorFiles: flags.actors,
    relationFiles: flags.relations,
  });
  try {
    return await ingestStream(driver, stream, {
      batchSize: settings.batchSize,
      force: flags.force === true,
      onSkipped: (r) => progress.warn(`kg: skipped ${printable(r.where)}: ${printable(r.reason)}`),
      onDocument: (records, bytes) => progress.tick(1, records, bytes),
      aliasesOf: actorAliases(loadActorDictionary(flags.actors)),
    });
  } finally {
    progress.stop();
  }
}

/** Relation types from the user's dictionaries join the allow-list, so their claims can be stored. */
function registerUserRelations(files: string[]): void {
  if (files.length === 0) return;
  const added = loadRelations(files).filter((spec) => relationInfo(spec.relation) === undefined);
  registerRelationTypes(
    added.map((spec) => ({
      name: spec.relation,
      polarity: spec.polarity,
      symmetric: spec.symmetric,
      cameo: spec.cameo,
    })),
  );
}

export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  const claims = Object.values(s.claimsByRelation).reduce((a, b) => a + b, 0);
  return [
    `documents: ${d.new} new, ${d.unchanged} unchanged, ${d.changed} changed, ${d.skipped} skipped`,
    `claims written: ${claims}${claims ? ` (${list(s.claimsByModality)})` : ""}`,
    ...(claims ? [`  by relation: ${list(s.claimsByRelation)}`] : []),
    `actors in written claims: ${s.actors}`,
    `elapsed: ${(s.elapsedMs / 1000).toFixed(1)} s`,
  ].join("\n");
}

function list(tally: Record<string, number>): string {
  return Object.entries(tally)
    .map(([key, n]) => `${key} ${n}`)
    .join(", ");
}

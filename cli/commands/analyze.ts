// `kg analyze`: blocs, centrality and signed camps of the stored network, written to the actors, and a report.
import type { Command } from "commander";
import { analyzeStore, formatAnalysis, type AnalyzeStoreOptions } from "../../graph/analytics/index.js";
import { UsageError } from "../../lib/errors.js";
import { filterOptions, graphQueryOf, type FilterFlags } from "./export.js";
import { withDatabase } from "./stats.js";

interface AnalyzeFlags extends FilterFlags {
  seed: string;
  resolution: string;
  weighted?: boolean;
  exactLimit: string;
  write: boolean;
  json?: boolean;
  top: string;
}

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command("analyze")
    .description(
      "compute blocs (Louvain), centrality and the two signed camps; write them to the :Actor nodes",
    );
  filterOptions(cmd)
    .option("--seed <n>", "seed of Louvain and of the camp search (same seed, same answer)", "42")
    .option("--resolution <r>", "Louvain resolution: above 1 gives more, smaller blocs", "1")
    .option("--weighted", "camps weigh each pair by its claims instead of counting it once")
    .option("--exact-limit <n>", "signed components up to this many actors are split exactly", "20")
    .option("--no-write", "report only; leave the stored actors as they are")
    .option("--json", "print the whole analysis as JSON")
    .option("--top <n>", "actors per ranking and triads shown in the report", "10")
    .addHelpText(
      "after",
      `
Reads the asserted and intended aggregated relations (the filters narrow them), and writes to every analysed
:Actor: bloc (Louvain community of the cooperative relations, 0 = largest), camp (0 or 1), degree (claims),
pagerank, betweenness; actors left without relations (with a filter: outside it) lose them. The
(:Analysis {id: 'alliance'}) node records
analyzedAt, the frustration index and the filter. Camps: each pair of actors is + when its claims are mostly
cooperative, - when mostly hostile; the split into two camps with the fewest frustrated pairs (+ across, - within)
is exact for connected groups of up to --exact-limit actors, a seeded local search with restarts beyond.

Examples:
  kg analyze
  kg analyze --min-count 2 --from 2015-01-01 --top 20
  kg analyze --no-write --json > analysis.json`,
    )
    .action((flags: AnalyzeFlags) => runAnalyze(flags));
}

async function runAnalyze(flags: AnalyzeFlags): Promise<void> {
  const options = analyzeOptions(flags);
  const top = whole("--top", flags.top, 1);
  const analysis = await withDatabase((driver) => analyzeStore(driver, options));
  console.log(flags.json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis, { top }));
  if (!flags.json && options.write)
    console.error(
      `kg: wrote bloc, camp, degree, pagerank and betweenness to ${analysis.actors.length} actors`,
    );
}

function analyzeOptions(flags: AnalyzeFlags): AnalyzeStoreOptions & { write: boolean } {
  const query = graphQueryOf(flags);
  const resolution = Number(flags.resolution);
  if (!Number.isFinite(resolution) || resolution <= 0)
    throw new UsageError("--resolution must be a number > 0");
  return {
    filter: {
      ...(query.relations ? { relations: query.relations } : {}),
      ...(query.minCount ? { minCount: query.minCount } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    },
    seed: whole("--seed", flags.seed, 0),
    resolution,
    weighted: flags.weighted ?? false,
    exactLimit: whole("--exact-limit", flags.exactLimit, 1),
    write: flags.write,
  };
}

function whole(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${flag} must be a whole number >= ${min}, got ${JSON.stringify(text)}`);
  return n;
}

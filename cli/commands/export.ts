// `kg export`: the network (filtered like the viewer) as GEXF, GraphML, JSON or CSV, or its claims as JSONL.
import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../graph/export/index.js";
import type { Modality, Polarity } from "../../ingest/record.js";
import type { GraphQuery } from "../../lib/api-contract.js";
import { UsageError } from "../../lib/errors.js";
import { convertParam } from "../../queries/params.js";
import { runSiteExport, SITE_OPTION } from "./export-site.js";
import { withDatabase } from "./stats.js";

/** The viewer's filters as flags (shared with `kg analyze`, which takes some of them). */
export interface FilterFlags {
  relations?: string;
  polarity?: Polarity;
  modalities?: string;
  minCount?: string;
  from?: string;
  to?: string;
  limit?: string;
}

interface ExportFlags extends FilterFlags {
  format?: ExportFormat;
  out?: string;
  site?: string;
}

const MODALITIES: readonly Modality[] = ["asserted", "intended", "negated", "hypothetical"];

export function registerExport(program: Command): void {
  const cmd = program
    .command("export")
    .description(
      "write the network (filtered like the viewer) as GEXF, GraphML, JSON or CSV, or its claims as JSONL",
    )
    .addOption(new Option("--format <format>", "output format").choices([...EXPORT_FORMATS]))
    .option("--out <file>", "write to this file instead of standard output");
  filterOptions(cmd, { modalities: true, polarity: true, limit: true })
    .option(...SITE_OPTION)
    .addHelpText(
      "after",
      `
Edges are one per (source, relation, target), counted from the claims that pass the filters (by default
asserted and intended, like the viewer), with per-modality counts and first/last dates; symmetric relations are
undirected edges. GEXF and JSON carry every claim's evidence sentence; GEXF and GraphML open in Gephi.
csv writes the edges table; with --out FILE.csv the nodes table goes to FILE.nodes.csv.
jsonl writes every claim (all four modalities unless --modalities) as an edge record, the \`kg extract\` format.

Examples:
  kg export --format gexf --out alliances.gexf
  kg export --format graphml --relations shares-intel-with,allies-with --min-count 2 --out intel.graphml
  kg export --format csv --from 2015-01-01 --to 2015-12-31 --out edges.csv
  kg export --format jsonl > claims.jsonl`,
    )
    .action((flags: ExportFlags) => runExport(flags));
}

async function runExport(flags: ExportFlags): Promise<void> {
  if (flags.format === undefined && flags.site === undefined)
    throw new UsageError("give --format (or --site DIR)");
  const query = graphQueryOf(flags);
  if (flags.site !== undefined) await runSiteExport(flags.site, query);
  if (flags.format === undefined) return;
  if (flags.format === "jsonl" && (flags.minCount !== undefined || flags.limit !== undefined))
    throw new UsageError(
      "--min-count and --limit apply to edges; --format jsonl writes every claim that passes the filters",
    );
  const format = flags.format;
  const output = await withDatabase((driver) => exportGraph(driver, format, query));
  if (flags.out === undefined) {
    process.stdout.write(output.text.endsWith("\n") ? output.text : `${output.text}\n`);
    return;
  }
  writeFileSync(flags.out, output.text);
  const written = [flags.out];
  if (output.nodes !== undefined) {
    const nodesFile = nodesFileOf(flags.out);
    writeFileSync(nodesFile, output.nodes);
    written.push(nodesFile);
  }
  const what =
    format === "jsonl" ? `${output.items} claims` : `${output.items} edges between ${output.actors} actors`;
  console.error(`kg: wrote ${what} to ${written.join(" and ")}`);
}

/** edges.csv -> edges.nodes.csv; any other name gets ".nodes.csv" appended. */
export function nodesFileOf(out: string): string {
  return out.endsWith(".csv") ? `${out.slice(0, -4)}.nodes.csv` : `${out}.nodes.csv`;
}

export interface FilterChoice {
  modalities?: boolean;
  polarity?: boolean;
  limit?: boolean;
}

/** Adds the viewer's filter flags; `choice` says which of the optional ones the command takes. */
export function filterOptions(cmd: Command, choice: FilterChoice = {}): Command {
  cmd.option("--relations <names>", "only these relations, comma-separated (shares-intel-with,fights)");
  if (choice.polarity)
    cmd.addOption(
      new Option("--polarity <polarity>", "only cooperative or hostile relations").choices([
        "cooperative",
        "hostile",
      ]),
    );
  if (choice.modalities)
    cmd.option(
      "--modalities <list>",
      "claims of these modalities, comma-separated (default asserted,intended)",
    );
  cmd
    .option("--min-count <n>", "edges with at least this many claims")
    .option("--from <date>", "claims dated on or after this day (ISO 8601: 2015-10-01)")
    .option("--to <date>", "claims dated on or before this day, inclusive");
  if (choice.limit) cmd.option("--limit <n>", "at most this many edges, the most evidenced first");
  return cmd;
}

/** The flags as a GraphQuery, checked: a wrong value is a usage error naming the flag. */
export function graphQueryOf(flags: FilterFlags): GraphQuery {
  const query: GraphQuery = {};
  if (flags.relations !== undefined)
    query.relations = listOf("--relations", flags.relations, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  if (flags.polarity !== undefined) query.polarity = flags.polarity;
  if (flags.modalities !== undefined) {
    const modalities = listOf("--modalities", flags.modalities, /^[a-z]+$/);
    const wrong = modalities.find((m) => !MODALITIES.includes(m as Modality));
    if (wrong !== undefined)
      throw new UsageError(`--modalities: ${wrong} is not one of ${MODALITIES.join(", ")}`);
    query.modalities = modalities as Modality[];
  }
  if (flags.minCount !== undefined) query.minCount = positive("--min-count", flags.minCount);
  if (flags.limit !== undefined) query.limit = positive("--limit", flags.limit);
  if (flags.from !== undefined) query.from = date("--from", flags.from);
  if (flags.to !== undefined) query.to = date("--to", flags.to);
  return query;
}

function listOf(flag: string, text: string, pattern: RegExp): string[] {
  const items = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length === 0) throw new UsageError(`${flag} needs at least one value`);
  const bad = items.find((item) => !pattern.test(item));
  if (bad !== undefined) throw new UsageError(`${flag}: ${JSON.stringify(bad)} is not a valid name`);
  return items;
}

function positive(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a whole number >= 1, got ${JSON.stringify(text)}`);
  return n;
}

function date(flag: string, text: string): string {
  const converted = convertParam("date", text);
  if ("error" in converted) throw new UsageError(`${flag}: ${converted.error}`);
  return converted.value as string;
}

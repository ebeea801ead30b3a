// `kg query`: lists the named Cypher queries (queries/*.cypher) or runs one with typed parameters.
import { type Command, Option } from "commander";
import { UsageError } from "../../lib/errors.js";
import { formatResult, OUTPUT_FORMATS, type OutputFormat } from "../../queries/format.js";
import { findQuery, listQueries, QUERIES_DIR, runNamedQuery } from "../../queries/library.js";
import { parseAssignments } from "../../queries/params.js";
import type { NamedQuery } from "../../queries/types.js";
import { withDatabase } from "./stats.js";

export interface QueryFlags {
  list?: boolean;
  param: string[];
  format: OutputFormat;
  queries: string[];
  width: string;
}

/** Collects a repeated option into an array. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function formatOption(): Option {
  return new Option("--format <format>", "output format").choices([...OUTPUT_FORMATS]).default("table");
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("run a named Cypher query from the library (queries/*.cypher); --list shows them")
    .argument("[name]", "the query's name, e.g. allies-of")
    .option("--list", "list the queries with their parameters")
    .option(
      "-p, --param <key=value>",
      "a parameter (repeat for more); converted to its declared type",
      collect,
      [],
    )
    .addOption(formatOption())
    .option("--queries <dir>", "also read the named queries in this folder (same header format)", collect, [])
    .option("--width <n>", "table cells longer than this are cut (the full text is in --format json)", "80")
    .addHelpText(
      "after",
      `
Queries run in a read transaction. Parameters are typed in each file's header (string, int, float, boolean,
date, list as comma-separated values); unknown or missing ones are errors naming the query and the parameter.

Examples:
  kg query --list
  kg query allies-of --param actor=IRQ
  kg query relations-between --param a=USA --param b=RUS --format json
  kg query new-relations --param from=2015-10-01 --param to=2015-10-31 --format csv > new.csv`,
    )
    .action((name: string | undefined, flags: QueryFlags) => runQueryCommand(name, flags));
}

async function runQueryCommand(name: string | undefined, flags: QueryFlags): Promise<void> {
  const dirs = [QUERIES_DIR, ...flags.queries];
  if (flags.list || name === undefined) {
    if (!flags.list) throw new UsageError("name a query to run, or --list to see them");
    console.log(formatList(listQueries(dirs)));
    return;
  }
  const query = findQuery(name, dirs);
  const given = parseAssignments(query.name, flags.param);
  const width = Number(flags.width);
  if (!Number.isInteger(width) || width < 8) throw new UsageError("--width must be a whole number >= 8");
  const result = await withDatabase((driver) => runNamedQuery(driver, query, given));
  console.log(formatResult(result, flags.format, { maxWidth: width }));
}

export function formatList(queries: readonly NamedQuery[]): string {
  return queries
    .map((q) => {
      const params = q.params.map(
        (p) =>
          `    ${p.name} (${p.type}${p.required ? ", required" : `, default ${show(p.default)}`}): ${p.description}`,
      );
      return [`${q.name}: ${q.description}`, ...params, `    e.g. ${q.examples[0]}`].join("\n");
    })
    .join("\n\n");
}

function show(value: unknown): string {
  if (value === null) return "none";
  return Array.isArray(value) ? value.join(",") : String(value);
}

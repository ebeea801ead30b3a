// `kg cypher`: runs any Cypher text, read-only unless --write, and prints the rows like `kg query`.
import type { Command } from "commander";
import { formatResult, type OutputFormat } from "../../queries/format.js";
import { adHocParams, runCypher } from "../../queries/library.js";
import { parseAssignments } from "../../queries/params.js";
import { UsageError } from "../../lib/errors.js";
import { collect, formatOption } from "./query.js";
import { withDatabase } from "./stats.js";

interface CypherFlags {
  param: string[];
  format: OutputFormat;
  write?: boolean;
  width: string;
}

export function registerCypher(program: Command): void {
  program
    .command("cypher")
    .description("run a Cypher query (read-only unless --write) and print its rows")
    .argument("<query>", 'the Cypher text, e.g. "MATCH (a:Actor) RETURN a.id, a.name LIMIT 5"')
    .option(
      "-p, --param <key=value>",
      "a parameter $key (repeat for more); JSON values (42, true, [..]) or text",
      collect,
      [],
    )
    .addOption(formatOption())
    .option("--write", "run in a write transaction (without it, a query that writes is refused)")
    .option("--width <n>", "table cells longer than this are cut (the full text is in --format json)", "80")
    .addHelpText(
      "after",
      `
Examples:
  kg cypher "MATCH (a:Actor)-[r:FIGHTS]->(b:Actor) RETURN a.name, b.name, r.count ORDER BY r.count DESC"
  kg cypher "MATCH (a:Actor {id: \\$id}) RETURN a" --param id=IRQ --format json
  kg cypher --write "MATCH (a:Actor {id: 'IRQ'}) SET a.note = 'checked'"`,
    )
    .action(async (text: string, flags: CypherFlags) => {
      const given = parseAssignments("cypher", flags.param);
      const width = Number(flags.width);
      if (!Number.isInteger(width) || width < 8) throw new UsageError("--width must be a whole number >= 8");
      const result = await withDatabase((driver) =>
        runCypher(driver, "cypher", text, adHocParams(given), { write: flags.write ?? false }),
      );
      if (result.columns.length > 0) console.log(formatResult(result, flags.format, { maxWidth: width }));
    });
}

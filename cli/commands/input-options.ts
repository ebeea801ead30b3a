// Input options shared by `kg extract` and `kg ingest`: which columns of a table hold text, id, date, title, and
// the user's extra dictionaries.
import type { Command } from "commander";
import type { ReadOptions } from "../../ingest/read/types.js";

export interface InputFlags {
  textColumn: string;
  actors: string[];
  relations: string[];
  idColumn?: string;
  dateColumn?: string;
  titleColumn?: string;
}

export function inputOptions(cmd: Command): Command {
  return cmd
    .option("--text-column <name>", "CSV column / JSONL field holding the text", "text")
    .option("--id-column <name>", "column naming each row (default: row number)")
    .option("--date-column <name>", "column holding each row's date")
    .option("--title-column <name>", "column holding each row's title (read as the first line)")
    .option(
      "--actors <file>",
      "an extra actor dictionary (same schema as the defaults; repeatable)",
      collect,
      [],
    )
    .option(
      "--relations <file>",
      "an extra relation dictionary (same schema as the defaults; repeatable)",
      collect,
      [],
    );
}

export function readOptionsOf(flags: InputFlags): ReadOptions {
  const options: ReadOptions = { textColumn: flags.textColumn };
  if (flags.idColumn) options.idColumn = flags.idColumn;
  if (flags.dateColumn) options.dateColumn = flags.dateColumn;
  if (flags.titleColumn) options.titleColumn = flags.titleColumn;
  return options;
}

/** Commander option parser for a repeatable option (`--actors a.json --actors b.json`); a variadic `<file...>`
 * would also swallow the paths that follow it. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

// `kg extract`: news text in, edge records (JSON Lines) or a readable table out. No database needed.
import type { Command } from "commander";
import { Option } from "commander";
import { availableParallelism } from "node:os";
import { extractStream } from "../../ingest/pipeline/extract-stream.js";
import { readInputs } from "../../ingest/read/index.js";
import type { EdgeRecord } from "../../ingest/record.js";
import { UsageError } from "../../lib/errors.js";
import { printable } from "../../lib/printable.js";
import { createProgress, inputBytes } from "../progress.js";
import { inputOptions, readOptionsOf, type InputFlags } from "./input-options.js";

interface ExtractFlags extends InputFlags {
  format: "jsonl" | "table";
  workers: string;
}

/** Exit status when some inputs were skipped (everything else was processed). */
export const EXIT_SKIPPED = 3;

export function registerExtract(program: Command): void {
  const cmd = program
    .command("extract")
    .description("extract actor-relation-actor records from news text (files, folders or stdin)")
    .argument("[paths...]", "files or folders (.txt .md .html .jsonl .csv); standard input when none")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "table"]).default("jsonl"))
    .option("--workers <n>", "worker threads for extraction", "1")
    .addHelpText(
      "after",
      "\nExample:\n  kg extract samples/ > edges.jsonl\n  kg extract news.csv --text-column description --title-column title --format table",
    );
  inputOptions(cmd).action((paths: string[], flags: ExtractFlags) => runExtract(paths, flags));
}

async function runExtract(paths: string[], flags: ExtractFlags): Promise<void> {
  const workers = flags.workers === "auto" ? availableParallelism() : Number(flags.workers);
  if (!Number.isInteger(workers) || workers < 1)
    throw new UsageError(`--workers must be a whole number >= 1 or "auto"`);
  const progress = createProgress("extract", undefined, inputBytes(paths));
  const table: EdgeRecord[] = [];
  let skipped = 0;
  const stream = extractStream(readInputs(paths, readOptionsOf(flags)), {
    workers,
    actorFiles: flags.actors,
    relationFiles: flags.relations,
  });
  for await (const item of stream) {
    if (item.kind === "skipped" || item.kind === "failed") {
      skipped++;
      const where =
        item.kind === "skipped"
          ? `${item.path}${item.line ? `:${item.line}` : ""}`
          : item.doc.path || item.doc.doc;
      const reason = item.kind === "skipped" ? item.reason : `extraction failed: ${item.message}`;
      progress.warn(`kg: skipped ${printable(where)}: ${reason}`);
      continue;
    }
    progress.tick(1, item.records.length, Buffer.byteLength(item.doc.original));
    if (flags.format === "table") table.push(...item.records);
    else for (const r of item.records) await write(`${JSON.stringify(r)}\n`);
  }
  progress.stop();
  if (flags.format === "table") await write(formatTable(table));
  if (skipped) process.exitCode = EXIT_SKIPPED;
}

// Respect back-pressure so a large corpus piped to `head` or a slow disk does not fill memory.
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once("drain", resolve);
  });
}

function formatTable(records: EdgeRecord[]): string {
  const rows = records.map((r) => [
    r.doc,
    String(r.sentence),
    r.source.id,
    r.relation,
    r.target.id,
    r.modality,
    r.confidence.toFixed(2),
  ]);
  const header = ["doc", "sent", "source", "relation", "target", "modality", "conf"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

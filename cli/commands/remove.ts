// `kg remove`: deletes stored documents by name, with their sentences and claims; aggregates follow.
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { documentHashes, removeDocuments } from "../../graph/store.js";
import { withDatabase } from "./stats.js";

export function registerRemove(program: Command): void {
  program
    .command("remove")
    .description(
      "remove stored documents (by name, as `kg ingest` stored them) with their sentences and claims",
    )
    .argument("<doc...>", "document names: the file name, or file#row for table rows")
    .addHelpText(
      "after",
      "\nNames that are not stored are reported and ignored (exit code 0).\n\nExample:\n  kg remove article-12.txt news.csv#40",
    )
    .action(async (names: string[]) => {
      const { removed, missing } = await withDatabase((driver) => removeByName(driver, names));
      for (const name of missing) console.error(`kg: not stored: ${name}`);
      console.error(`removed ${removed} document${removed === 1 ? "" : "s"}`);
    });
}

export async function removeByName(
  driver: Driver,
  names: readonly string[],
): Promise<{ removed: number; missing: string[] }> {
  const unique = [...new Set(names)];
  const stored = await documentHashes(driver, unique);
  const removed = await removeDocuments(driver, unique);
  return { removed, missing: unique.filter((name) => !stored.has(name)) };
}

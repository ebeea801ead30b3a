// The shared real-news corpora every benchmark reads, with the column options `kg extract` and `kg ingest` need.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const corporaDir =
  process.env.KG_CORPORA ?? join(resolve(import.meta.dirname, ".."), "..", "shared", "corpora");

/** name: the file in corporaDir; file: its path; args: the reading options for it. */
export const corpora = [
  { name: "reuters21578.jsonl", args: ["--title-column", "title", "--date-column", "date"] },
  {
    name: "ag_news_world.csv",
    args: ["--text-column", "description", "--title-column", "title", "--id-column", "id"],
  },
].map((c) => ({ ...c, file: join(corporaDir, c.name) }));

/** Exits with status 2 and a message when the corpora are not there. */
export function requireCorpora() {
  if (existsSync(corporaDir)) return;
  console.error(`bench: no corpora at ${corporaDir} (set KG_CORPORA)`);
  process.exit(2);
}

/** The median of a list of numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

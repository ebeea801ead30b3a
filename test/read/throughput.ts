// Measures read throughput (documents/s, MB/s, peak memory) on the shared corpora; run with `npx tsx test/read/throughput.ts`.
import { statSync } from "node:fs";
import { readInputs } from "../../ingest/read/index.js";
import type { ReadOptions } from "../../ingest/read/types.js";

const CORPORA: { path: string; options: ReadOptions }[] = [
  {
    path: "/work/shared/corpora/ag_news_world.csv",
    options: { textColumn: "description", titleColumn: "title", idColumn: "id" },
  },
  {
    path: "/work/shared/corpora/reuters21578.jsonl",
    options: { titleColumn: "title", dateColumn: "date", idColumn: "id" },
  },
];

for (const { path, options } of CORPORA) {
  const megabytes = statSync(path).size / 1048576;
  let documents = 0;
  let skipped = 0;
  let dated = 0;
  let characters = 0;
  let peak = 0;
  const started = process.hrtime.bigint();
  for await (const item of readInputs([path], options)) {
    if (item.kind === "skipped") skipped++;
    else {
      documents++;
      characters += item.text.length;
      if (item.date !== undefined) dated++;
    }
    if (documents % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${path}: ${documents} documents (${dated} dated), ${skipped} skipped, ${megabytes.toFixed(1)} MB, ` +
      `${(characters / 1e6).toFixed(1)}M characters in ${seconds.toFixed(2)} s = ` +
      `${Math.round(documents / seconds)} documents/s, ${(megabytes / seconds).toFixed(1)} MB/s, ` +
      `peak RSS ${Math.round(peak / 1048576)} MB`,
  );
}

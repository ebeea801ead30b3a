#!/usr/bin/env node
// Extraction benchmark (npm run bench:extract): runs `kg extract` over the shared corpora several times and prints
// median documents/s, sentences/s and peak memory, for 1 worker and for N workers (the speed-up ratio).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { corpora, median, requireCorpora } from "./corpora.mjs";

const runs = Number(process.env.KG_BENCH_RUNS ?? 3);
requireCorpora();

// Sentence counts come from the extractor's own splitter, measured once per corpus by a helper script.
function countSentences(file, args) {
  const r = spawnSync("node", ["bench/count-sentences.mjs", file, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function runOnce(file, args, workers) {
  const started = process.hrtime.bigint();
  const cmd = ["node", "bin/kg.js", "extract", file, ...args, "--workers", String(workers)];
  // GNU time reports the peak resident memory; without it the figure is left out.
  const timed = existsSync("/usr/bin/time");
  const r = spawnSync(timed ? "/usr/bin/time" : cmd[0], timed ? ["-f", "%M", ...cmd] : cmd.slice(1), {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 3) throw new Error(r.stderr);
  const peakKb = timed ? Number(r.stderr.trim().split("\n").pop()) : NaN;
  return { seconds, peakMb: peakKb / 1024, records: r.stdout.split("\n").filter(Boolean).length };
}

const cores = availableParallelism();
console.log(`kg extract benchmark: median of ${runs} runs, this machine has ${cores} cores`);
for (const { name, args, file } of corpora) {
  const { documents, sentences } = countSentences(file, args);
  const results = {};
  for (const workers of [...new Set([1, cores])]) {
    const samples = Array.from({ length: runs }, () => runOnce(file, args, workers));
    const t = median(samples.map((s) => s.seconds));
    results[workers] = t;
    console.log(
      `${name.padEnd(20)} workers=${workers}  ${documents} docs  ${sentences} sentences  ${samples[0].records} records  ` +
        `${(documents / t).toFixed(0)} docs/s  ${(sentences / t).toFixed(0)} sentences/s  peak ${median(samples.map((s) => s.peakMb)).toFixed(0)} MB  (${t.toFixed(2)} s)`,
    );
  }
  if (cores > 1)
    console.log(
      `${name.padEnd(20)} speed-up with ${cores} workers: ${(results[1] / results[cores]).toFixed(2)}x`,
    );
}

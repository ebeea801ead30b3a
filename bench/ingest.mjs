#!/usr/bin/env node
// Ingest benchmark (npm run bench:ingest): the shared corpora into a separate, empty local Neo4j (never the user's
// graph). Prints each stage alone and the whole pipeline, so it shows which stage limits the end-to-end rate:
//   extract  `kg extract` to /dev/null (read + extract, no database)
//   write    the corpus's extracted documents written by the store alone (documents, all sentences, claims)
//   dense    a synthetic claim-dense corpus written by the store (claims/s with full provenance)
//   ingest   `kg ingest` end to end, on an empty database
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { corpora, median, requireCorpora } from "./corpora.mjs";

const root = resolve(import.meta.dirname, "..");
const runs = Number(process.env.KG_BENCH_RUNS ?? 3);
const workers = Number(process.env.KG_BENCH_WORKERS ?? availableParallelism());
const port = process.env.KG_BENCH_PORT ?? "7698";
const stateDir = join(root, ".kg", "bench");
const env = { ...process.env, KG_STATE_DIR: stateDir, KG_NEO4J_PORT: port, NEO4J_URI: "" };
const uri = `bolt://127.0.0.1:${port}`;

requireCorpora();

const rate = (n, seconds) => `${(n / seconds).toFixed(0).padStart(7)}`;

const { openDriver } = await import(join(root, "dist/graph/driver.js"));
const { writeDocuments, ensureSchema, counts } = await import(join(root, "dist/graph/store.js"));
const { readInputs } = await import(join(root, "dist/ingest/read/index.js"));
const { extractStream } = await import(join(root, "dist/ingest/pipeline/extract-stream.js"));
const { documentInput } = await import(join(root, "dist/ingest/pipeline/ingest.js"));

function kg(args, { timed = false } = {}) {
  const cmd = [process.execPath, join(root, "bin/kg.js"), ...args];
  const useTime = timed && existsSync("/usr/bin/time");
  const started = process.hrtime.bigint();
  const r = spawnSync(useTime ? "/usr/bin/time" : cmd[0], useTime ? ["-f", "%M", ...cmd] : cmd.slice(1), {
    encoding: "utf8",
    env,
    cwd: root,
    maxBuffer: 1 << 30,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 3) throw new Error(`kg ${args.join(" ")}: ${r.stderr}`);
  const peakMb = useTime ? Number(r.stderr.trim().split("\n").pop()) / 1024 : NaN;
  return { seconds, peakMb };
}

async function wipe(driver) {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

/** The corpus read and extracted once, in memory: what the write stage is given. */
async function extracted(file, args) {
  const options = { textColumn: "text" };
  for (let i = 0; i < args.length; i += 2) {
    const key = {
      "--title-column": "titleColumn",
      "--date-column": "dateColumn",
      "--text-column": "textColumn",
      "--id-column": "idColumn",
    }[args[i]];
    options[key] = args[i + 1];
  }
  const docs = [];
  for await (const item of extractStream(readInputs([file], options), {
    workers,
    actorFiles: [],
    relationFiles: [],
  }))
    if (item.kind === "extracted") docs.push(documentInput(item.doc, item.records, item.sentences));
  return docs;
}

/** Documents of 10 sentences with 5 claims each between 60 states: many claims, real aggregate contention. */
function denseCorpus(documents) {
  const states = [
    "IRQ",
    "IRN",
    "SYR",
    "TUR",
    "USA",
    "RUS",
    "CHN",
    "FRA",
    "GBR",
    "DEU",
    "ISR",
    "EGY",
    "SAU",
    "JOR",
    "LBN",
  ];
  const relations = [
    ["shares-intel-with", "cooperative", true],
    ["fights", "hostile", false],
    ["supports", "cooperative", false],
    ["opposes", "hostile", false],
  ];
  return Array.from({ length: documents }, (_, d) => {
    const name = `dense-${d}.txt`;
    const sentences = Array.from({ length: 10 }, (_, index) => ({
      index,
      text: `Sentence ${index} of synthetic document ${d}, long enough to look like a news sentence of average length.`,
      start: index * 100,
      end: index * 100 + 99,
    }));
    const records = Array.from({ length: 50 }, (_, k) => {
      const [relation, polarity, symmetric] = relations[k % relations.length];
      const a = states[(d + k) % states.length];
      const b = states[(d * 7 + k * 3 + 1) % states.length];
      const target = a === b ? states[(states.indexOf(a) + 1) % states.length] : b;
      const s = sentences[k % 10];
      return {
        source: { id: a, name: a, type: "state" },
        relation,
        target: { id: target, name: target, type: "state" },
        polarity,
        symmetric,
        modality: k % 7 === 0 ? "negated" : "asserted",
        cameo: "000",
        confidence: 0.9,
        doc: name,
        sentence: s.index,
        text: s.text,
        start: s.start,
        end: s.end,
        date: `20${10 + (d % 10)}-0${1 + (k % 9)}-1${k % 10}`,
      };
    });
    return { id: `dense-${d}-v1`, name, sentences, records };
  });
}

async function timeWrites(driver, docs, batchSize = 200) {
  await wipe(driver);
  const started = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i += batchSize)
    await writeDocuments(driver, docs.slice(i, i + batchSize), { batchSize });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

console.log(
  `kg ingest benchmark: median of ${runs} runs, ${workers} extraction workers, Neo4j at ${uri} (${stateDir})`,
);
rmSync(join(stateDir, "neo4j"), { recursive: true, force: true });
const start = kg(["neo4j", "start"]);
console.log(`neo4j start (empty database): ${start.seconds.toFixed(1)} s`);
const driver = await openDriver({
  kind: "local",
  uri,
  port: Number(port),
  dataDir: join(stateDir, "neo4j"),
  heap: "1g",
});
try {
  await ensureSchema(driver);
  for (const { name, args, file } of corpora) {
    const docs = await extracted(file, args);
    const n = { docs: docs.length, sentences: 0, claims: 0 };
    for (const d of docs) {
      n.sentences += d.sentences.length;
      n.claims += d.records.length;
    }
    console.log(`\n${name}: ${n.docs} documents, ${n.sentences} sentences, ${n.claims} claims`);

    const ex = Array.from({ length: runs }, () =>
      kg(["extract", file, ...args, "--workers", String(workers)], { timed: true }),
    );
    const tEx = median(ex.map((r) => r.seconds));
    const writes = [];
    for (let r = 0; r < runs; r++) writes.push(await timeWrites(driver, docs));
    const tW = median(writes);
    const ingests = [];
    for (let r = 0; r < runs; r++) {
      await wipe(driver);
      ingests.push(kg(["ingest", file, ...args, "--workers", String(workers), "--quiet"], { timed: true }));
    }
    const tIn = median(ingests.map((r) => r.seconds));
    const stored = await counts(driver);
    const line = (stage, t, peak) =>
      console.log(
        `  ${stage.padEnd(8)} ${rate(n.docs, t)} docs/s ${rate(n.sentences, t)} sentences/s ${rate(n.claims, t)} claims/s` +
          `  ${t.toFixed(2).padStart(6)} s${peak ? `  peak ${peak.toFixed(0)} MB` : ""}`,
      );
    line("extract", tEx, median(ex.map((r) => r.peakMb)));
    line("write", tW);
    line("ingest", tIn, median(ingests.map((r) => r.peakMb)));
    console.log(
      `  end to end runs at ${((tEx / tIn) * 100).toFixed(0)}% of extraction alone; writing alone is ${(tEx / tW).toFixed(1)}x faster than extraction` +
        `  (stored: ${stored.nodes.Document} documents, ${stored.nodes.Sentence} sentences, ${stored.nodes.Claim} claims)`,
    );
  }
  const dense = denseCorpus(Number(process.env.KG_BENCH_DENSE_DOCS ?? 1000));
  const claims = dense.reduce((a, d) => a + d.records.length, 0);
  const tDense = median(
    await (async () => {
      const xs = [];
      for (let r = 0; r < runs; r++) xs.push(await timeWrites(driver, dense));
      return xs;
    })(),
  );
  console.log(
    `\ndense synthetic corpus: ${dense.length} documents, ${dense.length * 10} sentences, ${claims} claims written in ${tDense.toFixed(2)} s: ` +
      `${(claims / tDense).toFixed(0)} claims/s with full provenance (target >= 5,000)`,
  );
} finally {
  await driver.close();
  kg(["neo4j", "stop"]);
}

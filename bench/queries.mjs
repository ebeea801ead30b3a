#!/usr/bin/env node
// Query benchmark (npm run bench:queries): builds the graph from ../shared/corpora/ (kg ingest, idempotent), runs
// kg analyze and every named query several times, prints median latencies, and the PROFILE of any query whose
// median is over the 200 ms budget. Runs against the configured database (the local Neo4j unless NEO4J_URI).
import { spawnSync } from "node:child_process";
import { corpora, median, requireCorpora } from "./corpora.mjs";

const dist = (path) => new URL(`../dist/${path}`, import.meta.url).href;
const { loadConfig } = await import(dist("lib/config.js"));
const { ensureDatabase, openDriver, counts, loadGraph } = await import(dist("graph/store.js"));
const { analyzeGraph, writeAnalysis } = await import(dist("graph/analytics/index.js"));
const { listQueries, runNamedQuery } = await import(dist("queries/library.js"));
const { bindParams, parseAssignments } = await import(dist("queries/params.js"));

const runs = Number(process.env.KG_BENCH_RUNS ?? 15);
const budgetMs = 200;
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (x) => `${x.toFixed(1)} ms`.padStart(10);

requireCorpora();
if (process.env.KG_BENCH_SKIP_INGEST !== "1") {
  for (const { name, args, file } of corpora) {
    const started = process.hrtime.bigint();
    const run = spawnSync("node", ["bin/kg.js", "ingest", file, ...args, "--quiet"], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (run.status !== 0 && run.status !== 3) process.exit(run.status ?? 1);
    console.log(`ingest ${name}: ${(ms(started) / 1000).toFixed(1)} s (unchanged documents are skipped)`);
  }
}

const driver = await openDriver(await ensureDatabase(loadConfig(), () => {}));
try {
  const c = await counts(driver);
  const aggregates = Object.values(c.relationships).reduce((a, b) => a + b, 0);
  console.log(
    `graph: ${c.nodes.Document} documents, ${c.nodes.Sentence} sentences, ${c.nodes.Claim} claims, ` +
      `${c.nodes.Actor} actors, ${aggregates} aggregated relationships; median of ${runs} runs after 2 warm-ups`,
  );
  await benchAnalyze();
  const slow = [];
  for (const query of listQueries()) {
    for (const example of query.examples) {
      const assignments = [...example.matchAll(/--param (\S+)/g)].map((m) => m[1]);
      const given = parseAssignments(query.name, assignments);
      const times = [];
      let rows = 0;
      for (let i = 0; i < runs + 2; i++) {
        const started = process.hrtime.bigint();
        rows = (await runNamedQuery(driver, query, given)).rows.length;
        if (i >= 2) times.push(ms(started));
      }
      const m = median(times);
      const label = assignments.join(" ") || "defaults";
      console.log(`query ${query.name.padEnd(24)} ${fmt(m)}  ${String(rows).padStart(5)} rows  (${label})`);
      if (m >= budgetMs) slow.push({ query, params: bindParams(query, given) });
    }
  }
  for (const { query, params } of slow) await printProfile(query, params);
  console.log(
    slow.length === 0 ? `every named query under ${budgetMs} ms` : `${slow.length} over ${budgetMs} ms`,
  );
} finally {
  await driver.close();
}

async function benchAnalyze() {
  const phases = { load: [], compute: [], write: [], total: [] };
  let analysis;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const graph = await loadGraph(driver);
    const t1 = process.hrtime.bigint();
    analysis = analyzeGraph(graph);
    const t2 = process.hrtime.bigint();
    await writeAnalysis(driver, analysis);
    phases.load.push(Number(t1 - t0) / 1e6);
    phases.compute.push(Number(t2 - t1) / 1e6);
    phases.write.push(ms(t2));
    phases.total.push(ms(t0));
  }
  const c = analysis.camps;
  console.log(
    `kg analyze (median of 5): ${fmt(median(phases.total))} = load ${median(phases.load).toFixed(1)} + compute ` +
      `${median(phases.compute).toFixed(1)} + write ${median(phases.write).toFixed(1)} ms; ${analysis.actors.length} actors, ` +
      `${analysis.blocs.filter((b) => b.members.length > 1).length} blocs, frustration ${c.frustration} of ` +
      `${c.signedPairs} signed pairs (${c.exact ? "proven minimal" : `local search, at least ${c.lowerBound}`}), ` +
      `${c.unbalancedTriads.length} unbalanced triads`,
  );
}

/** The query's PROFILE: operators with rows and database hits, to show where the time goes. */
async function printProfile(query, params) {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    const neo4j = (await import("neo4j-driver")).default;
    const typed = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        query.params.find((p) => p.name === k)?.type === "int" ? neo4j.int(v) : v,
      ]),
    );
    const result = await session.run(`PROFILE ${query.cypher}`, typed);
    console.log(`\nPROFILE ${query.name}:`);
    const walk = (plan, depth) => {
      console.log(`${"  ".repeat(depth + 1)}${plan.operatorType}  rows=${plan.rows} dbHits=${plan.dbHits}`);
      for (const child of plan.children) walk(child, depth + 1);
    };
    walk(result.summary.profile, 0);
  } finally {
    await session.close();
  }
}

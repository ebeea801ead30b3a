#!/usr/bin/env node
// Soak (npm run soak): for KG_SOAK_MINUTES (default 10), ingest the shared corpora again and again (every other
// run with --force, so everything is rewritten) into a separate Neo4j, while `kg serve` answers a bounded loop of
// API requests from a second process. Prints requests, p50/p99 latency, errors, memory over time, and whether
// the final counts equal those after the first ingest.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { corpora } from "./corpora.mjs";

const root = resolve(import.meta.dirname, "..");
const minutes = Number(process.env.KG_SOAK_MINUTES ?? 10);
const port = process.env.KG_SOAK_PORT ?? "7696";
const httpPort = process.env.KG_SOAK_HTTP_PORT ?? "5199";
const stateDir = join(root, ".kg", "soak");
const env = { ...process.env, KG_STATE_DIR: stateDir, KG_NEO4J_PORT: port, NEO4J_URI: "" };
const inputs = corpora.map(({ file, args }) => [file, ...args]);
const kgBin = join(root, "bin", "kg.js");

function kg(args) {
  const r = spawnSync(process.execPath, [kgBin, ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0 && r.status !== 3)
    throw new Error(`kg ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// Asynchronous, so the memory sampler and the request figures keep running while an ingest is going on.
function kgAsync(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kgBin, ...args], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) =>
      code === 0 || code === 3
        ? resolve()
        : reject(new Error(`kg ${args.join(" ")} exited ${code}: ${stderr}`)),
    );
  });
}

async function ingest(force) {
  const started = Date.now();
  for (const args of inputs) await kgAsync(["ingest", ...args, "--quiet", ...(force ? ["--force"] : [])]);
  return (Date.now() - started) / 1000;
}

const stats = () => JSON.parse(kg(["stats", "--json"]));
const comparable = (s) =>
  JSON.stringify({ nodes: s.nodes, relationships: s.relationships, claims: s.claimsByRelation });

function rssMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
    return line ? Math.round(Number(line[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

if (!existsSync(join(root, "viewer", "dist", "index.html"))) {
  console.error("soak: the viewer is not built; run npm run build");
  process.exit(2);
}
rmSync(join(stateDir, "neo4j"), { recursive: true, force: true });
kg(["neo4j", "start"]);
const javaPid = Number(readFileSync(join(stateDir, "neo4j.pid"), "utf8").split("\n")[0]);
const server = spawn(process.execPath, [kgBin, "serve", "--port", httpPort], {
  cwd: root,
  env,
  stdio: "ignore",
});
let client;
try {
  console.log(`soak: ${minutes} min, Neo4j ${stateDir} on ${port}, kg serve on ${httpPort}`);
  const first = await ingest(false);
  const reference = stats();
  console.log(
    `first ingest ${first.toFixed(0)} s: ${reference.nodes.Document} documents, ${reference.nodes.Claim} claims`,
  );
  client = spawn(
    process.execPath,
    [join(root, "bench", "soak-client.mjs"), `http://127.0.0.1:${httpPort}`, "4"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let clientOut = "";
  client.stdout.on("data", (c) => (clientOut += c));
  const clientDone = new Promise((r) => client.on("exit", r));
  const memory = [];
  const sample = setInterval(
    () => memory.push({ s: Math.round(process.uptime()), serve: rssMb(server.pid), neo4j: rssMb(javaPid) }),
    30_000,
  );
  const deadline = Date.now() + minutes * 60_000;
  let runs = 0;
  while (Date.now() < deadline) {
    const seconds = await ingest(runs % 2 === 0);
    runs++;
    console.log(`ingest run ${runs}${runs % 2 === 1 ? " (--force)" : ""}: ${seconds.toFixed(0)} s`);
  }
  clearInterval(sample);
  client.kill("SIGTERM");
  await clientDone;
  const load = JSON.parse(clientOut.trim() || "{}");
  const final = stats();
  console.log(`\ningest runs after the first: ${runs}`);
  console.log(
    `API: ${load.requests} requests, ${load.errors} errors${load.errors ? ` (${load.firstErrors.join("; ")})` : ""}, ` +
      `p50 ${load.p50?.toFixed(1)} ms, p99 ${load.p99?.toFixed(1)} ms`,
  );
  console.log(
    `memory (RSS MB, every 30 s): ${memory.map((m) => `${m.s}s serve ${m.serve} neo4j ${m.neo4j}`).join(" | ")}`,
  );
  const same = comparable(final) === comparable(reference);
  console.log(`final counts ${same ? "identical to" : "DIFFERENT from"} one ingest`);
  if (!same) {
    console.log(`after one: ${comparable(reference)}\nfinal:     ${comparable(final)}`);
    process.exitCode = 1;
  }
  if (load.errors) process.exitCode = 1;
} finally {
  client?.kill("SIGTERM");
  server.kill("SIGTERM");
  kg(["neo4j", "stop"]);
}

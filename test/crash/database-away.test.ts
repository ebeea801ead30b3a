// Neo4j killed in the middle of an ingest: the run stops with one clear line, and a rerun completes the graph
// exactly as a clean run leaves it. Runs its own Neo4j (KG_STATE_DIR), since this test kills it.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDriver } from "../../graph/driver.js";
import { localConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { tempDir } from "../ingest/helpers.js";
import { corpusDocument, documentCount, snapshot, type Snapshot } from "./harness.js";

const PREFIX = "kgtest-away-";
const DOCUMENTS = 60;
const work = tempDir("away");
const corpus = join(work.dir, "corpus");
let env: NodeJS.ProcessEnv;
let driver: Driver | undefined;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error()),
      );
    });
  });
}

function kg(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", projectPath("cli", "main.ts"), ...args], {
    cwd: projectPath(),
    env,
    encoding: "utf8",
    timeout: 240_000,
  });
  return { status: r.status, stderr: r.stderr };
}

function ingest(): Promise<{ code: number | null; stderr: string }> {
  const args = [
    "--import",
    "tsx",
    projectPath("cli", "main.ts"),
    "ingest",
    corpus,
    "--batch",
    "1",
    "--workers",
    "1",
  ];
  const child = spawn(process.execPath, args, {
    cwd: projectPath(),
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

async function connect(): Promise<Driver> {
  await driver?.close();
  driver = await openDriver(localConfig(env, port));
  return driver;
}

async function wipe(d: Driver): Promise<void> {
  const session = d.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  port = await freePort();
  env = {
    ...process.env,
    // Its own local Neo4j even when the suite runs against NEO4J_URI: this test kills the server.
    NEO4J_URI: "",
    KG_STATE_DIR: join(work.dir, "state"),
    KG_NEO4J_PORT: String(port),
    KG_NEO4J_HEAP: "512m",
    KG_NEO4J_RETRY_SECONDS: "2",
  };
  mkdirSync(corpus, { recursive: true });
  for (let i = 0; i < DOCUMENTS; i++) writeFileSync(join(corpus, `${PREFIX}${i}.txt`), corpusDocument(i));
  expect(kg(["neo4j", "start"]).status).toBe(0);
}, 240_000);

afterAll(async () => {
  await driver?.close();
  kg(["neo4j", "stop"]);
  work.remove();
}, 120_000);

describe("Neo4j going away mid-ingest", () => {
  it("stops the run with one clear line; a rerun ends as a clean run", { timeout: 600_000 }, async () => {
    const clean = await ingest();
    expect(clean).toMatchObject({ code: 0 });
    const baseline: Snapshot = await snapshot(await connect(), PREFIX);
    expect(baseline.documents).toBe(DOCUMENTS);
    await wipe(driver!);

    const run = ingest();
    while ((await documentCount(driver!, PREFIX)) < 10)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const pid = Number(readFileSync(join(work.dir, "state", "neo4j.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    const broken = await run;
    expect(broken.code).toBe(1);
    const lines = broken.stderr.trim().split("\n");
    expect(lines.at(-1)).toMatch(
      /^kg: lost the connection to Neo4j at bolt:\/\/127\.0\.0\.1:\d+ during the run/,
    );
    expect(broken.stderr).not.toMatch(/\n\s+at /);

    expect(kg(["neo4j", "start"]).status).toBe(0);
    const partial = await documentCount(await connect(), PREFIX);
    expect(partial).toBeGreaterThanOrEqual(10);
    expect(partial).toBeLessThan(DOCUMENTS);
    expect(await ingest()).toMatchObject({ code: 0 });
    expect(await snapshot(driver!, PREFIX)).toEqual(baseline);
  });
});

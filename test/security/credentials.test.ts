// NEO4J_PASSWORD never appears in what kg prints, in its errors, its exports or its logs: unreachable servers, a
// server that refuses the login (a fake Bolt server that did receive the password), one that echoes it, bad URIs.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDriver } from "../../graph/driver.js";
import type { DatabaseConfig } from "../../lib/config.js";
import { DatabaseUnreachableError } from "../../lib/errors.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { removeOwn } from "../ingest/helpers.js";
import { runKg, type Run } from "../hostile/cli.js";
import { startFakeBolt, type Behaviour, type FakeBolt } from "./fake-bolt.js";

// A password no output could contain by chance.
const MARKER = `kgsec-${process.pid}-Pw0rd!marker`;
const PREFIX = "kgtest-credentials-";
const DEAD = "bolt://127.0.0.1:1";

const folder = mkdtempSync(join(tmpdir(), "kg-credentials-"));
const article = join(folder, `${PREFIX}talks.txt`);
writeFileSync(article, "Border talks\nNorway met with Sweden on Tuesday.\n");
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The marker in any of the forms a message could carry it. */
function expectNoMarker(text: string, secret = MARKER): void {
  expect(text).not.toContain(secret);
  expect(text).not.toContain(encodeURIComponent(secret));
  expect(text).not.toContain(Buffer.from(`neo4j:${secret}`).toString("base64"));
}

function expectCleanRun(run: Run, secret = MARKER): void {
  expectNoMarker(run.stdout, secret);
  expectNoMarker(run.stderr, secret);
}

const env = (uri: string, password = MARKER): NodeJS.ProcessEnv => ({
  NEO4J_URI: uri,
  NEO4J_USER: "neo4j",
  NEO4J_PASSWORD: password,
});

// Commands that talk to the database by each path (remove and cypher open it as stats and query do).
const COMMANDS: { name: string; args: string[] }[] = [
  { name: "db check", args: ["db", "check"] },
  { name: "stats", args: ["stats"] },
  { name: "ingest", args: ["ingest", article, "--workers", "1"] },
  { name: "export", args: ["export", "--format", "jsonl"] },
  { name: "query", args: ["query", "allies-of", "--param", "actor=NOR"] },
  { name: "start", args: ["start"] },
];

describe.concurrent("an unreachable NEO4J_URI with NEO4J_PASSWORD set", () => {
  it.each(COMMANDS)(
    "kg $name fails naming the URI, never the password",
    { timeout: 60_000 },
    async ({ args }) => {
      const run = await runKg(args, { env: env(DEAD) });
      expectCleanRun(run);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(`cannot reach Neo4j at ${DEAD}`);
    },
  );

  it("kg extract (no database) prints nothing of it either", async () => {
    const run = await runKg(["extract", article], { env: env(DEAD) });
    expect(run.status).toBe(0);
    expectCleanRun(run);
  });

  it("a password inside the URI is left out of the message", async () => {
    const run = await runKg(["db", "check"], { env: env(`bolt://neo4j:${MARKER}@127.0.0.1:1`) });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `kg: cannot reach Neo4j at ${DEAD}: connection refused (is the server running on that port?)`,
    );
    expectCleanRun(run);
  });

  it("a URI with a wrong scheme and a password is refused without it", async () => {
    const run = await runKg(["db", "check"], { env: env(`http://neo4j:${MARKER}@localhost:7474`) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kg: NEO4J_URI: expected one of bolt:\/\/.*; got http:\/\/localhost:7474\n$/);
    expectCleanRun(run);
  });
});

const SERVERS: { name: string; behaviour: Behaviour; reason: string; sent: boolean }[] = [
  {
    name: "refuses the login",
    behaviour: {
      kind: "refuse",
      code: "Neo.ClientError.Security.Unauthorized",
      message: "The client is unauthorized due to authentication failure.",
    },
    reason: "authentication failed; check NEO4J_USER and NEO4J_PASSWORD",
    sent: true,
  },
  {
    name: "echoes the password in its failure",
    behaviour: {
      kind: "refuse",
      code: "Neo.ClientError.General.Unknown",
      message: `login for neo4j with password ${MARKER} refused`,
    },
    reason: "login for neo4j with password *** refused",
    sent: true,
  },
  {
    name: "hangs up at once",
    behaviour: { kind: "hang-up" },
    reason: "Connection was closed by server",
    sent: false,
  },
  { name: "speaks HTTP", behaviour: { kind: "garbage" }, reason: "Server responded HTTP.", sent: false },
];

describe("a server that", () => {
  let servers: FakeBolt[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it.each(SERVERS)("$name: openDriver's error names the URI and not the password", async (s) => {
    const fake = await startFakeBolt(s.behaviour);
    servers.push(fake);
    const config: DatabaseConfig = {
      kind: "remote",
      uri: fake.uri,
      user: "neo4j",
      password: MARKER,
      database: undefined,
    };
    const error = await openDriver(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toBe(`cannot reach Neo4j at ${fake.uri}: ${s.reason}`);
    // Everything a log line or a crash report could show of the error.
    for (const shown of [
      String(error),
      (error as Error).stack ?? "",
      inspect(error, { depth: 5 }),
      JSON.stringify(error),
    ])
      expectNoMarker(shown);
    // The fake server did receive the password: the test is about a password in play.
    expect(fake.received().includes(Buffer.from(MARKER))).toBe(s.sent);
  });

  it.each(SERVERS.slice(0, 2))(
    "$name: kg ingest exits 1 with one line and not the password",
    { timeout: 60_000 },
    async (s) => {
      const fake = await startFakeBolt(s.behaviour);
      servers.push(fake);
      const run = await runKg(["ingest", article, "--workers", "1"], { env: env(fake.uri) });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`kg: cannot reach Neo4j at ${fake.uri}: ${s.reason}`);
      expectCleanRun(run);
    },
  );
});

describe("the test database reached with NEO4J_PASSWORD set", () => {
  let uri: string;
  let secret = MARKER;
  let password: string;

  beforeAll(async () => {
    const { config, driver } = await testDatabase();
    await removeOwn(driver, PREFIX);
    await driver.close();
    uri = config.uri;
    // The local Neo4j runs without authentication and ignores the password; a real server needs its own.
    if (config.kind === "remote" && config.password !== "") secret = config.password;
    password = secret;
  });

  afterAll(async () => {
    const { driver } = await testDatabase();
    await removeOwn(driver, PREFIX);
    await driver.close();
  });

  it(
    "ingest, stats, db check, export and remove print nothing of it, nor write it in exports",
    { timeout: 120_000 },
    async () => {
      const out = join(folder, "export");
      const runs = [
        await runKg(["ingest", article, "--workers", "1"], { env: env(uri, password) }),
        await runKg(["stats"], { env: env(uri, password) }),
        await runKg(["db", "check"], { env: env(uri, password) }),
        await runKg(["export", "--format", "gexf", "--relations", "meets-with", "--out", `${out}.gexf`], {
          env: env(uri, password),
        }),
        await runKg(["export", "--format", "jsonl", "--relations", "meets-with"], {
          env: env(uri, password),
        }),
        await runKg(["remove", `${PREFIX}talks.txt`], { env: env(uri, password) }),
      ];
      for (const run of runs) {
        expect(run.status, run.stderr).toBe(0);
        expectCleanRun(run, secret);
      }
      // The ingested claim really went through: the runs talked to the database with the password set.
      expect(runs[4]!.stdout).toContain(`${PREFIX}talks.txt`);
      expectNoMarker(readFileSync(`${out}.gexf`, "utf8"), secret);
    },
  );

  it("the local Neo4j's logs and kg's own files never hold it", () => {
    for (const file of filesUnder(projectPath(".kg"))) expectNoMarker(readFileSync(file, "latin1"), secret);
  });
});

/** Log and state files under `dir` (not the database's store files), at most a few MB each. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string): void => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined) return;
    if (info.isDirectory()) {
      if (path.endsWith(join("neo4j", "data"))) return;
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (info.isFile() && info.size < 20 * 1024 * 1024) found.push(path);
  };
  visit(dir);
  return found;
}

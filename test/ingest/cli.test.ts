// `kg ingest`, `kg stats` and `kg remove` as a user runs them (from source, through tsx), against the test database.
import { spawnSync } from "node:child_process";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayUri, type DatabaseConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { ownCounts, removeOwn, tempDir } from "./helpers.js";

// Every document this file stores is named with this prefix, so it cleans only its own data.
const PREFIX = "kgtest-ingestcli-";
const FAKE_PASSWORD = "kgtest-Secr3t-pw";

let driver: Driver;
let config: DatabaseConfig;
const folder = tempDir("ingest-cli");

beforeAll(async () => {
  ({ driver, config } = await testDatabase());
  await removeOwn(driver, PREFIX);
});

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

/** The database as NEO4J_* settings; the local one (auth off) is given a password that must never be printed. */
function databaseEnv(): { env: NodeJS.ProcessEnv; password: string } {
  const password = config.kind === "remote" && config.password !== "" ? config.password : FAKE_PASSWORD;
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: config.uri, NEO4J_PASSWORD: password };
  if (config.kind === "remote") env.NEO4J_USER = config.user;
  return { env, password };
}

function kg(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", projectPath("cli", "main.ts"), ...args], {
    encoding: "utf8",
    env: databaseEnv().env,
    cwd: projectPath(),
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("kg ingest", () => {
  it(
    "stores the good inputs, warns each skipped one with file and line, and exits 3",
    { timeout: 150_000 },
    () => {
      folder.write(
        `${PREFIX}image.txt`,
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00]),
      );
      folder.write(`${PREFIX}empty.txt`, "");
      folder.write(
        `${PREFIX}rows.jsonl`,
        `${JSON.stringify({ text: "Chile attacked Peru's navy near the coast on Tuesday." })}\n{"text": "broken\n`,
      );
      folder.write(
        `${PREFIX}talks.txt`,
        "Talks\nNorway and Sweden agreed to share intelligence on smuggling.\n",
      );
      const run = kg(["ingest", folder.dir, "--workers", "1", "--batch", "2"]);
      expect(run.stderr).toContain(`${PREFIX}rows.jsonl:2`);
      expect(run.stderr).toContain(`${PREFIX}image.txt`);
      expect(run.stderr).toContain(`${PREFIX}empty.txt`);
      expect(run.stderr).toMatch(/documents: 2 new, 0 unchanged, 0 changed, 3 skipped/);
      expect(run.status).toBe(3);
    },
  );

  it("stores nothing twice when run again", { timeout: 150_000 }, async () => {
    const before = await ownCounts(driver, PREFIX);
    expect(before.documents).toBe(2);
    const run = kg(["ingest", folder.dir, "--workers", "1"]);
    expect(run.stderr).toMatch(/documents: 0 new, 2 unchanged, 0 changed, 3 skipped/);
    expect(await ownCounts(driver, PREFIX)).toEqual(before);
  });

  it("prints nothing but the warnings with --quiet", { timeout: 150_000 }, () => {
    const run = kg(["ingest", folder.dir, "--workers", "1", "--quiet"]);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toContain("documents:");
    expect(run.stderr.trim().split("\n")).toHaveLength(3);
    expect(run.status).toBe(3);
  });

  it("rejects a batch size that is not a whole number", { timeout: 150_000 }, () => {
    const run = kg(["ingest", folder.dir, "--batch", "0"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--batch");
  });
});

describe("kg ingest with the user's own dictionaries", () => {
  it(
    "stores claims of a relation type the user's file adds, with --relations before the paths",
    { timeout: 150_000 },
    async () => {
      const dir = tempDir("ingest-user-relations");
      try {
        const relations = dir.write(
          "trade.json",
          JSON.stringify({
            relations: [
              {
                relation: "trades-with",
                polarity: "cooperative",
                symmetric: true,
                cameo: "05",
                triggers: [{ pos: "verb", words: "barter", preps: ["with"], reciprocal: true }],
              },
            ],
          }),
        );
        const docs = tempDir("ingest-user-docs");
        docs.write(`${PREFIX}barter.txt`, "Chile agreed to barter with Peru.\n");
        try {
          const run = kg(["ingest", "--relations", relations, docs.dir, "--workers", "1"]);
          expect(run.stderr).not.toMatch(/not allowed/);
          expect(run.status).toBe(0);
          const { records } = await driver.executeQuery(
            `MATCH (c:Claim {relation: 'trades-with'})-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document {name: $name})
           RETURN c.sourceId + ' ' + c.targetId AS pair`,
            { name: `${PREFIX}barter.txt` },
          );
          expect(records.map((r) => r.get("pair"))).toEqual(["CHL PER"]);
          // Removing it from another process, which has no dictionary, still recomputes that relation's aggregate.
          expect(kg(["remove", `${PREFIX}barter.txt`]).status).toBe(0);
          const left = await driver.executeQuery(
            "MATCH (:Actor {id: 'CHL'})-[r:TRADES_WITH]-(:Actor {id: 'PER'}) RETURN count(r) AS n",
          );
          expect(left.records[0]!.get("n")).toBe(0);
        } finally {
          docs.remove();
        }
      } finally {
        dir.remove();
      }
    },
  );
});

describe("kg stats", () => {
  it("shows counts, top actors and the database URI, never the password", { timeout: 150_000 }, () => {
    const run = kg(["stats"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`database: ${displayUri(config.uri)}`);
    expect(run.stdout).toMatch(/nodes: \d+ documents, \d+ sentences, \d+ claims, \d+ actors/);
    expect(run.stdout).toContain("top actors by degree:");
    expect(run.stdout + run.stderr).not.toContain(databaseEnv().password);
  });

  it("gives the same numbers as JSON", { timeout: 150_000 }, () => {
    const stats = JSON.parse(kg(["stats", "--json"]).stdout) as {
      uri: string;
      nodes: { Document: number };
      topActors: { degree: number }[];
    };
    expect(stats.uri).toBe(displayUri(config.uri));
    expect(stats.nodes.Document).toBeGreaterThanOrEqual(2);
    const degrees = stats.topActors.map((a) => a.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees.length).toBeLessThanOrEqual(10);
  });
});

describe("kg remove", () => {
  it("removes the named documents and reports names that are not stored", { timeout: 150_000 }, async () => {
    const run = kg(["remove", `${PREFIX}talks.txt`, `${PREFIX}rows.jsonl#1`, `${PREFIX}never-stored.txt`]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`not stored: ${PREFIX}never-stored.txt`);
    expect(run.stderr).toContain("removed 2 documents");
    expect(await ownCounts(driver, PREFIX)).toEqual({
      documents: 0,
      sentences: 0,
      claims: 0,
      asserted: 0,
      negated: 0,
    });
  });
});

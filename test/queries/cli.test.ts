// `kg query`, `kg cypher` and `kg analyze` as a user runs them (from source through tsx), on the test database.
import { spawnSync } from "node:child_process";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { loadFixture, type Fixture } from "./fixtures.js";

const PREFIX = "kgtest-querycli-";
const A = "KGQCLI_";

let driver: Driver;
let config: DatabaseConfig;
let fixture: Fixture;

beforeAll(async () => {
  ({ driver, config } = await testDatabase());
  fixture = await loadFixture(driver, PREFIX, A);
}, 240_000);

afterAll(async () => {
  await fixture?.remove();
  await driver?.close();
});

function kg(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: config.uri };
  if (config.kind === "remote")
    Object.assign(env, { NEO4J_USER: config.user, NEO4J_PASSWORD: config.password });
  const run = spawnSync(process.execPath, ["--import", "tsx", projectPath("cli", "main.ts"), ...args], {
    encoding: "utf8",
    env,
    cwd: projectPath(),
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The one line a user error prints: "kg: ..." and nothing else. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith("kg: ")).toBe(true);
  return lines[0]!;
}

describe("kg query", () => {
  it("allies-of IRQ prints Russia, Syria and Iran with their claim counts", () => {
    const run = kg("query", "allies-of", "--param", "actor=IRQ");
    expect(run.status).toBe(0);
    for (const name of ["Russia", "Syria", "Iran"])
      expect(run.stdout).toMatch(
        new RegExp(`^[A-Z_]+\\s+${name}\\s+[a-z, -]*shares-intel-with[a-z, -]*\\s+\\d+`, "m"),
      );
    expect(run.stdout.split("\n")[0]).toMatch(/^id\s+name\s+relations\s+claims/);
  });

  it("--list names every query with its parameters", () => {
    const run = kg("query", "--list");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^allies-of: /m);
    expect(run.stdout).toMatch(/^ {4}actor \(string, required\): /m);
    expect(run.stdout).toMatch(/^new-relations: /m);
  });

  it("--format csv and json give the same rows", () => {
    const args = ["query", "unbalanced-triads", "--param", `actor=${A}A`];
    const csv = kg(...args, "--format", "csv");
    const json = kg(...args, "--format", "json");
    expect(csv.stdout.trim().split("\n")).toEqual([
      "a,b,c,aName,bName,cName,signs,kind",
      `${A}A,${A}B,${A}C,Actor ${A}A,Actor ${A}B,Actor ${A}C,++-,two partners of one actor at odds`,
    ]);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        a: `${A}A`,
        b: `${A}B`,
        c: `${A}C`,
        aName: `Actor ${A}A`,
        bName: `Actor ${A}B`,
        cName: `Actor ${A}C`,
        signs: "++-",
        kind: "two partners of one actor at odds",
      },
    ]);
  });

  it.each([
    [["query", "allies-of"], 2, /^kg: query allies-of: missing required parameter "actor"/],
    [
      ["query", "allies-of", "--param", "actor=IRQ", "--param", "country=IRQ"],
      2,
      /^kg: query allies-of: unknown parameter "country"/,
    ],
    [
      ["query", "allies-of", "--param", "actor=IRQ", "--param", "limit=many"],
      2,
      /^kg: query allies-of: parameter "limit": expected a whole number/,
    ],
    [["query", "no-such-query"], 2, /^kg: no query named "no-such-query"/],
  ])("%j fails with one line and exit code %i", (args, status, message) => {
    const run = kg(...args);
    expect(run.status).toBe(status);
    expect(oneLine(run.stderr)).toMatch(message);
  });
});

describe("kg cypher", () => {
  it("runs a read query with parameters (JSON values, whole numbers as integers)", () => {
    const run = kg(
      "cypher",
      "MATCH (a:Actor {id: $id}) RETURN a.name AS name LIMIT $n",
      "--param",
      "id=IRQ",
      "--param",
      "n=1",
      "--format",
      "json",
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ name: "Iraq" }]);
  });

  it("refuses a write without --write, in one line, and writes nothing", async () => {
    const run = kg("cypher", `MATCH (a:Actor {id: '${A}A'}) SET a.note = 'written'`);
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      "kg: query cypher: the query writes to the database; run it with --write to allow that",
    );
    const { records } = await driver.executeQuery(`MATCH (a:Actor {id: '${A}A'}) RETURN a.note AS note`);
    expect(records[0]!.get("note")).toBeNull();
  });

  it("writes with --write", async () => {
    const run = kg(
      "cypher",
      "--write",
      `MATCH (a:Actor {id: $id}) SET a.note = 'written' RETURN a.note AS note`,
      "--param",
      `id=${A}A`,
    );
    expect(run.status).toBe(0);
    const { records } = await driver.executeQuery(`MATCH (a:Actor {id: '${A}A'}) RETURN a.note AS note`);
    expect(records[0]!.get("note")).toBe("written");
  });

  it("a Cypher error is one line from Neo4j", () => {
    const run = kg("cypher", "MATCH (a:Actor RETURN a");
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^kg: query cypher: Invalid input/);
  });
});

describe("kg analyze", () => {
  it("--no-write prints the report: blocs, camps with the frustration index, rankings, triads", () => {
    const run = kg("analyze", "--no-write", "--top", "3");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^blocs \(Louvain communities of the cooperative relations\): \d+/m);
    expect(run.stdout).toMatch(/frustration index: \d+ of \d+ signed pairs/);
    expect(run.stdout).toMatch(/^top actors by PageRank:/m);
    expect(run.stdout).toMatch(/^unbalanced triads: \d+ of \d+ triangles/m);
  });

  it("refuses a bad option value in one line", () => {
    const run = kg("analyze", "--seed", "x");
    expect(run.status).toBe(2);
    expect(oneLine(run.stderr)).toMatch(/--seed must be a whole number/);
  });
});

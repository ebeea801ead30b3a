// `kg export` as a user runs it (from source through tsx): files written, usage errors in one line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { tempDir } from "../ingest/helpers.js";

let config: DatabaseConfig;
const out = tempDir("export-cli");

beforeAll(async () => {
  const db = await testDatabase();
  config = db.config;
  await db.driver.close();
});

afterAll(() => out.remove());

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

describe("kg export", () => {
  it("--format gexf --out writes a file graphology reads back, and says what it wrote", () => {
    const file = join(out.dir, "net.gexf");
    const run = kg("export", "--format", "gexf", "--out", file, "--min-count", "1");
    expect(run.status).toBe(0);
    const graph = parseGexf(MultiGraph, readFileSync(file, "utf8"));
    expect(run.stderr).toMatch(
      new RegExp(`^kg: wrote ${graph.size} edges between ${graph.order} actors to `),
    );
  });

  it("--format csv --out x.csv writes the nodes table to x.nodes.csv", () => {
    const file = join(out.dir, "edges.csv");
    expect(kg("export", "--format", "csv", "--out", file, "--polarity", "hostile").status).toBe(0);
    expect(readFileSync(file, "utf8").split("\n")[0]).toMatch(/^source,source_name,relation/);
    expect(existsSync(join(out.dir, "edges.nodes.csv"))).toBe(true);
  });

  it.each([
    [[], /^kg: give --format \(or --site DIR\)$/],
    [["--format", "jsonl", "--min-count", "2"], /^kg: --min-count and --limit apply to edges/],
    [["--format", "gexf", "--modalities", "asserted,maybe"], /^kg: --modalities: maybe is not one of/],
    [["--format", "gexf", "--from", "last week"], /^kg: --from: expected an ISO 8601 date/],
  ])("%j is a usage error in one line (exit 2)", (args, message) => {
    const run = kg("export", ...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

// `kg ingest` of a folder of hostile inputs into the real Neo4j: each bad input is warned with its file (and line),
// the run exits 3, and every readable document of the folder is stored with its claims.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../lib/config.js";
import { testDatabase } from "../graph/helpers.js";
import { ownCounts, removeOwn } from "../ingest/helpers.js";
import { CORPUS, runKg, warningsOf, type Run } from "./cli.js";

// Every document this file stores is named with this prefix, so it reads and cleans only its own data.
const PREFIX = "kgtest-hostile-";

// The corpus files copied under the prefix, and the documents each must give.
const READABLE: Record<string, string[]> = {
  "invalid-utf8.txt": [""],
  "windows-1252.txt": [""],
  "utf16le-bom.txt": [""],
  "utf16be-bom.txt": [""],
  "crlf.txt": [""],
  "lone-cr.txt": [""],
  "zero-width.txt": [""],
  "bidi.txt": [""],
  "script.html": [""],
  "broken.jsonl": ["#1", "#4", "#7"],
  "unbalanced.csv": ["#1", "#5"],
};
const SKIPPED = ["binary.png", "empty.txt", "missing-column.csv"];

let driver: Driver;
let config: DatabaseConfig;
let run: Run;
const folder = mkdtempSync(join(tmpdir(), "kg-hostile-ingest-"));

beforeAll(async () => {
  ({ driver, config } = await testDatabase());
  await removeOwn(driver, PREFIX);
  for (const file of [...Object.keys(READABLE), ...SKIPPED])
    copyFileSync(join(CORPUS, file), join(folder, PREFIX + file));
  writeFileSync(join(folder, `${PREFIX}nested.html`), `${"<b>".repeat(50_000)}Norway attacked Sweden.`);
  writeFileSync(join(folder, `${PREFIX}big.txt`), "Norway attacked Sweden. ".repeat(200_000));
  mkdirSync(join(folder, "loop"));
  symlinkSync("..", join(folder, "loop", "up"));
  const env: NodeJS.ProcessEnv = { NEO4J_URI: config.uri };
  if (config.kind === "remote")
    Object.assign(env, { NEO4J_USER: config.user, NEO4J_PASSWORD: config.password });
  run = await runKg(["ingest", folder, join(folder, "missing.txt"), "--workers", "1", "--batch", "3"], {
    env,
    timeoutMs: 110_000,
  });
}, 120_000);

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("kg ingest of a folder of hostile inputs", () => {
  it("warns each bad input with its file, and exits 3", () => {
    const warnings = warningsOf(run).map((w) => w.replaceAll(folder, "<dir>"));
    expect(warnings).toEqual([
      `kg: skipped <dir>/${PREFIX}big.txt: too large for one document (4.6 MB; the limit is 4 MB); skipped: split it, e.g. one document per row of a JSONL or CSV file`,
      `kg: skipped <dir>/${PREFIX}binary.png: binary file (contains NUL bytes)`,
      `kg: skipped <dir>/${PREFIX}broken.jsonl:2: malformed JSON (Expected double-quoted property name in JSON at position 33)`,
      `kg: skipped <dir>/${PREFIX}broken.jsonl:3: not a JSON object`,
      `kg: skipped <dir>/${PREFIX}broken.jsonl:6: empty "text" value`,
      `kg: skipped <dir>/${PREFIX}broken.jsonl:8: malformed JSON (Unterminated string in JSON at position 19)`,
      `kg: skipped <dir>/${PREFIX}empty.txt: empty`,
      `kg: skipped <dir>/${PREFIX}missing-column.csv: no column "text" (columns: id, headline, body); file skipped`,
      `kg: skipped <dir>/${PREFIX}nested.html: HTML nested deeper than 400 elements (unclosed tags?); skipped`,
      `kg: skipped <dir>/${PREFIX}unbalanced.csv:3: row has 1 fields, the header has 2; row skipped`,
      `kg: skipped <dir>/${PREFIX}unbalanced.csv:4: row has 3 fields, the header has 2; row skipped`,
      `kg: skipped <dir>/${PREFIX}unbalanced.csv:5: unbalanced quotes (a quoted field never closes); row skipped, reading goes on at line 6`,
      `kg: skipped <dir>/loop/up: same folder as <dir> (already read; a symlink loop or a repeated path)`,
      `kg: skipped <dir>/missing.txt: no such file or folder (or a broken symlink)`,
    ]);
    expect(run.stderr).toMatch(/documents: 14 new, 0 unchanged, 0 changed, 14 skipped/);
    expect(run.status).toBe(3);
  });

  it("stores every readable document of the folder, with its claims", async () => {
    const expected = Object.entries(READABLE).flatMap(([file, rows]) =>
      rows.map((row) => PREFIX + file + row),
    );
    const { records } = await driver.executeQuery(
      "MATCH (d:Document) WHERE d.name STARTS WITH $prefix RETURN d.name AS name ORDER BY name",
      { prefix: PREFIX },
    );
    expect(records.map((r) => r.get("name") as string)).toEqual(expected.sort());
    const counts = await ownCounts(driver, PREFIX);
    expect(counts.claims).toBeGreaterThanOrEqual(16);
  });

  it("keeps the text of scripts and attributes out of the claims", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Actor {id: 'SWE'})<-[:SOURCE]-(c:Claim {relation: 'fights'})-[:TARGET]->(:Actor {id: 'NOR'}),
             (c)-[:EVIDENCE]->(:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $prefix
       RETURN count(c) AS n`,
      { prefix: PREFIX },
    );
    expect(records[0]!.get("n")).toBe(0);
    const html = await driver.executeQuery(
      `MATCH (d:Document {name: $name})<-[:IN]-(s:Sentence) WITH s ORDER BY s.index RETURN collect(s.text) AS texts`,
      { name: `${PREFIX}script.html` },
    );
    expect(html.records[0]!.get("texts")).toEqual(["Chile met with Peru.", "Norway attacked Sweden."]);
  });
});

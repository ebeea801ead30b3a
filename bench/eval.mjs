#!/usr/bin/env node
// Runs `kg extract` on every shared gold set and prints the scorer's summary lines (npm run eval).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const goldRoot = process.env.KG_GOLD ?? join(process.cwd(), "..", "shared", "gold");
if (!existsSync(goldRoot)) {
  console.error(`eval: no gold sets at ${goldRoot} (set KG_GOLD)`);
  process.exit(2);
}
const verbose = process.argv.includes("--verbose");
const out = mkdtempSync(join(tmpdir(), "kg-eval-"));
for (const set of readdirSync(goldRoot).sort()) {
  const gold = join(goldRoot, set, "gold.jsonl");
  if (!existsSync(gold)) continue;
  const records = execFileSync("node", ["bin/kg.js", "extract", join(goldRoot, set, "docs")], {
    maxBuffer: 1 << 28,
  });
  const file = join(out, `${set}.jsonl`);
  writeFileSync(file, records);
  const report = execFileSync("node", [join(goldRoot, "score.mjs"), gold, file], { encoding: "utf8" });
  const lines = report.trim().split("\n");
  console.log(`== ${set}`);
  console.log((verbose ? lines : lines.filter((l) => /^(records|relaxed|strict):/.test(l))).join("\n"));
}

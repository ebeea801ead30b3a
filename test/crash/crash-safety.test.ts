// Kill -9 during ingest, and two ingests at once: either way the graph ends exactly as one clean run leaves it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../lib/config.js";
import { testDatabase } from "../graph/helpers.js";
import { removeOwn, tempDir } from "../ingest/helpers.js";
import {
  corpusDocument,
  documentCount,
  seeded,
  snapshot,
  startIngest,
  waitForDocuments,
  type Snapshot,
} from "./harness.js";

const PREFIX = "kgtest-crash-";
const DOCUMENTS = 96;
// `npm run soak` raises these: KG_CRASH_POINTS=12 kills, KG_CRASH_SEED to replay a schedule.
const POINTS = Number(process.env.KG_CRASH_POINTS ?? 3);
const SEED = Number(process.env.KG_CRASH_SEED ?? 20261124);

let driver: Driver;
let config: DatabaseConfig;
let baseline: Snapshot;
let before: Snapshot;
const work = tempDir("crash");
const all = join(work.dir, "all");

/** Writes documents [from, to) of the corpus into `dir`. */
function writeCorpus(dir: string, from: number, to: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++)
    writeFileSync(join(dir, `${PREFIX}${String(i).padStart(3, "0")}.txt`), corpusDocument(i));
  return dir;
}

const env = (): NodeJS.ProcessEnv => ({ ...process.env, NEO4J_URI: config.uri });

beforeAll(async () => {
  ({ driver, config } = await testDatabase());
  await removeOwn(driver, PREFIX);
  writeCorpus(all, 0, DOCUMENTS);
  before = await snapshot(driver, PREFIX);
});

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver.close();
  work.remove();
});

describe("ingest under crashes and concurrency", () => {
  it("an uninterrupted run stores the corpus (the baseline)", { timeout: 120_000 }, async () => {
    const run = await startIngest([all], env()).done;
    expect(run).toMatchObject({ code: 0, signal: null });
    baseline = await snapshot(driver, PREFIX);
    expect(baseline.documents).toBe(DOCUMENTS);
    expect(baseline.claims.length).toBeGreaterThan(DOCUMENTS * 2);
    expect(baseline.claims.some((c) => c.includes("|negated|"))).toBe(true);
    expect(baseline.aggregates.length).toBeGreaterThan(0);

    await removeOwn(driver, PREFIX);
    // Removing the corpus takes its aggregates and actors with it: the graph is as before the run (a database
    // that also holds other news may keep some of these actors and relations of its own).
    expect(await snapshot(driver, PREFIX)).toEqual(before);
  });

  it(
    `killed with SIGKILL at ${POINTS} points and run again, ends as the clean run`,
    { timeout: 600_000 },
    async () => {
      const random = seeded(SEED);
      let kills = 0;
      for (let k = 0; k < POINTS; k++) {
        const stored = await documentCount(driver, PREFIX);
        const run = startIngest([all], env(), 1 + (k % 3));
        // Half the kills land at a random moment (start-up, extraction, a write in flight), half once more
        // documents are stored, so later kills reach later parts of the corpus.
        const reached =
          k % 2 === 0
            ? await Promise.race([
                new Promise<boolean>((resolve) => setTimeout(() => resolve(true), random() * 1800)),
                run.done.then(() => false),
              ])
            : await waitForDocuments(driver, PREFIX, stored + 1 + Math.floor(random() * 6), run);
        if (reached && run.child.kill("SIGKILL")) kills++;
        if (process.env.KG_CRASH_LOG) console.error(`kill ${k}: ${stored} stored before, killed ${reached}`);
        const end = await run.done;
        if (end.signal !== "SIGKILL") expect(end).toMatchObject({ code: 0 });
      }
      expect(kills).toBeGreaterThan(0);

      const resumed = await startIngest([all], env()).done;
      expect(resumed).toMatchObject({ code: 0, signal: null });
      expect(await snapshot(driver, PREFIX)).toEqual(baseline);
    },
  );

  it("two runs over overlapping folders at once end as one clean run", { timeout: 300_000 }, async () => {
    await removeOwn(driver, PREFIX);
    const left = writeCorpus(join(work.dir, "left"), 0, 60);
    const right = writeCorpus(join(work.dir, "right"), 36, DOCUMENTS);
    const runs = await Promise.all([startIngest([left], env(), 1).done, startIngest([right], env(), 1).done]);
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0, signal: null });
    expect(await snapshot(driver, PREFIX)).toEqual(baseline);
  });
});

// kg analyze end to end on the test database: the sample articles plus a two-camp structure of our own actors
// (KGAN_...); the results land on the :Actor nodes. Other test files write too, so only our actors' values and
// the presence of values on the sample actors are checked.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analyzeStore,
  readAnalysisSummary,
  writeAnalysis,
  type AllianceAnalysis,
} from "../../graph/analytics/index.js";
import { writeDocuments } from "../../graph/store.js";
import { projectPath } from "../../lib/paths.js";
import { cleanUp, documentOf, testDatabase } from "../graph/helpers.js";
import { ingestPaths, removeOwn, tempDir } from "../ingest/helpers.js";

const PREFIX = "kgtest-analyze-";
const A = "KGAN_";
const SAMPLE_ACTORS = ["IRQ", "RUS", "SYR", "IRN", "USA", "ISLAMIC_STATE"];

let driver: Driver;
let analysis: AllianceAnalysis;
const started = new Date().toISOString();

async function removeAll(): Promise<void> {
  await removeOwn(driver, PREFIX);
  await cleanUp(driver, PREFIX, A);
}

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeAll();
  const folder = tempDir("analyze");
  try {
    const paths = ["iraq-intelligence-cell.txt", "us-russia-intelligence.txt"].map((name) => {
      const copy = join(folder.dir, `${PREFIX}${name}`);
      copyFileSync(projectPath("samples", name), copy);
      return copy;
    });
    await ingestPaths(driver, paths);
  } finally {
    folder.remove();
  }
  // Two camps: partners X1+X2 and Y1+Y2, enemies across.
  await writeDocuments(driver, [
    documentOf(`${PREFIX}camps`, `${PREFIX}camps-v1`, [
      { source: `${A}X1`, relation: "cooperates-with", target: `${A}X2`, sentence: 0 },
      { source: `${A}Y1`, relation: "cooperates-with", target: `${A}Y2`, sentence: 1 },
      { source: `${A}X1`, relation: "fights", target: `${A}Y1`, sentence: 2 },
      { source: `${A}Y2`, relation: "opposes", target: `${A}X2`, sentence: 3 },
      // Only a negated claim: no aggregated relation, so Z1 and Z2 are not analysed.
      { source: `${A}Z1`, relation: "fights", target: `${A}Z2`, sentence: 4, modality: "negated" },
    ]),
  ]);
  analysis = await analyzeStore(driver);
}, 240_000);

afterAll(async () => {
  await removeAll();
  await driver?.close();
});

async function stored(ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id MATCH (a:Actor {id: id})
     RETURN a.id AS id, a {.bloc, .camp, .degree, .pagerank, .betweenness} AS values`,
    { ids },
  );
  return new Map(records.map((r) => [r.get("id") as string, r.get("values") as Record<string, unknown>]));
}

describe("kg analyze on the stored graph", () => {
  it("analyses every actor of the aggregated relations, ours and the samples' among them", () => {
    const analysed = new Set(analysis.actors.map((a) => a.id));
    for (const id of [...SAMPLE_ACTORS, `${A}X1`, `${A}Y2`]) expect(analysed).toContain(id);
    expect(analysis.edges).toBeGreaterThanOrEqual(8);
  });

  it("splits our structure into its two camps and two blocs, exactly and without frustration", () => {
    const ours = analysis.actors.filter((a) => a.id.startsWith(A));
    const by = new Map(ours.map((a) => [a.id, a]));
    expect(by.get(`${A}X1`)!.camp).toBe(by.get(`${A}X2`)!.camp);
    expect(by.get(`${A}Y1`)!.camp).toBe(by.get(`${A}Y2`)!.camp);
    expect(by.get(`${A}X1`)!.camp).not.toBe(by.get(`${A}Y1`)!.camp);
    expect(by.get(`${A}X1`)!.bloc).toBe(by.get(`${A}X2`)!.bloc);
    expect(by.get(`${A}X1`)!.bloc).not.toBe(by.get(`${A}Y1`)!.bloc);
    const component = analysis.camps.components.find((c) => c.actors.includes(`${A}X1`))!;
    expect(component).toEqual({
      actors: [`${A}X1`, `${A}X2`, `${A}Y1`, `${A}Y2`],
      frustration: 0,
      exact: true,
    });
  });

  it("writes bloc, camp, degree (integers), pagerank and betweenness to the actors", async () => {
    const values = await stored([...SAMPLE_ACTORS, `${A}X1`]);
    for (const id of [...SAMPLE_ACTORS, `${A}X1`]) {
      const v = values.get(id)!;
      expect(Number.isInteger(v.bloc), id).toBe(true);
      expect([0, 1]).toContain(v.camp);
      expect(v.degree as number).toBeGreaterThanOrEqual(1);
      expect(v.pagerank as number).toBeGreaterThan(0);
      expect(v.betweenness as number).toBeGreaterThanOrEqual(0);
    }
    expect(values.get(`${A}X1`)!.degree).toBe(2);
  });

  it("records when it ran and the network's frustration in (:Analysis {id: 'alliance'})", async () => {
    const summary = (await readAnalysisSummary(driver))!;
    expect(summary.analyzedAt >= started).toBe(true);
    expect(summary.actors).toBeGreaterThanOrEqual(10);
    expect(summary.frustration).toBeGreaterThanOrEqual(0);
    expect(summary.filter).toBe("{}");
  });

  it("clears stale values from actors without relations, and keeps those of actors with relations", async () => {
    await driver.executeQuery(`MATCH (a:Actor {id: $id}) SET a.bloc = 7, a.camp = 1`, { id: `${A}Z1` });
    // A whole-graph analysis that analysed nobody: only actors without relations lose their values.
    await writeAnalysis(driver, { ...analysis, actors: [] });
    const values = await stored([`${A}Z1`, `${A}X1`]);
    expect(values.get(`${A}Z1`)).toEqual({
      bloc: null,
      camp: null,
      degree: null,
      pagerank: null,
      betweenness: null,
    });
    expect(values.get(`${A}X1`)!.camp).toBe(analysis.actors.find((a) => a.id === `${A}X1`)!.camp);
  });
});

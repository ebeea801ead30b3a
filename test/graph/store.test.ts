// The graph store against a real Neo4j: writes, idempotence, replacement, removal, aggregates and reads.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  counts,
  documentHashes,
  evidenceForPair,
  loadGraph,
  relationsOfActor,
  removeDocuments,
  writeActors,
  writeDocuments,
} from "../../graph/store.js";
import { cleanUp, documentOf, testDatabase } from "./helpers.js";

// Everything this file writes carries these prefixes, so it cleans only its own data.
const DOC = "test-store/";
const A = "TSTORE_A";
const B = "TSTORE_B";
const C = "TSTORE_C";

let driver: Driver;

beforeAll(async () => {
  ({ driver } = await testDatabase());
});

beforeEach(async () => {
  await cleanUp(driver, DOC, "TSTORE_");
});

afterAll(async () => {
  await cleanUp(driver, DOC, "TSTORE_");
  await driver.close();
});

interface Aggregate {
  type: string;
  source: string;
  target: string;
  count: number;
  docs: number;
  firstSeen: string | null;
  lastSeen: string | null;
  symmetric: boolean;
  polarity: string;
}

async function aggregates(): Promise<Aggregate[]> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Actor)-[r]->(t:Actor) WHERE s.id STARTS WITH 'TSTORE_'
     RETURN type(r) AS type, s.id AS source, t.id AS target, r.count AS count, r.docs AS docs,
            r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.symmetric AS symmetric, r.polarity AS polarity
     ORDER BY type, source, target`,
  );
  return records.map((r) => r.toObject() as Aggregate);
}

async function ownCounts(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (d:Document) WHERE d.name STARTS WITH $doc
     WITH count(d) AS documents
     OPTIONAL MATCH (s:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $doc
     WITH documents, count(s) AS sentences
     OPTIONAL MATCH (c:Claim)-[:SOURCE]->(a:Actor) WHERE a.id STARTS WITH 'TSTORE_'
     WITH documents, sentences, count(c) AS claims
     OPTIONAL MATCH (a:Actor) WHERE a.id STARTS WITH 'TSTORE_'
     WITH documents, sentences, claims, count(a) AS actors
     RETURN documents, sentences, claims, actors`,
    { doc: DOC },
  );
  return records[0]!.toObject() as Record<string, number>;
}

const FIRST = documentOf(
  `${DOC}one.txt`,
  "hash-one-v1",
  [
    { source: A, relation: "supports", target: B, sentence: 0, via: "A Minister" },
    { source: A, relation: "supports", target: B, sentence: 1 },
    { source: B, relation: "fights", target: C, sentence: 2 },
  ],
  "2015-10-01",
);
const SECOND = documentOf(
  `${DOC}two.txt`,
  "hash-two-v1",
  [{ source: A, relation: "supports", target: B, sentence: 0 }],
  "2015-11-20",
);

describe("writeDocuments", () => {
  it("writes a batch and reads it back", async () => {
    const summary = await writeDocuments(driver, [FIRST, SECOND]);
    expect(summary).toMatchObject({ documents: 2, claims: 4, claimsRemoved: 0 });
    expect(await ownCounts()).toEqual({ documents: 2, sentences: 4, claims: 4, actors: 3 });
    expect(await aggregates()).toEqual([
      expect.objectContaining({
        type: "FIGHTS",
        source: B,
        target: C,
        count: 1,
        docs: 1,
        polarity: "hostile",
      }),
      expect.objectContaining({
        type: "SUPPORTS",
        source: A,
        target: B,
        count: 3,
        docs: 2,
        firstSeen: "2015-10-01",
        lastSeen: "2015-11-20",
        symmetric: false,
      }),
    ]);
    const hashes = await documentHashes(driver, [FIRST.name, SECOND.name, `${DOC}absent.txt`]);
    expect(Object.fromEntries(hashes)).toEqual({ [FIRST.name]: "hash-one-v1", [SECOND.name]: "hash-two-v1" });
  });

  it("is idempotent: writing the same documents again changes no count", async () => {
    await writeDocuments(driver, [FIRST, SECOND]);
    const before = { nodes: await ownCounts(), edges: await aggregates() };
    await writeDocuments(driver, [FIRST, SECOND]);
    await writeDocuments(driver, [SECOND]);
    expect({ nodes: await ownCounts(), edges: await aggregates() }).toEqual(before);
  });

  it("replaces the sentences and claims of a document whose content changed, with exact aggregates", async () => {
    await writeDocuments(driver, [FIRST, SECOND]);
    const changed = documentOf(
      FIRST.name,
      "hash-one-v2",
      [
        { source: A, relation: "supports", target: B, sentence: 0 },
        { source: A, relation: "opposes", target: B, sentence: 1 },
      ],
      "2015-10-02",
    );
    const summary = await writeDocuments(driver, [changed]);
    expect(summary.claimsRemoved).toBe(3);
    expect(await ownCounts()).toEqual({ documents: 2, sentences: 3, claims: 3, actors: 2 });
    expect(
      (await aggregates()).map((a) => [a.type, a.source, a.target, a.count, a.docs, a.firstSeen]),
    ).toEqual([
      ["OPPOSES", A, B, 1, 1, "2015-10-02"],
      ["SUPPORTS", A, B, 2, 2, "2015-10-02"],
    ]);
    expect(Object.fromEntries(await documentHashes(driver, [FIRST.name]))).toEqual({
      [FIRST.name]: "hash-one-v2",
    });
  });

  it("drops claims a re-extraction of unchanged content no longer yields", async () => {
    await writeDocuments(driver, [FIRST]);
    await writeDocuments(driver, [{ ...FIRST, records: FIRST.records.slice(0, 1) }]);
    expect((await aggregates()).map((a) => [a.type, a.count])).toEqual([["SUPPORTS", 1]]);
    expect((await ownCounts()).claims).toBe(1);
  });

  it("stores a symmetric relation once per pair, whichever way the records name it", async () => {
    const doc = documentOf(`${DOC}sym.txt`, "hash-sym", [
      { source: B, relation: "shares-intel-with", target: A, sentence: 0 },
      { source: A, relation: "shares-intel-with", target: B, sentence: 1 },
      { source: A, relation: "shares-intel-with", target: B, sentence: 0 },
    ]);
    await writeDocuments(driver, [doc]);
    const edges = await aggregates();
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      type: "SHARES_INTEL_WITH",
      source: A,
      target: B,
      count: 2,
      symmetric: true,
    });
    expect((await ownCounts()).claims).toBe(2);
  });

  it("counts only asserted and intended claims towards the aggregates", async () => {
    const doc = documentOf(`${DOC}modality.txt`, "hash-modality", [
      { source: A, relation: "threatens", target: B, sentence: 0, modality: "asserted" },
      { source: A, relation: "threatens", target: B, sentence: 1, modality: "intended" },
      { source: A, relation: "threatens", target: B, sentence: 2, modality: "negated" },
      { source: A, relation: "threatens", target: B, sentence: 3, modality: "hypothetical" },
      { source: B, relation: "sanctions", target: A, sentence: 4, modality: "hypothetical" },
    ]);
    await writeDocuments(driver, [doc]);
    expect((await aggregates()).map((a) => [a.type, a.source, a.count])).toEqual([["THREATENS", A, 2]]);
    expect((await ownCounts()).claims).toBe(5);
  });

  it("keeps counts exact when several writers add claims for the same pair at once", async () => {
    const docs = Array.from({ length: 6 }, (_, i) =>
      documentOf(`${DOC}race-${i}.txt`, `hash-race-${i}`, [
        { source: A, relation: "meets-with", target: B, sentence: 0 },
      ]),
    );
    await Promise.all(docs.map((doc) => writeDocuments(driver, [doc])));
    expect((await aggregates()).map((a) => [a.type, a.count, a.docs])).toEqual([["MEETS_WITH", 6, 6]]);
  });
});

describe("removeDocuments", () => {
  it("deletes documents, their sentences and claims, recomputes aggregates and drops orphaned actors", async () => {
    await writeDocuments(driver, [FIRST, SECOND]);
    expect(await removeDocuments(driver, [FIRST.name, `${DOC}never-written.txt`])).toBe(1);
    expect(await ownCounts()).toEqual({ documents: 1, sentences: 1, claims: 1, actors: 2 });
    expect((await aggregates()).map((a) => [a.type, a.count, a.docs, a.firstSeen])).toEqual([
      ["SUPPORTS", 1, 1, "2015-11-20"],
    ]);
    await removeDocuments(driver, [SECOND.name]);
    expect(await ownCounts()).toEqual({ documents: 0, sentences: 0, claims: 0, actors: 0 });
    expect(await aggregates()).toEqual([]);
  });
});

describe("removing many documents at once", () => {
  it("removes them all, a hundred per transaction, with exact aggregates", { timeout: 120_000 }, async () => {
    const docs = Array.from({ length: 250 }, (_, i) =>
      documentOf(`${DOC}many-${i}.txt`, `hash-many-${i}`, [
        { source: A, relation: "fights", target: B, sentence: 0 },
      ]),
    );
    await writeDocuments(driver, docs, { batchSize: 200 });
    expect((await aggregates()).map((a) => [a.type, a.count])).toEqual([["FIGHTS", 250]]);
    const names = docs.map((d) => d.name);
    expect(await removeDocuments(driver, [...names.slice(0, 240), names[0]!])).toBe(240);
    expect((await aggregates()).map((a) => [a.type, a.count, a.docs])).toEqual([["FIGHTS", 10, 10]]);
    expect(await removeDocuments(driver, names)).toBe(10);
    expect(await ownCounts()).toEqual({ documents: 0, sentences: 0, claims: 0, actors: 0 });
  });
});

describe("reads", () => {
  it("loads the aggregated graph into graphology, filtered", async () => {
    await writeDocuments(driver, [FIRST, SECOND]);
    const all = await loadGraph(driver);
    expect(all.hasEdge(`${A}|supports|${B}`)).toBe(true);
    expect(all.getEdgeAttributes(`${A}|supports|${B}`)).toMatchObject({
      count: 3,
      docs: 2,
      polarity: "cooperative",
    });
    expect(all.getNodeAttributes(A)).toEqual({ name: `Actor ${A}`, type: "state" });

    const hostile = await loadGraph(driver, { polarity: "hostile" });
    expect(hostile.hasEdge(`${B}|fights|${C}`)).toBe(true);
    expect(hostile.hasEdge(`${A}|supports|${B}`)).toBe(false);

    const frequent = await loadGraph(driver, { relations: ["supports", "fights"], minCount: 2 });
    expect(frequent.hasEdge(`${A}|supports|${B}`)).toBe(true);
    expect(frequent.hasEdge(`${B}|fights|${C}`)).toBe(false);
  });

  it("counts edges from the claims in a date range", async () => {
    await writeDocuments(driver, [FIRST, SECOND]);
    const november = await loadGraph(driver, { from: "2015-11-01", to: "2015-11-30" });
    expect(november.getEdgeAttributes(`${A}|supports|${B}`)).toMatchObject({
      count: 1,
      firstSeen: "2015-11-20",
    });
    expect(november.hasNode(C)).toBe(false);
    const october = await loadGraph(driver, { to: "2015-10-01" });
    expect(october.getEdgeAttributes(`${A}|supports|${B}`)).toMatchObject({
      count: 2,
      lastSeen: "2015-10-01",
    });
  });

  it("returns evidence with sentence text, document name and date", async () => {
    await writeDocuments(driver, [FIRST, SECOND]);
    const pair = await evidenceForPair(driver, B, A);
    expect(pair).toHaveLength(3);
    expect(pair[0]).toMatchObject({
      relation: "supports",
      source: { id: A, name: `Actor ${A}` },
      target: { id: B },
      date: "2015-11-20",
      doc: { name: SECOND.name, title: `Title of ${SECOND.name}`, date: "2015-11-20" },
      sentence: { index: 0, text: `Sentence 0 of ${SECOND.name}.`, start: 0, end: 40 },
    });
    const withVia = pair.find((e) => e.doc.name === FIRST.name && e.sentence.index === 0);
    expect(withVia?.via).toBe("A Minister");

    const page = await relationsOfActor(driver, B, { skip: 1, limit: 2 });
    const everything = await relationsOfActor(driver, B);
    expect(everything.map((e) => e.claimId)).toHaveLength(4);
    expect(page.map((e) => e.claimId)).toEqual(everything.slice(1, 3).map((e) => e.claimId));
    expect(typeof page[0]?.sentence.index).toBe("number");
  });

  it("reports counts by label, aggregated relationship type, relation and modality", async () => {
    const before = await counts(driver);
    await writeDocuments(driver, [FIRST, SECOND]);
    const after = await counts(driver);
    expect(after.nodes.Document - before.nodes.Document).toBe(2);
    expect(after.nodes.Claim - before.nodes.Claim).toBe(4);
    expect((after.relationships.SUPPORTS ?? 0) - (before.relationships.SUPPORTS ?? 0)).toBe(1);
    expect((after.claimsByRelation.supports ?? 0) - (before.claimsByRelation.supports ?? 0)).toBe(3);
    expect((after.claimsByModality.asserted ?? 0) - (before.claimsByModality.asserted ?? 0)).toBe(4);
  });

  it("stores dictionary aliases on actors without losing them on later writes", async () => {
    await writeActors(driver, [{ id: A, name: `Actor ${A}`, type: "state", aliases: ["Alpha", "The A"] }]);
    await writeDocuments(driver, [FIRST]);
    const { records } = await driver.executeQuery("MATCH (a:Actor {id: $id}) RETURN a.aliases AS aliases", {
      id: A,
    });
    expect(records[0]?.get("aliases")).toEqual(["Alpha", "The A"]);
  });
});

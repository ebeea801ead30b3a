// The JSON API on the real store: the sample articles and a dated fixture of this file's own, through inject.
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ActorResponse,
  ApiEdge,
  EvidencePage,
  GraphResponse,
  MetaResponse,
  SearchResponse,
} from "../../lib/api-contract.js";
import { createServer } from "../../server/index.js";
import { testDatabase } from "../graph/helpers.js";
import { removeOwn, tempDir } from "../ingest/helpers.js";
import { expectApiError, fixtureActors, get, ingestSamples, viewerStub, writeFixture } from "./helpers.js";

const PREFIX = "kgtest-server-api-";
const ACTORS = "KGSRVAPI_";
const { A, B, C, D } = fixtureActors(ACTORS);
// Only the fixture is dated in these years: a date range isolates it from what other test files store.
const FIXTURE_YEARS = "from=1901-01-01&to=1902-12-31";

let driver: Driver;
let app: FastifyInstance;
const folder = tempDir("server-api");

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  await ingestSamples(driver, PREFIX, folder);
  await writeFixture(driver, PREFIX, ACTORS);
  app = createServer({ driver, viewerDir: viewerStub(folder) });
  await app.ready();
}, 180_000);

afterAll(async () => {
  await app?.close();
  await removeOwn(driver, PREFIX);
  await driver.close();
  folder.remove();
});

const edgeIds = (graph: GraphResponse): string[] =>
  graph.edges
    .filter((e) => e.source.startsWith(ACTORS) || e.target.startsWith(ACTORS))
    .map((e) => e.id)
    .sort();

async function graph(query: string): Promise<GraphResponse> {
  const answer = await get<GraphResponse>(app, `/api/graph?${query}`);
  expect(answer.status).toBe(200);
  expect(answer.json.kind).toBe("graph");
  return answer.json;
}

describe("GET /api/meta", () => {
  it("lists the relation types, counts and a date range, from the store", async () => {
    const { status, json } = await get<MetaResponse>(app, "/api/meta");
    expect(status).toBe(200);
    expect(json.kind).toBe("meta");
    expect(json.source).toBe("neo4j");
    expect(json.relations).toContainEqual({
      name: "shares-intel-with",
      type: "SHARES_INTEL_WITH",
      polarity: "cooperative",
      symmetric: true,
    });
    expect(json.relations.find((r) => r.name === "fights")?.polarity).toBe("hostile");
    expect(json.counts.documents).toBeGreaterThanOrEqual(5);
    expect(json.counts.claims).toBeGreaterThanOrEqual(9);
    // The fixture's 1901 claims are the earliest any test writes.
    expect(json.dateRange!.min <= "1901-03-01").toBe(true);
    expect(json.dateRange!.max >= "1902-01-01").toBe(true);
    expect(typeof json.analyzed).toBe("boolean");
  });
});

describe("GET /api/graph", () => {
  it("draws the sample articles: Iraq and Iran share intelligence, the US fights the Islamic State", async () => {
    const all = await graph("modalities=asserted,intended");
    const ids = all.edges.map((e) => e.id);
    expect(ids).toContain("IRN|shares-intel-with|IRQ|intended");
    expect(ids).toContain("USA|fights|ISLAMIC_STATE|asserted");
    const iraq = all.nodes.find((n) => n.id === "IRQ");
    expect(iraq).toMatchObject({ name: "Iraq", type: "state" });
    expect(all.truncated).toBe(false);
    // Every edge's ends are nodes of the answer, and no node is there without an edge.
    const nodeIds = new Set(all.nodes.map((n) => n.id));
    expect(all.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    const onEdges = new Set(all.edges.flatMap((e) => [e.source, e.target]));
    expect([...nodeIds].every((id) => onEdges.has(id))).toBe(true);
  });

  it("groups the fixture's claims by source, relation, target and modality (asserted and intended by default)", async () => {
    const g = await graph(FIXTURE_YEARS);
    expect(edgeIds(g)).toEqual(
      [
        `${A}|fights|${B}|asserted`,
        `${A}|shares-intel-with|${C}|asserted`,
        `${A}|shares-intel-with|${C}|intended`,
        `${D}|sanctions|${A}|asserted`,
      ].sort(),
    );
    const fights = g.edges.find((e) => e.id === `${A}|fights|${B}|asserted`)!;
    expect(fights).toMatchObject<Partial<ApiEdge>>({
      count: 3,
      docs: 2,
      polarity: "hostile",
      symmetric: false,
      firstSeen: "1901-03-01",
      lastSeen: "1901-06-01",
    });
    const a = g.nodes.find((n) => n.id === A)!;
    expect(a.weightedDegree).toBe(3 + 1 + 1 + 1);
    expect(a).toMatchObject({ bloc: null, camp: null, pagerank: null, betweenness: null });
    expect(g.nodes.find((n) => n.id === B)!.weightedDegree).toBe(3);
  });

  it.each([
    ["modalities=negated", [`${A}|fights|${B}|negated`]],
    ["modalities=hypothetical,negated", [`${C}|supports|${B}|hypothetical`, `${A}|fights|${B}|negated`]],
    ["minCount=2", [`${A}|fights|${B}|asserted`]],
    [
      "polarity=cooperative",
      [`${A}|shares-intel-with|${C}|asserted`, `${A}|shares-intel-with|${C}|intended`],
    ],
    ["relations=sanctions,supports", [`${D}|sanctions|${A}|asserted`]],
    ["relations=", []],
  ])("filters: %s", async (filter, expected) => {
    expect(edgeIds(await graph(`${FIXTURE_YEARS}&${filter}`))).toEqual([...expected].sort());
  });

  it("counts only the claims dated in range; the upper bound is inclusive", async () => {
    const g = await graph("from=1901-01-01&to=1901-03-01");
    expect(edgeIds(g)).toEqual([`${A}|fights|${B}|asserted`, `${A}|shares-intel-with|${C}|intended`]);
    expect(g.edges.find((e) => e.id === `${A}|fights|${B}|asserted`)!.count).toBe(2);
    const later = await graph("from=1901-06-01T00:00:00Z&to=1902-01-01");
    expect(edgeIds(later)).toEqual(
      [
        `${A}|fights|${B}|asserted`,
        `${A}|shares-intel-with|${C}|asserted`,
        `${D}|sanctions|${A}|asserted`,
      ].sort(),
    );
    expect(edgeIds(await graph("from=1800-01-01&to=1800-12-31"))).toEqual([]);
  });

  it("cuts edges off at limit, the most evidenced first, and says so", async () => {
    const g = await graph(`${FIXTURE_YEARS}&limit=1`);
    expect(g.edges.map((e) => e.id)).toEqual([`${A}|fights|${B}|asserted`]);
    expect(g.truncated).toBe(true);
    expect(g.nodes.map((n) => n.id).sort()).toEqual([A, B]);
    expect((await graph(`${FIXTURE_YEARS}&limit=4`)).truncated).toBe(false);
  });

  it("carries what kg analyze wrote to the actors, and meta says the graph is analyzed", async () => {
    await driver.executeQuery(
      "MATCH (a:Actor {id: $id}) SET a.bloc = 2, a.camp = 1, a.pagerank = 0.25, a.betweenness = 0.5",
      { id: D },
    );
    const d = (await graph(FIXTURE_YEARS)).nodes.find((n) => n.id === D);
    expect(d).toMatchObject({ bloc: 2, camp: 1, pagerank: 0.25, betweenness: 0.5 });
    expect((await get<MetaResponse>(app, "/api/meta")).json.analyzed).toBe(true);
    expect((await get<ActorResponse>(app, `/api/actors/${D}`)).json.actor.bloc).toBe(2);
  });

  it("answers an empty graph with no nodes, no edges and no truncation", async () => {
    const g = await graph("from=1700-01-01&to=1700-01-02");
    expect(g).toEqual({ kind: "graph", nodes: [], edges: [], truncated: false });
  });
});

describe("GET /api/actors/:id", () => {
  it("gives Iraq with its aliases and its relations grouped by relation, other actor and direction", async () => {
    const { status, json } = await get<ActorResponse>(app, "/api/actors/IRQ");
    expect(status).toBe(200);
    expect(json.actor).toMatchObject({ id: "IRQ", name: "Iraq", type: "state" });
    expect(json.actor.aliases).toContain("Iraqi");
    const iran = json.relations.find((r) => r.relation === "shares-intel-with" && r.other.id === "IRN");
    expect(iran).toMatchObject({ direction: "both", polarity: "cooperative", other: { name: "Iran" } });
    expect(iran!.counts.intended).toBeGreaterThanOrEqual(1);
  });

  it("counts the fixture actor's claims by modality and direction", async () => {
    const { json } = await get<ActorResponse>(app, `/api/actors/${A}`);
    const find = (relation: string, other: string) =>
      json.relations.find((r) => r.relation === relation && r.other.id === other);
    expect(find("fights", B)).toMatchObject({ direction: "out", counts: { asserted: 3, negated: 1 } });
    expect(find("sanctions", D)).toMatchObject({ direction: "in", counts: { asserted: 1 } });
    expect(find("shares-intel-with", C)).toMatchObject({
      direction: "both",
      counts: { asserted: 1, intended: 1 },
    });
    expect(json.relations[0]!.relation).toBe("fights");
    expect(json.actor.weightedDegree).toBe(6);
  });

  it("is a 404 ApiError for an unknown actor", async () => {
    expect(expectApiError(await get(app, `/api/actors/${ACTORS}NOBODY`), 404).message).toContain("NOBODY");
  });
});

describe("evidence", () => {
  it("pages Iraq's claims, with the shares-intel-with Iran sentence and its actors marked", async () => {
    const first = await get<EvidencePage>(
      app,
      "/api/actors/IRQ/evidence?relations=shares-intel-with&limit=200",
    );
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ kind: "evidence", skip: 0, limit: 200 });
    const withIran = first.json.items.find(
      (e) =>
        [e.source.id, e.target.id].includes("IRN") && e.doc.name === `${PREFIX}iraq-intelligence-cell.txt`,
    );
    expect(withIran).toBeDefined();
    const { text, marks } = withIran!.sentence;
    expect(text).toContain("intelligence coordination with Russian Federation, Syria and Iran");
    const marked = marks.map(([s, e]) => text.slice(s, e));
    expect(marked).toContain("Iraq");
    expect(marked).toContain("Iran");
    expect(marked).not.toContain("Syria");
    expect(withIran).toMatchObject({ relation: "shares-intel-with", modality: "intended", symmetric: true });
    expect(first.json.items.every((e) => e.relation === "shares-intel-with")).toBe(true);
  });

  it("pages a pair's evidence in both directions, skip and limit echoed", async () => {
    const all = await get<EvidencePage>(app, `/api/pairs/${B}/${A}/evidence`);
    expect(all.json.total).toBe(4);
    expect(all.json.items.map((e) => e.modality).sort()).toEqual([
      "asserted",
      "asserted",
      "asserted",
      "negated",
    ]);
    // Newest first.
    expect(all.json.items[0]!.date).toBe("1901-06-01");
    const pages = [];
    for (let skip = 0; skip < 4; skip += 3) {
      const page = await get<EvidencePage>(app, `/api/pairs/${A}/${B}/evidence?skip=${skip}&limit=3`);
      expect(page.json).toMatchObject({ total: 4, skip, limit: 3 });
      pages.push(...page.json.items.map((e) => e.claimId));
    }
    expect(pages).toEqual(all.json.items.map((e) => e.claimId));
    const negated = await get<EvidencePage>(app, `/api/pairs/${A}/${B}/evidence?modalities=negated`);
    expect(negated.json.total).toBe(1);
    expect(negated.json.items[0]).toMatchObject({
      modality: "negated",
      source: { id: A },
      target: { id: B },
      doc: { name: `${PREFIX}fixture-1.txt`, date: "1901-03-01" },
    });
    const beyond = await get<EvidencePage>(app, `/api/pairs/${A}/${B}/evidence?skip=10`);
    expect(beyond.json).toMatchObject({ total: 4, skip: 10, items: [] });
  });

  it("bounds limit to 200 and echoes the bounded value", async () => {
    const page = await get<EvidencePage>(app, `/api/actors/${A}/evidence?limit=5000`);
    expect(page.json.limit).toBe(200);
    expect(page.json.total).toBe(7);
  });

  it("is a 404 for an unknown actor of a pair", async () => {
    expectApiError(await get(app, `/api/pairs/${A}/${ACTORS}NOBODY/evidence`), 404);
  });
});

describe("GET /api/search", () => {
  const search = async (query: string) => (await get<SearchResponse>(app, `/api/search?${query}`)).json.items;

  it('finds Iraq and Iran for "ira", name prefixes first', async () => {
    const items = await search("q=ira");
    const ids = items.map((i) => i.id);
    expect(ids).toContain("IRQ");
    expect(ids).toContain("IRN");
    expect(items.find((i) => i.id === "IRQ")!.matched).toBeNull();
    const prefix = items.map((i) => (i.matched ?? i.name).toLowerCase().startsWith("ira"));
    expect(prefix).toEqual([...prefix].sort((a, b) => Number(b) - Number(a)));
  });

  it("finds an actor by an alias and says which alias matched", async () => {
    const items = await search("q=iraqi");
    expect(items.find((i) => i.id === "IRQ")).toMatchObject({ name: "Iraq", matched: "Iraqi" });
  });

  it("is case-insensitive and finds names containing the text", async () => {
    expect((await search(`q=${ACTORS.toLowerCase()}`)).map((i) => i.id).sort()).toEqual([A, B, C, D]);
    expect((await search(`q=ctor ${ACTORS}c`)).map((i) => i.id)).toEqual([C]);
    expect(await search(`q=${ACTORS}&limit=2`)).toHaveLength(2);
  });
});

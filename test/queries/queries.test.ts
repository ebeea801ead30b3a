// Every named query in queries/ runs against a real Neo4j holding the sample articles and our own fixtures, and
// its rows are checked; the shared database may hold more, so the checks are "contains" and counts are at least
// what our own copies of the samples give, never exact totals.
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStore } from "../../graph/analytics/index.js";
import { listQueries, runNamedQuery } from "../../queries/library.js";
import type { Row } from "../../queries/types.js";
import { testDatabase } from "../graph/helpers.js";
import { loadFixture, type Fixture } from "./fixtures.js";

const PREFIX = "kgtest-queries-";
const A = "KGQLIB_";

let driver: Driver;
let fixture: Fixture;

beforeAll(async () => {
  ({ driver } = await testDatabase());
  fixture = await loadFixture(driver, PREFIX, A);
}, 240_000);

afterAll(async () => {
  await fixture?.remove();
  await driver?.close();
});

async function run(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const query = listQueries().find((q) => q.name === name)!;
  return (await runNamedQuery(driver, query, new Map(Object.entries(params)))).rows;
}

const ids = (rows: Row[], key = "id"): unknown[] => rows.map((r) => r[key]);

interface Case {
  name: string;
  params: Record<string, string>;
  check: (rows: Row[]) => void;
  /** Runs just before the query. */
  before?: () => Promise<unknown>;
}

const CASES: Case[] = [
  {
    name: "allies-of",
    params: { actor: "IRQ" },
    check: (rows) => {
      expect(ids(rows)).toEqual(expect.arrayContaining(["RUS", "SYR", "IRN"]));
      const russia = rows.find((r) => r.id === "RUS")!;
      expect(russia.name).toBe("Russia");
      expect(russia.relations).toContain("shares-intel-with");
      expect(russia.claims).toBeGreaterThanOrEqual(1);
      expect(ids(rows)).not.toContain("ISLAMIC_STATE");
    },
  },
  {
    name: "adversaries-of",
    params: { actor: "USA" },
    check: (rows) => {
      const is = rows.find((r) => r.id === "ISLAMIC_STATE")!;
      expect(is.actorDoes).toContain("fights");
      expect(is.claims).toBeGreaterThanOrEqual(1);
      expect(rows.every((r) => (r.actorDoes as string[]).length + (r.theyDo as string[]).length > 0)).toBe(
        true,
      );
    },
  },
  {
    name: "relations-between",
    params: { a: "USA", b: "RUS" },
    check: (rows) => {
      const ours = rows.filter((r) => String(r.document).startsWith(PREFIX));
      expect(ours.map((r) => `${r.relation} ${r.modality}`)).toEqual(
        expect.arrayContaining(["shares-intel-with intended", "meets-with asserted"]),
      );
      expect(
        ours.every((r) => typeof r.evidence === "string" && /Russia|Russian/.test(r.evidence as string)),
      ).toBe(true);
    },
  },
  {
    name: "intel-sharing-network",
    params: { limit: "100000" },
    check: (rows) => {
      const pairs = rows.map((r) => `${r.a}-${r.b}`);
      expect(pairs).toEqual(expect.arrayContaining(["RUS-USA", "IRQ-RUS", "IRQ-SYR", "IRN-IRQ"]));
      expect(rows.find((r) => r.a === "RUS" && r.b === "USA")!.claims).toBeGreaterThanOrEqual(2);
    },
  },
  {
    name: "coalition-members",
    params: { coalition: "US_LED_COALITION" },
    check: (rows) => {
      expect(ids(rows, "member")).toContain("JOR");
      expect(rows.every((r) => r.coalition === "US_LED_COALITION")).toBe(true);
      expect(ids(rows, "member")).not.toContain("RUS"); // only a hypothetical alliance in the samples
    },
  },
  {
    name: "shared-enemies",
    params: { a: "USA", b: "IRQ" },
    check: (rows) => {
      const is = rows.find((r) => r.id === "ISLAMIC_STATE")!;
      expect(is.relationsWithA).toContain("fights");
      expect(is.relationsWithB).toContain("fights");
    },
  },
  {
    name: "enemy-of-my-enemy",
    params: { actor: "IRQ" },
    check: (rows) => {
      expect(rows.map((r) => `${r.enemy}/${r.other}`)).toContain("ISLAMIC_STATE/USA");
      expect(
        rows.every((r) => ["cooperative", "hostile", "mixed", "none"].includes(r.actorAndOther as string)),
      ).toBe(true);
    },
  },
  {
    name: "unbalanced-triads",
    params: { actor: `${A}A` },
    check: (rows) => {
      expect(rows.map((r) => [r.a, r.b, r.c, r.signs, r.kind])).toEqual([
        [`${A}A`, `${A}B`, `${A}C`, "++-", "two partners of one actor at odds"],
      ]);
    },
  },
  {
    name: "brokers",
    params: { limit: "100000" },
    // The blocs kg analyze writes, from a graph that holds our fixture (analysed here, not at the start, so that
    // an analysis another test file started before our fixture existed cannot be the last to write).
    before: () => analyzeStore(driver),
    check: (rows) => {
      const hub = rows.find((r) => r.id === `${A}H`)!;
      expect(hub.otherBlocs).toBeGreaterThanOrEqual(1);
      expect(rows.some((r) => r.id === `${A}P2`)).toBe(false); // inside its clique's bloc only
    },
  },
  {
    name: "most-evidenced-claims",
    params: { relation: "fights", limit: "100000" },
    check: (rows) => {
      expect(rows.every((r) => r.relation === "fights")).toBe(true);
      const claims = rows.map((r) => r.claims as number);
      expect(claims).toEqual([...claims].sort((x, y) => y - x));
      const usIs = rows.find((r) => r.source === "United States" && r.target === "Islamic State")!;
      expect(usIs.example).toMatch(/strikes|ISIS|IS\b/);
    },
  },
  {
    name: "claims-by-modality",
    params: { actor: "RUS" },
    check: (rows) => {
      const keys = rows.map((r) => `${r.modality} ${r.relation} ${r.role}`);
      expect(keys).toEqual(
        expect.arrayContaining(["intended shares-intel-with source", "hypothetical allies-with source"]),
      );
      expect(rows.find((r) => r.modality === "intended")!.meaning).toBe("agreed or planned");
      const order = ["asserted", "intended", "negated", "hypothetical"];
      const positions = rows.map((r) => order.indexOf(r.modality as string));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    },
  },
  {
    name: "new-relations",
    params: { from: "1903-05-01", to: "1903-05-31" },
    check: (rows) => {
      const keys = rows.map((r) => `${r.sourceId} ${r.relation} ${r.targetId} ${r.firstSeen}`);
      expect(keys).toEqual(
        expect.arrayContaining([
          `JOR allies-with US_LED_COALITION 1903-05-04`,
          `${A}A fights ${A}C 1903-05-10`,
        ]),
      );
    },
  },
];

describe("every named query", () => {
  it("has a test case here", () => {
    expect(CASES.map((c) => c.name).sort()).toEqual(listQueries().map((q) => q.name));
  });

  it.each(CASES)("$name", async ({ name, params, check, before }) => {
    await before?.();
    check(await run(name, params));
  });
});

describe("query parameters reach the Cypher with their types", () => {
  it("new-relations: `to` is inclusive and a shorter date means the whole period", async () => {
    const day = await run("new-relations", { from: "1903-05-04", to: "1903-05-04" });
    expect(day.map((r) => r.sourceId)).toContain("JOR");
    expect(day.map((r) => r.sourceId)).not.toContain(`${A}A`);
    const month = await run("new-relations", { from: "1903-05", to: "1903-05" });
    expect(month.map((r) => r.sourceId)).toEqual(expect.arrayContaining(["JOR", `${A}A`]));
  });

  it("relations-between: a list parameter narrows the modalities", async () => {
    const rows = await run("relations-between", { a: "RUS", b: "USA", modalities: "asserted" });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.modality))).toEqual(new Set(["asserted"]));
  });

  it("allies-of: an int parameter is an integer to Neo4j (LIMIT refuses floats)", async () => {
    expect(await run("allies-of", { actor: "IRQ", limit: "1" })).toHaveLength(1);
  });
});

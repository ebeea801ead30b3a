// Exports on the test database holding the sample articles (and a dated article of ours): GEXF, GraphML and JSON
// read back with graphology give the same nodes and edges; CSV tables; claims as JSONL edge records; filters.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { MultiGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  claimRecords,
  edgesCsv,
  exportGraph,
  loadExportGraph,
  nodesCsv,
  toGexf,
  toGraphml,
  toJson,
  type ExportGraph,
} from "../../graph/export/index.js";
import type { EdgeRecord } from "../../ingest/record.js";
import { extractStream } from "../../ingest/pipeline/extract-stream.js";
import { readInputs } from "../../ingest/read/index.js";
import { projectPath } from "../../lib/paths.js";
import { testDatabase } from "../graph/helpers.js";
import { ingestPaths, removeOwn, tempDir } from "../ingest/helpers.js";

const PREFIX = "kgtest-export-";
const DATED = `---
date: 1903-06-02
---
Bolivia attacked Paraguay's border posts on Monday.
`;

let driver: Driver;
let graph: ExportGraph;
const folder = tempDir("export");
let paths: string[] = [];

beforeAll(async () => {
  ({ driver } = await testDatabase());
  await removeOwn(driver, PREFIX);
  paths = ["iraq-intelligence-cell.txt", "us-russia-intelligence.txt"].map((name) => {
    const copy = join(folder.dir, `${PREFIX}${name}`);
    copyFileSync(projectPath("samples", name), copy);
    return copy;
  });
  paths.push(folder.write(`${PREFIX}dated.md`, DATED));
  await ingestPaths(driver, paths);
  graph = await loadExportGraph(driver);
}, 240_000);

afterAll(async () => {
  await removeOwn(driver, PREFIX);
  await driver?.close();
  folder.remove();
});

/** Nodes and edges of a graph as comparable text: keys, ends, direction and the attributes named. */
function shape<N extends Attributes, E extends Attributes>(g: AbstractGraph<N, E>, edgeKeys: string[]) {
  const nodes: string[] = [];
  g.forEachNode((id) => nodes.push(id));
  const edges: string[] = [];
  g.forEachEdge((key, a, source, target, _s, _t, undirected) =>
    edges.push(
      [
        key,
        source,
        target,
        undirected ? "undirected" : "directed",
        ...edgeKeys.map((k) => String((a as Record<string, unknown>)[k])),
      ].join(" "),
    ),
  );
  return { nodes: nodes.sort(), edges: edges.sort() };
}

describe("the exported network", () => {
  it("holds the samples' edges with counts, per-modality counts and evidence sentences", () => {
    const key = "RUS|shares-intel-with|USA";
    expect(graph.hasEdge(key)).toBe(true);
    expect(graph.isUndirected(key)).toBe(true);
    const edge = graph.getEdgeAttributes(key);
    expect(edge.count).toBeGreaterThanOrEqual(2);
    expect(edge.intended).toBe(edge.count);
    expect(edge.negated).toBe(0);
    expect(edge.evidence.some((e) => e.doc.startsWith(PREFIX) && /share intelligence/.test(e.text))).toBe(
      true,
    );
    expect(graph.isDirected("USA|fights|ISLAMIC_STATE")).toBe(true);
    expect(graph.getNodeAttribute("ISLAMIC_STATE", "name")).toBe("Islamic State");
  });
});

describe("round trips", () => {
  const keys = ["relation", "polarity", "count", "docs", "asserted", "intended"];

  it("GEXF read back with graphology-gexf: same nodes and edges", () => {
    const text = toGexf(graph);
    expect(text).toContain('<gexf version="1.3"');
    const back = parseGexf(MultiGraph, text);
    expect(shape(back, keys)).toEqual(shape(graph, keys));
    expect(back.getNodeAttribute("IRQ", "label")).toBe("Iraq");
    expect(back.getEdgeAttribute("RUS|shares-intel-with|USA", "evidence")).toMatch(/share intelligence/);
    expect(back.getEdgeAttribute("RUS|shares-intel-with|USA", "kind")).toBe("shares-intel-with");
  });

  it("GraphML read back with graphology-graphml: same nodes, edges and directions", () => {
    const back = parseGraphml(MultiGraph, toGraphml(graph));
    expect(shape(back, keys)).toEqual(shape(graph, keys));
    expect(back.getNodeAttribute("RUS", "label")).toBe("Russia");
  });

  it("JSON is graphology's serialisation: Graph.from gives the same graph, evidence included", () => {
    const json = JSON.parse(toJson(graph, { minCount: 1 })) as Parameters<typeof MultiGraph.from>[0];
    const back = MultiGraph.from(json);
    expect(shape(back, keys)).toEqual(shape(graph, keys));
    expect(back.getEdgeAttribute("RUS|shares-intel-with|USA", "evidence")).toEqual(
      graph.getEdgeAttribute("RUS|shares-intel-with|USA", "evidence"),
    );
    expect(back.getAttribute("filter")).toEqual({ minCount: 1 });
  });

  it("CSV: one edge per row and one node per row, with headers", () => {
    const edges = parseCsv(edgesCsv(graph), { columns: true }) as Array<Record<string, string>>;
    const nodes = parseCsv(nodesCsv(graph), { columns: true }) as Array<Record<string, string>>;
    expect(edges).toHaveLength(graph.size);
    expect(nodes).toHaveLength(graph.order);
    const row = edges.find(
      (r) => r.source === "USA" && r.relation === "fights" && r.target === "ISLAMIC_STATE",
    )!;
    expect(row).toMatchObject({
      source_name: "United States",
      target_name: "Islamic State",
      polarity: "hostile",
      symmetric: "false",
    });
    expect(Number(row.count)).toBeGreaterThanOrEqual(1);
  });
});

describe("JSONL: the claims as edge records", () => {
  // Symmetric claims are stored lower id first (with each side's person), so they come back that way.
  const stored = (r: EdgeRecord): EdgeRecord =>
    r.symmetric && r.source.id > r.target.id ? { ...r, source: r.target, target: r.source } : r;
  const fields = (record: EdgeRecord): string => {
    const r = stored(record);
    const actors = [r.source.id, r.source.via ?? "", r.target.id, r.target.via ?? ""];
    return [r.doc, r.sentence, r.relation, ...actors, r.modality, r.start, r.end, r.text, r.date ?? ""].join(
      "|",
    );
  };

  it("gives back what `kg extract` gave for our documents, in a stable order", async () => {
    const ours = (records: EdgeRecord[]) => records.filter((r) => r.doc.startsWith(PREFIX));
    const exported = ours(await claimRecords(driver));
    const again = ours(await claimRecords(driver));
    expect(again).toEqual(exported);
    const extracted: EdgeRecord[] = [];
    for await (const item of extractStream(readInputs(paths, { textColumn: "text" }), {
      workers: 1,
      actorFiles: [],
      relationFiles: [],
    })) {
      if (item.kind === "extracted") extracted.push(...item.records);
    }
    expect(exported.map(fields).sort()).toEqual([...new Set(extracted.map(fields))].sort());
    expect(exported.map((r) => r.doc)).toEqual([...exported.map((r) => r.doc)].sort());
  });

  it("includes every modality (hypothetical here) unless --modalities says otherwise", async () => {
    const all = (await claimRecords(driver)).filter((r) => r.doc.startsWith(PREFIX));
    expect(new Set(all.map((r) => r.modality))).toEqual(new Set(["asserted", "intended", "hypothetical"]));
    const asserted = await claimRecords(driver, { modalities: ["asserted"] });
    expect(new Set(asserted.map((r) => r.modality))).toEqual(new Set(["asserted"]));
  });
});

describe("filters, as the viewer's", () => {
  it.each([
    [
      "relations",
      { relations: ["fights"] },
      (g: ExportGraph) => g.everyEdge((_k, e) => e.relation === "fights"),
    ],
    [
      "polarity",
      { polarity: "hostile" as const },
      (g: ExportGraph) => g.everyEdge((_k, e) => e.polarity === "hostile"),
    ],
    [
      "minCount",
      { minCount: 2 },
      (g: ExportGraph) => g.everyEdge((_k, e) => e.count >= 2) && g.hasEdge("RUS|shares-intel-with|USA"),
    ],
    [
      "modalities",
      { modalities: ["hypothetical" as const] },
      (g: ExportGraph) =>
        g.everyEdge((_k, e) => e.hypothetical === e.count) && g.hasEdge("RUS|allies-with|US_LED_COALITION"),
    ],
    [
      "from/to",
      { from: "1903-06-01", to: "1903-06-02" },
      (g: ExportGraph) =>
        g.hasEdge("BOL|fights|PRY") &&
        g.everyEdge((_k, e) => (e.firstSeen ?? "") >= "1903-06-01" && (e.lastSeen ?? "") < "1903-06-03"),
    ],
    ["limit", { limit: 2 }, (g: ExportGraph) => g.size === 2],
  ])("%s", async (_name, query, holds) => {
    const filtered = await loadExportGraph(driver, query);
    expect(filtered.size).toBeGreaterThan(0);
    expect(holds(filtered)).toBe(true);
  });

  it("exportGraph counts what it wrote; CSV comes with its nodes table", async () => {
    const out = await exportGraph(driver, "csv", { relations: ["shares-intel-with"] });
    expect(out.items).toBeGreaterThanOrEqual(4);
    expect(out.text.split("\n")[0]).toMatch(/^source,source_name,relation,target/);
    expect(out.nodes!.split("\n")[0]).toBe("id,name,type,bloc,camp,degree,pagerank,betweenness");
  });
});

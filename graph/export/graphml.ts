// GraphML for Gephi, yEd and networkx (graphology-graphml only reads): typed <key>s, one <data> per attribute.
import { create } from "xmlbuilder2";
import type { ExportGraph } from "./types.js";

type KeyType = "string" | "int" | "double" | "boolean";

const NODE_KEYS: ReadonlyArray<[string, KeyType]> = [
  ["label", "string"],
  ["type", "string"],
  ["bloc", "int"],
  ["camp", "int"],
  ["degree", "int"],
  ["pagerank", "double"],
  ["betweenness", "double"],
];

const EDGE_KEYS: ReadonlyArray<[string, KeyType]> = [
  ["label", "string"],
  ["relation", "string"],
  ["polarity", "string"],
  ["symmetric", "boolean"],
  ["weight", "double"],
  ["count", "int"],
  ["docs", "int"],
  ["firstSeen", "string"],
  ["lastSeen", "string"],
  ["asserted", "int"],
  ["intended", "int"],
  ["negated", "int"],
  ["hypothetical", "int"],
];

/**
 * Undirected by default with directed="true" on one-way relations (fights, supports): the mixed graph both
 * Gephi and graphology-graphml read back. No evidence: GraphML readers handle long texts poorly.
 */
export function toGraphml(graph: ExportGraph): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("graphml", {
    xmlns: "http://graphml.graphdrawing.org/xmlns",
  });
  for (const [name, type] of NODE_KEYS)
    root.ele("key", { id: `n_${name}`, for: "node", "attr.name": name, "attr.type": type });
  for (const [name, type] of EDGE_KEYS)
    root.ele("key", { id: `e_${name}`, for: "edge", "attr.name": name, "attr.type": type });
  const g = root.ele("graph", { id: "kg", edgedefault: "undirected" });
  graph.forEachNode((id, node) => {
    const element = g.ele("node", { id });
    data(element, "n", NODE_KEYS, { ...node, label: node.name });
  });
  graph.forEachEdge((key, edge, source, target, _s, _t, undirected) => {
    const element = g.ele("edge", { id: key, source, target, ...(undirected ? {} : { directed: "true" }) });
    data(element, "e", EDGE_KEYS, { ...edge, label: edge.relation, weight: edge.count });
  });
  return root.end({ prettyPrint: true });
}

function data(
  element: ReturnType<ReturnType<typeof create>["ele"]>,
  prefix: string,
  keys: ReadonlyArray<[string, KeyType]>,
  values: Record<string, unknown>,
): void {
  for (const [name] of keys) {
    const value = values[name];
    if (value !== null && value !== undefined)
      element.ele("data", { key: `${prefix}_${name}` }).txt(String(value));
  }
}

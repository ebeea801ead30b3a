// CSV: an edges table (one row per source, relation, target) and a nodes table, via csv-stringify.
import { stringify } from "csv-stringify/sync";
import type { ExportGraph } from "./types.js";

const EDGE_COLUMNS = [
  "source",
  "source_name",
  "relation",
  "target",
  "target_name",
  "polarity",
  "symmetric",
  "count",
  "docs",
  "first_seen",
  "last_seen",
  "asserted",
  "intended",
  "negated",
  "hypothetical",
];

const NODE_COLUMNS = ["id", "name", "type", "bloc", "camp", "degree", "pagerank", "betweenness"];

export function edgesCsv(graph: ExportGraph): string {
  const name = (id: string): string => graph.getNodeAttribute(id, "name");
  const rows = graph.mapEdges((_key, e, source, target) => [
    source,
    name(source),
    e.relation,
    target,
    name(target),
    e.polarity,
    e.symmetric,
    e.count,
    e.docs,
    e.firstSeen,
    e.lastSeen,
    e.asserted,
    e.intended,
    e.negated,
    e.hypothetical,
  ]);
  return stringify(rows, { header: true, columns: EDGE_COLUMNS, cast: { boolean: String } });
}

export function nodesCsv(graph: ExportGraph): string {
  const rows = graph.mapNodes((id, n) => [
    id,
    n.name,
    n.type,
    n.bloc,
    n.camp,
    n.degree,
    n.pagerank,
    n.betweenness,
  ]);
  return stringify(rows, { header: true, columns: NODE_COLUMNS });
}

// GET /api/graph's filters over a static export's data: edges of the chosen relations, polarity and modalities
// with at least minCount claims, re-counted from the claims' dates when a date range is set.
import type { ApiEdge, ApiEvidence, ApiNode, GraphQuery, GraphResponse, SiteData } from "../api.js";
import { DEFAULT_MODALITIES } from "../api.js";

export const MAX_GRAPH_EDGES = 50_000;

export function filterGraph(site: SiteData, query: GraphQuery): GraphResponse {
  const modalities = query.modalities ?? DEFAULT_MODALITIES;
  const minCount = Math.max(1, Math.trunc(query.minCount ?? 1));
  const limit = Math.min(MAX_GRAPH_EDGES, Math.max(0, Math.trunc(query.limit ?? MAX_GRAPH_EDGES)));
  const dated = query.from !== undefined || query.to !== undefined;
  const candidates = dated ? recount(site, query) : site.graph.edges;
  const edges = candidates
    .filter(
      (e) =>
        modalities.includes(e.modality) &&
        (query.relations === undefined || query.relations.includes(e.relation)) &&
        (query.polarity === undefined || e.polarity === query.polarity) &&
        e.count >= minCount,
    )
    .sort(edgeOrder);
  const kept = edges.slice(0, limit);
  return {
    kind: "graph",
    nodes: nodesOf(site.graph.nodes, kept),
    edges: kept,
    truncated: edges.length > limit,
  };
}

/** Claims within [from, to] regrouped into edges, as the API counts them. */
function recount(site: SiteData, query: GraphQuery): ApiEdge[] {
  const inRange = rangeTest(query.from, query.to);
  const groups = new Map<string, { edge: ApiEdge; docs: Set<string> }>();
  for (const claim of site.evidence) {
    if (claim.date === null || !inRange(claim.date)) continue;
    const key = edgeKey(claim);
    let group = groups.get(key);
    if (group === undefined) {
      const [source, target] = ends(claim);
      group = {
        edge: {
          id: key,
          source,
          target,
          relation: claim.relation,
          polarity: claim.polarity,
          symmetric: claim.symmetric,
          modality: claim.modality,
          count: 0,
          docs: 0,
          firstSeen: claim.date,
          lastSeen: claim.date,
        },
        docs: new Set(),
      };
      groups.set(key, group);
    }
    const { edge } = group;
    edge.count++;
    group.docs.add(claim.doc.name);
    edge.docs = group.docs.size;
    if (claim.date < edge.firstSeen!) edge.firstSeen = claim.date;
    if (claim.date > edge.lastSeen!) edge.lastSeen = claim.date;
  }
  return [...groups.values()].map((g) => g.edge);
}

/** Symmetric claims are one edge whichever way they were written: lower id first, as the store keeps them. */
function ends(claim: ApiEvidence): [string, string] {
  const [s, t] = [claim.source.id, claim.target.id];
  return claim.symmetric && t < s ? [t, s] : [s, t];
}

function edgeKey(claim: ApiEvidence): string {
  const [source, target] = ends(claim);
  return `${source}|${claim.relation}|${target}|${claim.modality}`;
}

/** As the API compares: text order; a day-only `from` admits its own day, `to` admits timestamps of its day. */
export function rangeTest(from: string | undefined, to: string | undefined): (date: string) => boolean {
  const fromDay = from?.slice(0, 10);
  const toEnd = to === undefined ? undefined : `${to}\uffff`;
  return (date) =>
    (from === undefined || date >= from || date === fromDay) && (toEnd === undefined || date <= toEnd);
}

function edgeOrder(a: ApiEdge, b: ApiEdge): number {
  return (
    b.count - a.count ||
    b.docs - a.docs ||
    compare(a.source, b.source) ||
    compare(a.relation, b.relation) ||
    compare(a.target, b.target) ||
    compare(a.modality, b.modality)
  );
}

function nodesOf(all: readonly ApiNode[], edges: readonly ApiEdge[]): ApiNode[] {
  const degree = new Map<string, number>();
  const add = (id: string, n: number): void => void degree.set(id, (degree.get(id) ?? 0) + n);
  for (const e of edges) {
    add(e.source, e.count);
    if (e.target !== e.source) add(e.target, e.count);
  }
  return all
    .filter((n) => degree.has(n.id))
    .map((n) => ({ ...n, weightedDegree: degree.get(n.id) ?? 0 }))
    .sort((a, b) => b.weightedDegree - a.weightedDegree || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

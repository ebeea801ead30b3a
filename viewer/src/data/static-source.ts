// The data source of a static export: the SiteData that site-data.js embeds, asked the same questions as the
// API (filters, evidence pages, search) and answered in the browser with the server's semantics.
import type {
  ActorResponse,
  ApiEdge,
  ApiEvidence,
  ApiNode,
  EvidencePage,
  SearchResponse,
  SiteData,
} from "../api.js";
import { MODALITIES } from "../api.js";
import { DataError, EVIDENCE_PAGE, type DataSource, type EvidenceQuery } from "./source.js";
import { filterGraph } from "./static-graph.js";

const DEFAULT_EVIDENCE_LIMIT = 50;
const MAX_SEARCH_LIMIT = 50;

export function staticSource(site: SiteData): DataSource {
  const nodes = new Map(site.graph.nodes.map((n) => [n.id, n]));
  const aliases = new Map(site.actors.map((a) => [a.id, a.aliases]));
  const evidence = [...site.evidence].sort(evidenceOrder);
  const byActor = groupByActor(evidence);
  return {
    kind: "static",
    meta: async () => site.meta,
    graph: async (query) => filterGraph(site, query),
    actor: async (id) => actorOf(site.graph.edges, nodes, aliases, id),
    actorEvidence: async (id, query) => {
      if (!nodes.has(id)) throw notFound(id);
      return page(byActor.get(id) ?? [], query);
    },
    pairEvidence: async (a, b, query) => {
      if (!nodes.has(a) || !nodes.has(b)) throw notFound(`${a} or ${b}`);
      const claims = (byActor.get(a) ?? []).filter((e) => {
        const [s, t] = [e.source.id, e.target.id];
        return (s === a && t === b) || (s === b && t === a);
      });
      return page(claims, query);
    },
    search: async (q, limit) => search(site, aliases, q, limit),
  };
}

function notFound(id: string): DataError {
  return new DataError("not-found", `no actor with id ${id}`, 404);
}

function page(claims: readonly ApiEvidence[], query: EvidenceQuery): EvidencePage {
  const modalities = query.modalities ?? MODALITIES;
  const matching = claims.filter(
    (e) =>
      modalities.includes(e.modality) &&
      (query.relations === undefined || query.relations.includes(e.relation)),
  );
  const skip = Math.max(0, Math.trunc(query.skip ?? 0));
  const limit = Math.min(EVIDENCE_PAGE, Math.max(0, Math.trunc(query.limit ?? DEFAULT_EVIDENCE_LIMIT)));
  return { kind: "evidence", total: matching.length, skip, limit, items: matching.slice(skip, skip + limit) };
}

/** The server's order: newest first (undated last), then document, sentence and claim. */
function evidenceOrder(a: ApiEvidence, b: ApiEvidence): number {
  return (
    compare(b.date ?? "", a.date ?? "") ||
    compare(a.doc.name, b.doc.name) ||
    a.sentence.index - b.sentence.index ||
    compare(a.claimId, b.claimId)
  );
}

function groupByActor(evidence: readonly ApiEvidence[]): Map<string, ApiEvidence[]> {
  const map = new Map<string, ApiEvidence[]>();
  const add = (id: string, e: ApiEvidence): void => {
    const list = map.get(id);
    if (list === undefined) map.set(id, [e]);
    else list.push(e);
  };
  for (const e of evidence) {
    add(e.source.id, e);
    if (e.target.id !== e.source.id) add(e.target.id, e);
  }
  return map;
}

type ActorRelation = ActorResponse["relations"][number];

function actorOf(
  edges: readonly ApiEdge[],
  nodes: ReadonlyMap<string, ApiNode>,
  aliases: ReadonlyMap<string, string[]>,
  id: string,
): ActorResponse {
  const node = nodes.get(id);
  if (node === undefined) throw notFound(id);
  const groups = new Map<string, ActorRelation>();
  let weightedDegree = 0;
  for (const e of edges) {
    if (e.source !== id && e.target !== id) continue;
    const otherId = e.source === id ? e.target : e.source;
    const direction = e.symmetric ? "both" : e.source === id ? "out" : "in";
    const key = JSON.stringify([e.relation, otherId, direction]);
    let group = groups.get(key);
    if (group === undefined) {
      const other = nodes.get(otherId);
      group = {
        relation: e.relation,
        polarity: e.polarity,
        other: { id: otherId, name: other?.name ?? otherId },
        direction,
        counts: {},
      };
      groups.set(key, group);
    }
    group.counts[e.modality] = (group.counts[e.modality] ?? 0) + e.count;
    if (e.modality === "asserted" || e.modality === "intended") weightedDegree += e.count;
  }
  const total = (r: ActorRelation): number => Object.values(r.counts).reduce((a, b) => a + b, 0);
  const relations = [...groups.values()].sort(
    (a, b) =>
      total(b) - total(a) ||
      compare(a.relation, b.relation) ||
      compare(a.other.id, b.other.id) ||
      compare(a.direction, b.direction),
  );
  return { kind: "actor", actor: { ...node, weightedDegree, aliases: aliases.get(id) ?? [] }, relations };
}

function search(
  site: SiteData,
  aliases: ReadonlyMap<string, string[]>,
  q: string,
  limit: number,
): SearchResponse {
  const needle = q.trim().toLowerCase();
  const bounded = Math.min(MAX_SEARCH_LIMIT, Math.max(0, Math.trunc(limit)));
  if (needle === "" || bounded === 0) return { kind: "search", items: [] };
  const hits: Array<{ node: ApiNode; rank: number; matched: string | null }> = [];
  for (const node of site.graph.nodes) {
    const names = aliases.get(node.id) ?? [];
    const name = node.name.toLowerCase();
    const prefixAlias = names.find((n) => n.toLowerCase().startsWith(needle));
    const containsAlias = names.find((n) => n.toLowerCase().includes(needle));
    if (name.startsWith(needle)) hits.push({ node, rank: 0, matched: null });
    else if (prefixAlias !== undefined) hits.push({ node, rank: 1, matched: prefixAlias });
    else if (name.includes(needle)) hits.push({ node, rank: 2, matched: null });
    else if (containsAlias !== undefined) hits.push({ node, rank: 3, matched: containsAlias });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.node.weightedDegree - a.node.weightedDegree ||
      a.node.name.length - b.node.name.length ||
      compare(a.node.name, b.node.name) ||
      compare(a.node.id, b.node.id),
  );
  return {
    kind: "search",
    items: hits.slice(0, bounded).map(({ node, matched }) => ({
      id: node.id,
      name: node.name,
      type: node.type,
      matched,
    })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

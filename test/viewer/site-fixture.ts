// A hand-made static export (SiteData) for the viewer's browser tests: a small, dated alliance network with
// evidence sentences written for these tests, including hostile markup that must stay inert text.
import type {
  ActorType,
  ApiEdge,
  ApiEvidence,
  ApiNode,
  ApiRelationType,
  Modality,
  SiteData,
} from "../../lib/api-contract.js";
import { DEFAULT_RELATION_TYPES } from "../../graph/relation-types.js";

export const XSS_SENTENCES = {
  script: `Ruritania said <script>window.__pwned = "script"</script> it will share intelligence with Borduria.`,
  img: `Borduria <img src=x onerror="window.__pwned='img'"> condemned the strikes on Syldavia.`,
  link: `Syldavia posted <a href="javascript:window.__pwned='link'">a link</a> while opposing Ruritania.`,
};

interface ActorSpec {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
}

const ACTORS: ActorSpec[] = [
  { id: "RUR", name: "Ruritania", type: "state", aliases: ["Ruritanian", "Strelsau"] },
  { id: "BOR", name: "Borduria", type: "state", aliases: ["Bordurian"] },
  { id: "SYL", name: "Syldavia", type: "state", aliases: ["Syldavian", "Klow"] },
  { id: "GRF", name: "Grand Fenwick", type: "state", aliases: ["Fenwick"] },
  { id: "FRE", name: "Freedonia", type: "state", aliases: ["Freedonian"] },
  { id: "SYLVANIA", name: "Sylvania", type: "state", aliases: ["Sylvanian"] },
  { id: "NORTH_PACT", name: "Northern Pact", type: "igo", aliases: ["the Pact"] },
  { id: "RED_FRONT", name: "Red Front", type: "armed-group", aliases: ["RF"] },
];

type ClaimSpec = [
  source: string,
  relation: string,
  target: string,
  modality: Modality,
  date: string,
  text: string,
];

const CLAIMS: ClaimSpec[] = [
  ["RUR", "shares-intel-with", "BOR", "intended", "2014-03-02", XSS_SENTENCES.script],
  [
    "RUR",
    "shares-intel-with",
    "BOR",
    "asserted",
    "2014-06-10",
    "Ruritania and Borduria exchanged intelligence on the Red Front.",
  ],
  [
    "RUR",
    "allies-with",
    "GRF",
    "asserted",
    "2014-09-01",
    "Ruritania signed a defence alliance with Grand Fenwick.",
  ],
  [
    "BOR",
    "cooperates-with",
    "GRF",
    "asserted",
    "2015-01-15",
    "Borduria and Grand Fenwick agreed joint patrols.",
  ],
  [
    "NORTH_PACT",
    "supports",
    "RUR",
    "asserted",
    "2015-02-20",
    "The Northern Pact sent engineers to help Ruritania.",
  ],
  ["SYL", "allies-with", "FRE", "asserted", "2015-03-05", "Syldavia and Freedonia formed an alliance."],
  [
    "SYL",
    "cooperates-with",
    "SYLVANIA",
    "asserted",
    "2015-04-11",
    "Syldavia worked with Sylvania on border security.",
  ],
  [
    "FRE",
    "meets-with",
    "SYLVANIA",
    "asserted",
    "2015-05-01",
    "Freedonian and Sylvanian ministers held talks in Klow.",
  ],
  ["BOR", "fights", "SYL", "asserted", "2015-06-18", XSS_SENTENCES.img],
  ["BOR", "fights", "SYL", "asserted", "2015-07-02", "Bordurian troops attacked Syldavian positions."],
  ["SYL", "opposes", "RUR", "asserted", "2015-08-09", XSS_SENTENCES.link],
  [
    "RUR",
    "fights",
    "RED_FRONT",
    "asserted",
    "2015-09-30",
    "Ruritania launched air strikes against the Red Front.",
  ],
  [
    "RED_FRONT",
    "threatens",
    "GRF",
    "asserted",
    "2015-10-12",
    "The Red Front threatened to attack Grand Fenwick.",
  ],
  ["FRE", "sanctions", "BOR", "asserted", "2016-01-20", "Freedonia imposed sanctions on Borduria."],
  ["GRF", "fights", "RED_FRONT", "negated", "2016-02-14", "Grand Fenwick did not attack the Red Front."],
  ["SYLVANIA", "supports", "SYL", "hypothetical", "2016-03-03", "Sylvania may send weapons to Syldavia."],
];

export function siteFixture(): SiteData {
  const relations: ApiRelationType[] = DEFAULT_RELATION_TYPES.map(({ name, type, polarity, symmetric }) => ({
    name,
    type,
    polarity,
    symmetric,
  }));
  const info = new Map(relations.map((r) => [r.name, r]));
  const actors = new Map(ACTORS.map((a) => [a.id, a]));
  const evidence: ApiEvidence[] = CLAIMS.map(([s, relation, t, modality, date, text], i) => {
    const r = info.get(relation)!;
    const [source, target] = r.symmetric && t < s ? [t, s] : [s, t];
    const a = actors.get(source)!;
    const b = actors.get(target)!;
    return {
      claimId: `claim-${i}`,
      relation,
      polarity: r.polarity,
      modality,
      symmetric: r.symmetric,
      confidence: 0.9,
      source: { id: a.id, name: a.name },
      target: { id: b.id, name: b.name },
      via: null,
      date,
      sentence: { index: i % 5, text, marks: marks(text, [a, b]) },
      doc: {
        name: `viewer-fixture-${Math.floor(i / 4) + 1}.txt`,
        title: `Fixture dispatch ${Math.floor(i / 4) + 1}`,
        date,
      },
    };
  });
  const nodes = ACTORS.map((a) => ({ ...unanalysed(a.id, a.name), type: a.type }));
  return siteFromEvidence(relations, evidence, nodes, ACTORS);
}

/** A node as the API gives it before `kg analyze` has run (weighted degree filled in by siteFromEvidence). */
function unanalysed(id: string, name: string): ApiNode {
  return {
    id,
    name,
    type: "state",
    weightedDegree: 0,
    bloc: null,
    camp: null,
    pagerank: null,
    betweenness: null,
  };
}

/**
 * A SiteData holding exactly `evidence`: edges and node degrees counted from the claims as the API counts
 * them, nodes limited to the actors the edges reach.
 */
export function siteFromEvidence(
  relations: ApiRelationType[],
  evidence: ApiEvidence[],
  nodeInfo: readonly ApiNode[],
  aliases: ReadonlyArray<{ id: string; aliases: string[] }>,
): SiteData {
  const edges = edgesOf(evidence);
  const nodes = nodesOf(edges, nodeInfo);
  const dates = evidence.flatMap((e) => (e.date === null ? [] : [e.date])).sort();
  const drawn = new Set(nodes.map((n) => n.id));
  return {
    kind: "site",
    version: 1,
    meta: {
      kind: "meta",
      relations,
      dateRange: dates.length === 0 ? null : { min: dates[0]!, max: dates.at(-1)! },
      counts: {
        actors: nodes.length,
        documents: new Set(evidence.map((e) => e.doc.name)).size,
        sentences: new Set(evidence.map((e) => `${e.doc.name}#${e.sentence.index}`)).size,
        claims: evidence.length,
      },
      source: "static",
      analyzed: nodes.some((n) => n.bloc !== null),
    },
    graph: { kind: "graph", nodes, edges, truncated: false },
    actors: aliases.filter((a) => drawn.has(a.id)).map((a) => ({ id: a.id, aliases: a.aliases })),
    evidence,
  };
}

function marks(text: string, actors: ActorSpec[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      let at = text.indexOf(name);
      while (at >= 0) {
        found.push([at, at + name.length]);
        at = text.indexOf(name, at + name.length);
      }
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return found.filter((m, i) => i === 0 || m[0] >= found[i - 1]![1]);
}

function edgesOf(evidence: ApiEvidence[]): ApiEdge[] {
  const edges = new Map<string, ApiEdge & { docSet: Set<string> }>();
  for (const e of evidence) {
    const id = `${e.source.id}|${e.relation}|${e.target.id}|${e.modality}`;
    let edge = edges.get(id);
    if (edge === undefined) {
      edge = {
        id,
        source: e.source.id,
        target: e.target.id,
        relation: e.relation,
        polarity: e.polarity,
        symmetric: e.symmetric,
        modality: e.modality,
        count: 0,
        docs: 0,
        firstSeen: e.date,
        lastSeen: e.date,
        docSet: new Set(),
      };
      edges.set(id, edge);
    }
    edge.count++;
    edge.docSet.add(e.doc.name);
    edge.docs = edge.docSet.size;
    if (e.date! < edge.firstSeen!) edge.firstSeen = e.date;
    if (e.date! > edge.lastSeen!) edge.lastSeen = e.date;
  }
  return [...edges.values()].map(({ docSet: _docSet, ...edge }) => edge);
}

function nodesOf(edges: ApiEdge[], nodeInfo: readonly ApiNode[]): ApiNode[] {
  const degree = new Map<string, number>();
  for (const e of edges) {
    if (e.modality !== "asserted" && e.modality !== "intended") continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.count);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + e.count);
  }
  const reached = new Set(edges.flatMap((e) => [e.source, e.target]));
  return nodeInfo
    .filter((n) => reached.has(n.id))
    .map((n) => ({ ...n, weightedDegree: degree.get(n.id) ?? 0 }))
    .sort((a, b) => b.weightedDegree - a.weightedDegree || (a.id < b.id ? -1 : 1));
}

/** site-data.js as `kg export --site` writes it. */
export function siteDataScript(data: SiteData): string {
  return `globalThis.__KG_SITE__ = ${JSON.stringify(data).replace(/</g, "\\u003c")};\n`;
}

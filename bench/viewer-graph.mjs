// Synthetic alliance networks for the viewer benchmark: `actors` actors, each the source of four edges, in blocs
// of 40 (cooperative ties mostly inside a bloc, hostile ones anywhere), as the SiteData of a static export.

export const EDGES_PER_ACTOR = 4;

const RELATIONS = [
  ["shares-intel-with", "cooperative", true],
  ["cooperates-with", "cooperative", true],
  ["allies-with", "cooperative", true],
  ["supports", "cooperative", false],
  ["meets-with", "cooperative", true],
  ["fights", "hostile", false],
  ["opposes", "hostile", false],
  ["threatens", "hostile", false],
  ["sanctions", "hostile", false],
];

/** Seeded, so every run and version draws the same graphs. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSite(actors) {
  const rand = random(actors);
  const blocSize = 40;
  const id = (i) => `A${i}`;
  const edges = new Map();
  for (let i = 0; i < actors; i++) {
    for (let k = 0; k < EDGES_PER_ACTOR; k++) {
      const cooperative = rand() < 0.7;
      const bloc = Math.floor(i / blocSize);
      const j = cooperative
        ? Math.min(actors - 1, bloc * blocSize + Math.floor(rand() * blocSize))
        : Math.floor(rand() * actors);
      if (j === i) continue;
      const pool = RELATIONS.filter((r) => (r[1] === "cooperative") === cooperative);
      const [relation, polarity, symmetric] = pool[Math.floor(rand() * pool.length)];
      const [source, target] = symmetric && j < i ? [id(j), id(i)] : [id(i), id(j)];
      const modality = rand() < 0.8 ? "asserted" : "intended";
      const key = `${source}|${relation}|${target}|${modality}`;
      const count = 1 + Math.floor(-Math.log(1 - rand()) * 2);
      const day = `20${10 + Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
      const previous = edges.get(key);
      if (previous) previous.count += count;
      else {
        edges.set(key, {
          id: key,
          source,
          target,
          relation,
          polarity,
          symmetric,
          modality,
          count,
          docs: count,
          firstSeen: day,
          lastSeen: day,
        });
      }
    }
  }
  const degree = new Map();
  for (const e of edges.values()) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.count);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.count);
  }
  const nodes = [...degree.keys()].map((n) => ({
    id: n,
    name: `Actor ${n.slice(1)}`,
    type: "state",
    weightedDegree: degree.get(n),
    bloc: null,
    camp: null,
    pagerank: null,
    betweenness: null,
  }));
  return {
    kind: "site",
    version: 1,
    meta: {
      kind: "meta",
      relations: RELATIONS.map(([name, polarity, symmetric]) => ({
        name,
        type: name.toUpperCase().replace(/-/g, "_"),
        polarity,
        symmetric,
      })),
      dateRange: { min: "2010-01-10", max: "2019-09-18" },
      counts: { actors: nodes.length, documents: 0, sentences: 0, claims: 0 },
      source: "static",
      analyzed: false,
    },
    graph: { kind: "graph", nodes, edges: [...edges.values()], truncated: false },
    actors: nodes.map((n) => ({ id: n.id, aliases: [] })),
    // Evidence is read only for panels and date filters, which the benchmark does not open.
    evidence: [],
  };
}

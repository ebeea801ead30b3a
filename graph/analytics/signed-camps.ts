// signedCamps: the two camps that best explain who cooperates and who fights (fewest frustrated pairs),
// the frustration index, and the unbalanced triads; graphology's fn / fn.assign shape.
import type { AbstractGraph as Graph, Attributes } from "graphology-types";
import { minimumFrustration, type FrustrationOptions } from "./frustration.js";
import { DEFAULT_SEED, seededRandom } from "./rng.js";
import { signedPairs } from "./signed-pairs.js";
import { triadCensus } from "./triads.js";
import type { AnalysableEdge, SignedPair, UnbalancedTriad } from "./types.js";

export interface SignedCampsOptions {
  /** Weigh each pair by |cooperative - hostile| claims instead of counting it once; default false. */
  weighted?: boolean;
  /** Components up to this many actors are solved exactly; default 20. */
  exactLimit?: number;
  /** Local-search starts on larger components; default 30. */
  restarts?: number;
  seed?: number;
  /** Node attribute `assign` writes; default "camp". */
  attribute?: string;
}

export interface CampComponent {
  /** Sorted actor ids. */
  actors: string[];
  frustration: number;
  exact: boolean;
}

export interface SignedCamps {
  /** 0 or 1 per actor. Camps are relative to a connected component of the signed network. */
  camps: Record<string, 0 | 1>;
  /** Frustrated pairs under the split: the frustration index when `exact`, an upper bound otherwise. */
  frustration: number;
  /** frustration / number of signed pairs: 0 is a perfectly balanced network. */
  frustrationRatio: number;
  /** The frustration is proven minimal: every component was solved exactly, or it meets `lowerBound`. */
  exact: boolean;
  /**
   * A proven lower bound: edge-disjoint unbalanced triads each need one frustrated pair whatever the split, so
   * the frustration index lies in [lowerBound, frustration].
   */
  lowerBound: number;
  /** The pairs the split leaves frustrated: partners split apart, or enemies in one camp. */
  frustratedPairs: SignedPair[];
  signedPairs: number;
  /** Pairs with as many cooperative as hostile claims; they have no sign. */
  mixedPairs: number;
  components: CampComponent[];
  triangles: number;
  unbalancedTriads: UnbalancedTriad[];
}

const DEFAULTS = { weighted: false, exactLimit: 20, restarts: 30, seed: DEFAULT_SEED, attribute: "camp" };

export function signedCamps<N extends Attributes, E extends AnalysableEdge>(
  graph: Graph<N, E>,
  options: SignedCampsOptions = {},
): SignedCamps {
  const settings = { ...DEFAULTS, ...options };
  const actors = graph.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(actors.map((id, i) => [id, i]));
  const { pairs, mixed } = signedPairs(graph);
  const edges = pairs.map((p) => ({
    u: index.get(p.a)!,
    v: index.get(p.b)!,
    sign: p.sign,
    weight: settings.weighted ? Math.abs(p.net) : 1,
  }));
  const frustration: FrustrationOptions = {
    exactLimit: settings.exactLimit,
    restarts: settings.restarts,
    random: seededRandom(settings.seed),
  };
  const split = minimumFrustration(actors.length, edges, frustration);
  const camps = Object.fromEntries(actors.map((id, i) => [id, split.side[i] as 0 | 1]));
  const frustratedPairs = pairs.filter((p) => p.sign > 0 !== (camps[p.a] === camps[p.b]));
  const census = triadCensus(pairs);
  const weight = (p: SignedPair): number => (settings.weighted ? Math.abs(p.net) : 1);
  const lowerBound = disjointTriadBound(
    census.unbalanced,
    new Map(pairs.map((p) => [pairKey(p.a, p.b), weight(p)])),
  );
  return {
    camps,
    frustration: split.frustration,
    frustrationRatio: pairs.length === 0 ? 0 : frustratedPairs.length / pairs.length,
    exact: split.components.every((c) => c.exact) || lowerBound === split.frustration,
    lowerBound,
    frustratedPairs,
    signedPairs: pairs.length,
    mixedPairs: mixed.length,
    components: split.components.map((c) => ({
      actors: c.nodes.map((i) => actors[i]!),
      frustration: c.frustration,
      exact: c.exact,
    })),
    triangles: census.triangles,
    unbalancedTriads: census.unbalanced,
  };
}

/** Writes each actor's camp as a node attribute and returns the whole result. */
signedCamps.assign = function assign<N extends Attributes, E extends AnalysableEdge>(
  graph: Graph<N, E>,
  options: SignedCampsOptions = {},
): SignedCamps {
  const result = signedCamps(graph, options);
  const attribute = options.attribute ?? DEFAULTS.attribute;
  for (const [id, camp] of Object.entries(result.camps))
    (graph as unknown as Graph).setNodeAttribute(id, attribute, camp);
  return result;
};

function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** Greedy packing of unbalanced triads that share no pair; each adds its lightest pair's weight to the bound. */
function disjointTriadBound(
  triads: readonly UnbalancedTriad[],
  weights: ReadonlyMap<string, number>,
): number {
  const used = new Set<string>();
  let bound = 0;
  for (const {
    actors: [a, b, c],
  } of triads) {
    const keys = [pairKey(a, b), pairKey(b, c), pairKey(a, c)];
    if (keys.some((k) => used.has(k))) continue;
    keys.forEach((k) => used.add(k));
    bound += Math.min(...keys.map((k) => weights.get(k)!));
  }
  return bound;
}

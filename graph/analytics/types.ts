// The data the analytics read and produce: any graphology graph whose edges carry a polarity and a claim count.
import type { Attributes } from "graphology-types";
import type { Polarity } from "../../ingest/record.js";

/** What an edge must carry to be analysed: loadGraph's RelationAttributes have it. */
export interface AnalysableEdge extends Attributes {
  polarity: Polarity;
  /** Asserted and intended claims behind the edge. */
  count: number;
  /** Symmetric relations count in both directions for PageRank. */
  symmetric?: boolean;
}

/** +1: the pair's claims are mostly cooperative; -1: mostly hostile. */
export type Sign = 1 | -1;

/** One unordered pair of actors with the sign of its evidence; `a` < `b`. */
export interface SignedPair {
  a: string;
  b: string;
  sign: Sign;
  /** Cooperative claims minus hostile claims between the two, either direction. */
  net: number;
}

/** A triangle of signed pairs whose sign product is negative: no two-camp split satisfies all three. */
export interface UnbalancedTriad {
  /** Sorted actor ids. */
  actors: [string, string, string];
  /** Signs of the pairs (a,b), (b,c), (a,c). */
  signs: [Sign, Sign, Sign];
  /** "++-": two partners of one actor are hostile to each other; "---": three mutual enemies. */
  kind: "++-" | "---";
}

// Where the viewer's data comes from: one interface, answered by kg serve's API (HTTP) or by the data a static
// export embeds; the rest of the viewer never knows which.
import type {
  ActorResponse,
  EvidencePage,
  GraphQuery,
  GraphResponse,
  MetaResponse,
  Modality,
  SearchResponse,
} from "../api.js";

export interface EvidenceQuery {
  relations?: string[];
  modalities?: Modality[];
  skip?: number;
  limit?: number;
}

export interface DataSource {
  readonly kind: "http" | "static";
  meta(): Promise<MetaResponse>;
  graph(query: GraphQuery, signal?: AbortSignal): Promise<GraphResponse>;
  actor(id: string): Promise<ActorResponse>;
  actorEvidence(id: string, query: EvidenceQuery): Promise<EvidencePage>;
  /** Claims between two actors, either direction. */
  pairEvidence(a: string, b: string, query: EvidenceQuery): Promise<EvidencePage>;
  search(q: string, limit: number): Promise<SearchResponse>;
}

/** Why data could not be had: the server is unreachable, or it answered with an error. */
export class DataError extends Error {
  constructor(
    readonly reason: "unreachable" | "status" | "not-found",
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "DataError";
  }
}

/** The most evidence one request asks for (the API's bound). */
export const EVIDENCE_PAGE = 200;

// The data source behind `kg serve` (and Vite's dev proxy): relative ./api/... requests, so the page works
// under any path the server is mounted at.
import type {
  ActorResponse,
  ApiError,
  EvidencePage,
  GraphQuery,
  GraphResponse,
  MetaResponse,
  SearchResponse,
} from "../api.js";
import { DataError, type DataSource, type EvidenceQuery } from "./source.js";

export function httpSource(base = "./api/"): DataSource {
  const get = <T>(path: string, params: Record<string, string | undefined> = {}, signal?: AbortSignal) =>
    getJson<T>(base + path + queryString(params), signal);
  return {
    kind: "http",
    meta: () => get<MetaResponse>("meta"),
    graph: (query, signal) => get<GraphResponse>("graph", graphParams(query), signal),
    actor: (id) => get<ActorResponse>(`actors/${encodeURIComponent(id)}`),
    actorEvidence: (id, query) =>
      get<EvidencePage>(`actors/${encodeURIComponent(id)}/evidence`, evidenceParams(query)),
    pairEvidence: (a, b, query) =>
      get<EvidencePage>(
        `pairs/${encodeURIComponent(a)}/${encodeURIComponent(b)}/evidence`,
        evidenceParams(query),
      ),
    search: (q, limit) => get<SearchResponse>("search", { q, limit: String(limit) }),
  };
}

function graphParams(query: GraphQuery): Record<string, string | undefined> {
  return {
    relations: query.relations?.join(","),
    polarity: query.polarity,
    modalities: query.modalities?.join(","),
    minCount: query.minCount === undefined ? undefined : String(query.minCount),
    from: query.from,
    to: query.to,
    limit: query.limit === undefined ? undefined : String(query.limit),
  };
}

function evidenceParams(query: EvidenceQuery): Record<string, string | undefined> {
  return {
    relations: query.relations?.join(","),
    modalities: query.modalities?.join(","),
    skip: query.skip === undefined ? undefined : String(query.skip),
    limit: query.limit === undefined ? undefined : String(query.limit),
  };
}

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new DataError("unreachable", "cannot reach the kg API: is `kg serve` running?");
  }
  const body = (await response.json().catch(() => null)) as T | ApiError | null;
  if (response.ok && body !== null) return body as T;
  const message = body !== null && (body as ApiError).kind === "error" ? (body as ApiError).message : "";
  // A proxy that cannot reach kg serve (Vite's dev server) answers 502-504 without an ApiError body.
  if (response.status >= 502 && response.status <= 504 && message === "") {
    throw new DataError("unreachable", "cannot reach the kg API: is `kg serve` running?", response.status);
  }
  const reason = response.status === 404 ? "not-found" : "status";
  throw new DataError(
    reason,
    `the kg API answered ${response.status}${message ? `: ${message}` : ""}`,
    response.status,
  );
}

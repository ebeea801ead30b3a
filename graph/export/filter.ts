// The export's filters (the viewer's GraphQuery) as query parameters, checked first.
import neo4j from "neo4j-driver";
import type { GraphQuery } from "../../lib/api-contract.js";
import type { Modality } from "../../ingest/record.js";

export const ALL_MODALITIES: readonly Modality[] = ["asserted", "intended", "negated", "hypothetical"];
/** What the viewer draws by default: asserted and intended claims. */
export const DEFAULT_MODALITIES: readonly Modality[] = ["asserted", "intended"];

export interface FilterParams {
  modalities: Modality[];
  relations: string[] | null;
  polarity: string | null;
  from: string | null;
  to: string | null;
  minCount: number;
  limit: ReturnType<typeof neo4j.int>;
}

export function filterParams(
  query: GraphQuery,
  modalities: readonly Modality[] = DEFAULT_MODALITIES,
): FilterParams {
  return {
    modalities: [...(query.modalities ?? modalities)],
    relations: query.relations ?? null,
    polarity: query.polarity ?? null,
    from: query.from ?? null,
    // Inclusive upper bound that also admits longer timestamps of the last day ("2015-12-31T23:00").
    to: query.to === undefined ? null : `${query.to}\uffff`,
    minCount: Math.max(1, query.minCount ?? 1),
    limit: neo4j.int(query.limit ?? Number.MAX_SAFE_INTEGER),
  };
}

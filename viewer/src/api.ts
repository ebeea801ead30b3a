// The API's types (lib/api-contract.ts), re-exported for the viewer: types only, nothing of the server is bundled.
export type {
  ActorResponse,
  ActorType,
  ApiActorRef,
  ApiEdge,
  ApiError,
  ApiEvidence,
  ApiNode,
  ApiRelationType,
  EvidencePage,
  GraphQuery,
  GraphResponse,
  MetaResponse,
  Modality,
  Polarity,
  SearchResponse,
  SiteData,
} from "../../lib/api-contract.js";

import type { Modality, Polarity } from "../../lib/api-contract.js";

export const MODALITIES: readonly Modality[] = ["asserted", "intended", "negated", "hypothetical"];
export const POLARITIES: readonly Polarity[] = ["cooperative", "hostile"];
/** What the API draws edges from unless asked otherwise: negated and hypothetical claims stay hidden. */
export const DEFAULT_MODALITIES: readonly Modality[] = ["asserted", "intended"];

// Alliance analytics: the functions (graphology's fn / fn.assign shape) and the store round trip.
export { blocs, type BlocsOptions } from "./blocs.js";
export { centrality, type Centrality, type CentralityOptions } from "./centrality.js";
export {
  signedCamps,
  type CampComponent,
  type SignedCamps,
  type SignedCampsOptions,
} from "./signed-camps.js";
export { signedPairs, type SignedPairs } from "./signed-pairs.js";
export { triadCensus, type TriadCensus } from "./triads.js";
export {
  analyzeGraph,
  type ActorAnalysis,
  type AllianceAnalysis,
  type AnalyzeOptions,
  type Bloc,
} from "./analyze.js";
export {
  analyzeStore,
  readAnalysisSummary,
  writeAnalysis,
  type AnalysisSummary,
  type AnalyzeStoreOptions,
} from "./store.js";
export { formatAnalysis, type ReportOptions } from "./report.js";
export type { AnalysableEdge, Sign, SignedPair, UnbalancedTriad } from "./types.js";

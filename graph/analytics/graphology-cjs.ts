// graphology's algorithm packages are CommonJS whose typings declare an ES default export; under NodeNext the
// default import is the module.exports function at run time but typed as the module, so unwrap it once here.
import louvainModule from "graphology-communities-louvain";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";

function unwrap<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}

export const louvain = unwrap(louvainModule);
export const pagerank = unwrap(pagerankModule);
export const betweenness = unwrap(betweennessModule);

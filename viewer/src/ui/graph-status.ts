// What the page says about the graph it drew: cut answers, large graphs, and why nothing is drawn.
import type { GraphResponse, MetaResponse } from "../api.js";
import type { ViewGraph } from "../graph/model.js";
import { HIDE_EDGES_ON_MOVE_ABOVE } from "../render/renderer.js";
import { plural } from "./dom.js";
import type { Messages } from "./messages.js";

export function showGraphStatus(
  notes: Messages,
  graph: ViewGraph,
  response: GraphResponse,
  meta: MetaResponse,
  resetFilters: () => void,
): void {
  const lines: string[] = [];
  if (response.truncated) {
    lines.push(
      `Showing the ${response.edges.length.toLocaleString("en")} best-evidenced edges only: raise the minimum ` +
        "claims or narrow the filters to see the rest.",
    );
  }
  if (graph.size > HIDE_EDGES_ON_MOVE_ABOVE) {
    lines.push(
      `Large graph (${plural(graph.order, "actor")}, ${plural(graph.size, "edge")}): edges are hidden ` +
        "while the layout runs and while the view moves.",
    );
  }
  notes.notices(lines);
  if (graph.order > 0) return notes.hide();
  if (meta.counts.claims === 0) {
    notes.show(
      "empty",
      "The graph is empty",
      "Nothing is stored yet: ingest articles with `npx kg ingest samples/`.",
    );
  } else {
    notes.show(
      "empty",
      "No relation matches these filters",
      "Tick more relation types or kinds of claim, lower the minimum number of claims, or widen the dates.",
      { label: "Reset filters", run: resetFilters },
    );
  }
}

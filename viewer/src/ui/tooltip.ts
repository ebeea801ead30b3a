// The tooltip of a hovered edge: who does what to whom, and how many claims of which kind say so.
import type { ViewGraph } from "../graph/model.js";
import { h, plural, relationLabel, replace } from "./dom.js";

export function showEdgeTooltip(
  tip: HTMLElement,
  graph: ViewGraph,
  key: string | null,
  x: number,
  y: number,
): void {
  if (key === null || !graph.hasEdge(key)) {
    tip.hidden = true;
    return;
  }
  const a = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const arrow = a.symmetric ? "—" : "→";
  const counts = Object.entries(a.counts)
    .map(([modality, n]) => `${n} ${modality}`)
    .join(", ");
  const names = `${graph.getNodeAttribute(source, "label")} ${arrow} ${relationLabel(a.relation)} ${arrow} ${graph.getNodeAttribute(target, "label")}`;
  replace(
    tip,
    h("strong", {}, names),
    h("br"),
    `${plural(a.count, "claim")} (${counts}) · click for the evidence`,
  );
  tip.style.left = `${x + 14}px`;
  tip.style.top = `${y + 14}px`;
  tip.hidden = false;
}

// What the side panels need from the rest of the viewer, and the evidence filters they share.
import type { ApiEvidence, MetaResponse } from "../api.js";
import { rangeTest } from "../data/static-graph.js";
import type { DataSource } from "../data/source.js";
import type { ViewState } from "../state.js";

export interface PanelContext {
  source: DataSource;
  meta: MetaResponse;
  state(): ViewState;
  selectActor(id: string): void;
  /** The colour and name of the group (bloc or camp) an actor is drawn in, when it is drawn. */
  groupOf(id: string): { colour: string; label: string } | null;
  /** Whether the actor is in the drawn graph (filters may hide it). */
  isDrawn(id: string): boolean;
}

/** Evidence shown under the view's filters: polarity and date range (the API filters relations and modalities). */
export function visibleEvidence(items: readonly ApiEvidence[], state: ViewState): ApiEvidence[] {
  const inRange = rangeTest(state.from ?? undefined, state.to ?? undefined);
  const dated = state.from !== null || state.to !== null;
  return items.filter(
    (e) => state.polarities.includes(e.polarity) && (!dated || (e.date !== null && inRange(e.date))),
  );
}

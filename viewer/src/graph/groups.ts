// Node colour groups for the view: blocs or camps (analysed or computed), their stable colour slots, and the
// legend's names for them (each group named by its best-connected actors).
import type { ColourMode } from "../state.js";
import { blocsOf } from "./blocs.js";
import { campsOf } from "./camps.js";
import type { ViewGraph } from "./model.js";
import { assignSlots, type Slots } from "./stable-slots.js";

export interface GroupSummary {
  /** Colour slot: -1 for groups beyond the palette, null for actors in no group. */
  slot: number | null;
  label: string;
  count: number;
}

export function groupSlots(
  graph: ViewGraph,
  mode: ColourMode,
  previous: Slots,
  slotCount: number,
  random: () => number,
): Slots {
  const groups = mode === "camp" ? campsOf(graph) : blocsOf(graph, random);
  // With the cooperative edges filtered out there are no blocs to find: actors keep the colours they had.
  if (mode === "bloc" && previous.size > 0 && [...groups.values()].every((g) => g === null)) {
    return new Map(graph.nodes().map((id) => [id, previous.get(id) ?? null]));
  }
  return assignSlots(groups, previous, slotCount);
}

/** Whether the groups came from `kg analyze` (every drawn actor carries one). */
export function analysedGroups(graph: ViewGraph, mode: ColourMode): boolean {
  if (graph.order === 0) return false;
  let all = true;
  graph.forEachNode((_id, a) => {
    if ((mode === "camp" ? a.camp : a.bloc) === null) all = false;
  });
  return all;
}

/** Legend rows: the named blocs (or camps) one by one, smaller blocs together, then actors in no group. */
export function summarise(graph: ViewGraph, slots: Slots, mode: ColourMode, named: number): GroupSummary[] {
  const members = new Map<number | null, Array<{ name: string; degree: number }>>();
  graph.forEachNode((id, a) => {
    const slot = slots.get(id) ?? null;
    const list = members.get(slot);
    const entry = { name: a.label, degree: a.degree };
    if (list === undefined) members.set(slot, [entry]);
    else list.push(entry);
  });
  const noun = mode === "camp" ? "Camp" : "Bloc";
  const out: GroupSummary[] = [];
  let smaller = 0;
  let smallerActors = 0;
  for (const [slot, list] of [...members].sort(bySlot)) {
    if (slot === null) {
      out.push({
        slot,
        label: mode === "camp" ? "In no conflict" : "No cooperative tie",
        count: list.length,
      });
    } else if (slot < 0 || slot >= named) {
      smaller++;
      smallerActors += list.length;
    } else {
      const leaders = [...list]
        .sort((a, b) => b.degree - a.degree)
        .slice(0, 2)
        .map((m) => m.name);
      const more = list.length > 2 ? ", ..." : "";
      out.push({ slot, label: `${noun} of ${leaders.join(", ")}${more}`, count: list.length });
    }
  }
  if (smaller > 0) {
    const row = {
      slot: -1,
      label: `${smaller} smaller ${noun.toLowerCase()}s (other colours)`,
      count: smallerActors,
    };
    out.splice(
      out.findIndex((g) => g.slot === null) >= 0 ? out.findIndex((g) => g.slot === null) : out.length,
      0,
      row,
    );
  }
  return out;
}

function bySlot(a: [number | null, unknown], b: [number | null, unknown]): number {
  const rank = (s: number | null): number => (s === null ? 1e9 : s < 0 ? 1e8 : s);
  return rank(a[0]) - rank(b[0]);
}

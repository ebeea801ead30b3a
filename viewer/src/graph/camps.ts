// The two-camp split of structural balance: allies on one side, enemies across. The camps `kg analyze` wrote,
// or, before it has run, a split computed here: signed two-colouring, then moves that lower the frustration.
import type { ViewGraph } from "./model.js";

const PASSES = 20;

/** Camp (0 or 1) per actor; null for an actor in no conflict (no hostile edge in its component). */
export function campsOf(graph: ViewGraph): Map<string, number | null> {
  const analysed = new Map<string, number | null>();
  let complete = graph.order > 0;
  graph.forEachNode((id, { camp }) => {
    if (camp === null) complete = false;
    analysed.set(id, camp);
  });
  return complete ? analysed : balancedSplit(graph);
}

type Signed = Map<string, Map<string, number>>;

function balancedSplit(graph: ViewGraph): Map<string, number | null> {
  const signed = signedTies(graph);
  const side = new Map<string, number>();
  const camps = new Map<string, number | null>();
  graph.forEachNode((id) => camps.set(id, null));
  for (const start of signed.keys()) {
    if (side.has(start)) continue;
    const component = colour(signed, start, side);
    improve(signed, component, side);
    if (!component.some((id) => [...signed.get(id)!.values()].some((w) => w < 0))) continue;
    // Camp 0 is the side of the component's best-connected actor, so camps read the same way between views.
    const hub = component.reduce((best, id) =>
      graph.getNodeAttribute(id, "degree") > graph.getNodeAttribute(best, "degree") ? id : best,
    );
    const flip = side.get(hub) === 1;
    for (const id of component) camps.set(id, flip ? 1 - side.get(id)! : side.get(id)!);
  }
  return camps;
}

/** Net tie per pair of actors: cooperative claims count up, hostile claims down. */
function signedTies(graph: ViewGraph): Signed {
  const signed: Signed = new Map();
  const add = (a: string, b: string, w: number): void => {
    let row = signed.get(a);
    if (row === undefined) signed.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + w);
  };
  graph.forEachEdge((_key, a, source, target) => {
    if (a.edgeClass !== "affirmed" || source === target) return;
    const w = a.polarity === "cooperative" ? a.count : -a.count;
    add(source, target, w);
    add(target, source, w);
  });
  for (const row of signed.values()) for (const [other, w] of row) if (w === 0) row.delete(other);
  return signed;
}

/** Breadth-first: a cooperative tie keeps the side, a hostile one switches it. Returns the component. */
function colour(signed: Signed, start: string, side: Map<string, number>): string[] {
  const component = [start];
  side.set(start, 0);
  for (let i = 0; i < component.length; i++) {
    const id = component[i]!;
    for (const [other, w] of signed.get(id) ?? []) {
      if (side.has(other)) continue;
      side.set(other, w > 0 ? side.get(id)! : 1 - side.get(id)!);
      component.push(other);
    }
  }
  return component;
}

/** Moves an actor across while that lowers the weight of ties that break the balance. */
function improve(signed: Signed, component: readonly string[], side: Map<string, number>): void {
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const id of component) {
      let pull = 0;
      for (const [other, w] of signed.get(id) ?? []) pull += w * (side.get(other) === side.get(id) ? 1 : -1);
      if (pull < 0) {
        side.set(id, 1 - side.get(id)!);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

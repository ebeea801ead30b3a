// The `<ISO3>_REBELS` actor that "Iraqi insurgents" or "Chechen separatists" resolve to.
import type { ActorEntry } from "./types.js";

/** The rebels of a state: id `IRQ_REBELS`, name "Iraqi rebels" (from the first demonym), type armed-group.
 * Its aliases are empty: the recogniser builds it from a demonym plus a rebel noun, not from a name. */
export function rebelsOf(state: ActorEntry): ActorEntry {
  if (state.type !== "state") throw new TypeError(`rebelsOf: ${state.id} is not a state`);
  const adjective = state.demonyms?.[0] ?? state.name;
  return { id: rebelsId(state.id), name: `${adjective} rebels`, type: "armed-group", aliases: [] };
}

/** `IRQ` → `IRQ_REBELS`. */
export function rebelsId(stateId: string): string {
  return `${stateId}_REBELS`;
}

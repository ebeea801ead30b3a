// Domestic conflict: unqualified rebels take the state the sentence is located in ("rebels killed 18 soldiers in
// the southern Philippines"), and unqualified soldiers or police facing a state's rebels are that state's.
import type { ActorEntry } from "../actors/types.js";
import type { Token } from "./analyse.js";
import { REBEL_NOUNS } from "./lexicon.js";
import { type ActorHit, type Phrase, rebelsRef, toRef } from "./phrases.js";

const LOCATIVE = new Set(["in", "across", "throughout", "inside"]);
const FORCE_NOUNS = new Set(
  "soldiers soldier troops police policemen army military government forces security guards patrol patrols convoy".split(
    " ",
  ),
);

export function resolveDomestic(tokens: Token[], phrases: Phrase[], actors: Map<string, ActorEntry>): void {
  const located = locatedState(tokens, phrases, actors);
  for (const p of phrases) {
    if (p.actors.length || p.modifiers.length || !located) continue;
    if (REBEL_NOUNS.has(tokens[p.head]!.lower)) p.actors.push({ ref: rebelsRef(located), confidence: 0.6 });
  }
  const rebelStates = new Set(
    phrases
      .flatMap((p) => p.actors.map((a) => a.ref.id))
      .filter((id) => id.endsWith("_REBELS"))
      .map((id) => id.slice(0, -7)),
  );
  if (rebelStates.size !== 1) return;
  const state = actors.get([...rebelStates][0]!);
  if (!state) return;
  // Another state in the sentence ("an Israeli outpost") makes unqualified soldiers anybody's.
  const others = phrases.some((p) =>
    [...p.actors, ...p.modifiers].some((a) => a.ref.type === "state" && a.ref.id !== state.id),
  );
  if (others) return;
  const hit: ActorHit = { ref: toRef(state), confidence: 0.6 };
  for (const p of phrases) {
    if (p.actors.length || p.modifiers.length || p.pronoun || coordinatedWithActor(tokens, phrases, p))
      continue;
    let force = false;
    for (let i = p.first; i <= p.head; i++) if (FORCE_NOUNS.has(tokens[i]!.lower)) force = true;
    if (force) p.actors.push(hit);
  }
}

// The state a sentence happens in: "in the southern Philippines".
function locatedState(
  tokens: Token[],
  phrases: Phrase[],
  actors: Map<string, ActorEntry>,
): ActorEntry | undefined {
  for (const p of phrases) {
    const before = tokens[p.first - 1];
    if (!before || !LOCATIVE.has(before.lower)) continue;
    const state = p.actors.find((a) => a.ref.type === "state");
    if (state) return actors.get(state.ref.id);
  }
  return undefined;
}

// "U.S. tanks and troops": a phrase listed after a qualified one shares its owner, not the rebels' state.
function coordinatedWithActor(tokens: Token[], phrases: Phrase[], p: Phrase): boolean {
  const link = tokens[p.first - 1]?.lower;
  if (link !== "and" && link !== "or" && link !== ",") return false;
  const before = phrases.find((q) => q.last === p.first - 2);
  return !!before && (before.actors.length > 0 || before.modifiers.length > 0);
}

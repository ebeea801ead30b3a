// The viewer's seeded generator: the same data gives the same start positions and blocs.
import { seededRandom as generator } from "../../lib/seeded-random.js";

export function seededRandom(seed = 0x6b67): () => number {
  return generator(seed);
}

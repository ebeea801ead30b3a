// The fuzzing properties with a few hundred cases each (KG_FUZZ_RUNS, KG_FUZZ_SEED to change or replay a run);
// bench/soak-fuzz.mjs runs the same properties with 10,000.
import { describe, it } from "vitest";
import { PROPERTIES } from "./properties.js";

const RUNS = Number(process.env.KG_FUZZ_RUNS ?? 300);
const SEED = process.env.KG_FUZZ_SEED === undefined ? undefined : Number(process.env.KG_FUZZ_SEED);

describe("fuzzing", () => {
  for (const property of PROPERTIES) {
    const runs = Math.max(1, Math.round(RUNS * property.weight));
    it(`${property.name} (${runs} cases)`, { timeout: 120_000 }, () => property.run(runs, SEED));
  }
});

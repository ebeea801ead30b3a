#!/usr/bin/env node
// Soak fuzzing (part of `npm run soak`): the properties of test/fuzz/ with 10,000 cases each (KG_FUZZ_RUNS to
// change; dictionary properties get a share, their cases rebuild the dictionaries). Exits 1 on the first failure,
// printing the seed and the shrunk counterexample; replay it with KG_FUZZ_SEED=<seed> npx vitest run test/fuzz.
import { register } from "tsx/esm/api";

register();
const { runAll } = await import("../test/fuzz/properties.ts");
const total = Number(process.env.KG_FUZZ_RUNS ?? 10_000);
const seed = process.env.KG_FUZZ_SEED === undefined ? undefined : Number(process.env.KG_FUZZ_SEED);
const started = performance.now();
let cases = 0;
try {
  await runAll(
    total,
    (name, runs, seconds) => {
      cases += runs;
      console.log(`ok  ${String(runs).padStart(6)} cases  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
    },
    seed,
  );
} catch (error) {
  console.error(`soak-fuzz: FAILED\n${error instanceof Error ? error.message : String(error)}`);
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause) console.error(cause instanceof Error ? cause.stack : String(cause));
  process.exit(1);
}
console.log(`soak-fuzz: ${cases} cases, ${((performance.now() - started) / 1000).toFixed(1)} s, no failure`);

#!/usr/bin/env node
// The soak's second process: a bounded loop of API requests against `kg serve` until SIGTERM, then its figures
// as one JSON line on stdout (requests, errors, p50/p99 latency in ms).
const base = process.argv[2];
const concurrency = Number(process.argv[3] ?? 4);
const paths = [
  "/api/meta",
  "/api/graph",
  "/api/graph?polarity=hostile&minCount=2",
  "/api/graph?modalities=asserted,intended,negated&from=1987-01-01&to=1987-06-30",
  "/api/search?q=ira",
  "/api/search?q=un",
  "/api/actors/USA",
  "/api/actors/USA/evidence?limit=50",
  "/api/actors/IRN/evidence?skip=50&limit=50",
  "/api/pairs/USA/RUS/evidence",
];
const latencies = [];
const errors = [];
let stopping = false;
process.on("SIGTERM", () => (stopping = true));

async function loop(offset) {
  for (let i = offset; !stopping; i += concurrency) {
    const path = paths[i % paths.length];
    const started = performance.now();
    try {
      const response = await fetch(base + path);
      await response.arrayBuffer();
      // 404 is a right answer for an actor the corpus does not have yet; anything else is an error.
      if (!response.ok && response.status !== 404) errors.push(`${response.status} ${path}`);
    } catch (error) {
      errors.push(`${error.cause?.code ?? error.message} ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    latencies.push(performance.now() - started);
  }
}

await Promise.all(Array.from({ length: concurrency }, (_, k) => loop(k)));
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
console.log(
  JSON.stringify({
    requests: latencies.length,
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
    p50: at(0.5),
    p99: at(0.99),
  }),
);

// Vitest global setup: a real Neo4j for the tests: NEO4J_URI when set, else the local one (reused, or started).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig, type DatabaseConfig } from "../../lib/config.js";
import { projectPath } from "../../lib/paths.js";
import { openDriver } from "../../graph/driver.js";
import { isAlive } from "../../graph/local/pid-file.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../graph/local/local-neo4j.js";
import { ensureSchema } from "../../graph/schema.js";

// Several test runs can share the local Neo4j (helpers working side by side). Each registers itself; the Neo4j
// that a test run started is stopped by the last run to finish, never under another run's feet.
const USERS_DIR = projectPath(".kg", "test-runs");
const STARTED_BY_TESTS = projectPath(".kg", "test-runs.started-neo4j");

const log = (line: string): void => console.error(`[neo4j setup] ${line}`);

export default async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig();
  mkdirSync(USERS_DIR, { recursive: true });
  const me = join(USERS_DIR, String(process.pid));
  writeFileSync(me, "");
  let database: DatabaseConfig = config;
  if (config.kind === "local") {
    const local = await startLocalNeo4j(config, log);
    if (local.kind === "started") writeFileSync(STARTED_BY_TESTS, "");
    database = { ...config, uri: local.uri };
  }
  // The schema once, here, so test files running in parallel do not race to create it.
  const driver = await openDriver(database);
  try {
    await ensureSchema(driver);
  } finally {
    await driver.close();
  }
  return async () => {
    rmSync(me, { force: true });
    if (config.kind === "local" && existsSync(STARTED_BY_TESTS) && otherLiveRuns() === 0) {
      rmSync(STARTED_BY_TESTS, { force: true });
      await stopLocalNeo4j(log);
    }
  };
}

function otherLiveRuns(): number {
  let live = 0;
  for (const name of readdirSync(USERS_DIR)) {
    if (isAlive(Number(name))) live++;
    else rmSync(join(USERS_DIR, name), { force: true });
  }
  return live;
}

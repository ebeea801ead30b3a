// Which database commands talk to: NEO4J_URI as given, or the local Neo4j, started first if it is not running.
import { loadConfig, type DatabaseConfig } from "../lib/config.js";
import { startLocalNeo4j, type Log } from "./local/local-neo4j.js";

const toStderr: Log = (line) => console.error(`kg: ${line}`);

/**
 * The database to connect to. With NEO4J_URI set it is returned unchanged (kg never starts a remote server);
 * otherwise the local Neo4j is started if needed, and a running one is used whatever port it was started on.
 */
export async function ensureDatabase(
  config: DatabaseConfig = loadConfig(),
  log: Log = toStderr,
): Promise<DatabaseConfig> {
  if (config.kind === "remote") return config;
  const running = await startLocalNeo4j(config, log);
  return { ...config, uri: running.uri, port: Number(new URL(running.uri).port), dataDir: running.dataDir };
}

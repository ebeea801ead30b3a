// `kg neo4j start|stop|status`: the project's own Neo4j on 127.0.0.1 (the logic lives in graph/local/).
import type { Command } from "commander";
import { loadConfig, localConfig, readEnv } from "../../lib/config.js";
import { UsageError } from "../../lib/errors.js";
import { LOG_FILE } from "../../graph/local/files.js";
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "../../graph/local/local-neo4j.js";

const say = (line: string): void => console.log(line);
const note = (line: string): void => console.error(`kg: ${line}`);

export function registerNeo4j(program: Command): void {
  const neo4j = program
    .command("neo4j")
    .description("start, stop or inspect the local Neo4j (127.0.0.1, data in .kg/neo4j)");
  neo4j
    .command("start")
    .description(
      "build the launcher if needed (first run only), start Neo4j detached and wait until Bolt answers",
    )
    .option("--port <port>", "Bolt port (default: KG_NEO4J_PORT or 7687)")
    .option("--data <dir>", "Neo4j home folder holding data/ and logs/ (default: KG_NEO4J_DATA or .kg/neo4j)")
    .action(async (options: { port?: string; data?: string }) => {
      const config = localConfig(readEnv(), parsePort(options.port), options.data);
      const result = await startLocalNeo4j(config, note);
      const verb = result.kind === "started" ? "started" : "already running";
      say(`local Neo4j ${verb}: ${result.uri} (pid ${result.pid}, data ${result.dataDir})`);
    });
  neo4j
    .command("stop")
    .description("stop the local Neo4j cleanly (SIGTERM, then wait for it to exit)")
    .action(async () => {
      const result = await stopLocalNeo4j(note);
      say(result === "stopped" ? "local Neo4j stopped" : "local Neo4j is not running");
    });
  neo4j
    .command("status")
    .description("say whether the local Neo4j runs, with its pid and URI")
    .action(() => {
      const status = localNeo4jStatus();
      if (status.kind === "running") {
        say(`running: pid ${status.pid}, ${status.uri}, data ${status.dataDir}, log ${LOG_FILE}`);
      } else {
        say("stopped");
      }
      const config = loadConfig();
      if (config.kind === "remote")
        say(`note: NEO4J_URI is set, so kg commands use ${config.uri}, not the local Neo4j`);
    });
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port: not a port number: ${value}`);
  return port;
}

// `kg serve`: the viewer and its read-only JSON API over the graph, on loopback unless --host says otherwise.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import type { Driver } from "neo4j-driver";
import { UsageError, ViewerNotBuiltError } from "../../lib/errors.js";
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_VIEWER_DIR, serve } from "../../server/index.js";
import { withDatabase } from "./stats.js";

export interface ServeFlags {
  port: string;
  host: string;
  viewerDir: string;
  log?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the viewer and a read-only JSON API over the graph (127.0.0.1 unless --host says)")
    .option("--port <port>", "port to listen on (0: any free port)", String(DEFAULT_PORT))
    .option(
      "--host <host>",
      "interface to listen on; 0.0.0.0 lets other machines read the graph",
      DEFAULT_HOST,
    )
    .option("--viewer-dir <dir>", "serve another build of the viewer", DEFAULT_VIEWER_DIR)
    .option("--log", "log every request as a JSON line on stdout")
    .addHelpText(
      "after",
      "\nEndpoints: /api/meta, /api/graph, /api/actors/:id, /api/actors/:id/evidence, /api/pairs/:a/:b/evidence," +
        " /api/search (GET only). Stop with Ctrl-C.",
    )
    .action(async (flags: ServeFlags) => {
      checkServeFlags(flags);
      await withDatabase((driver) => serveUntilStopped(driver, flags));
    });
}

/** Fails before the database is started when the flags or the viewer build cannot work. */
export function checkServeFlags(flags: ServeFlags): void {
  parsePort(flags.port);
  if (flags.host.trim() === "") throw new UsageError("--host: expected an interface address");
  const dir = resolve(flags.viewerDir);
  if (!existsSync(join(dir, "index.html"))) throw new ViewerNotBuiltError(dir);
}

/** Serves until SIGINT or SIGTERM, then stops listening; the caller closes the driver. */
export async function serveUntilStopped(driver: Driver, flags: ServeFlags): Promise<void> {
  const server = await serve({
    driver,
    host: flags.host,
    port: parsePort(flags.port),
    viewerDir: flags.viewerDir,
    logger: flags.log === true,
  });
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(flags.host)) {
    console.error(`kg: listening on ${flags.host}: anyone who can reach this machine can read the graph`);
  }
  console.log(`Open ${server.url} in a browser (Ctrl-C stops the server).`);
  const signal = await nextSignal();
  console.error(`kg: ${signal}: stopping the server`);
  await server.close();
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port: expected 0 to 65535, got ${value}`);
  return port;
}

function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

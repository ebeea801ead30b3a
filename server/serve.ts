// Listens: the app on a host and port, loopback unless told otherwise; gives the URL to open and a way to stop.
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { ListenError } from "../lib/errors.js";
import { createServer, DEFAULT_VIEWER_DIR, type LogSink } from "./app.js";
import { isLoopback, LOOPBACK_HOSTS } from "./security.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 5173;

export interface ServeOptions {
  driver: Driver;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  viewerDir?: string;
  logger?: boolean | LogSink;
}

export interface RunningServer {
  /** Where to point a browser, e.g. http://127.0.0.1:5173/ */
  url: string;
  host: string;
  port: number;
  /** Stops listening (open keep-alive connections are closed); the driver stays open. */
  close(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const app = createServer({
    driver: options.driver,
    viewerDir: options.viewerDir ?? DEFAULT_VIEWER_DIR,
    allowedHosts: isLoopback(host) ? LOOPBACK_HOSTS : "any",
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  try {
    await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  } catch (error) {
    await app.close();
    throw listenError(error, host, options.port ?? DEFAULT_PORT);
  }
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://${urlHost(host)}:${port}/`, host, port, close: () => app.close() };
}

/** An address to browse to: a wildcard bind is reached through loopback; IPv6 literals need brackets. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "[::]") return "127.0.0.1";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as { code?: unknown }).code;
  const where = `${host}:${port}`;
  if (code === "EADDRINUSE") return new ListenError(`${where} is in use; choose another port with --port`);
  if (code === "EACCES") return new ListenError(`not allowed to listen on ${where}; try a port above 1023`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return new ListenError(`cannot listen on ${where}: no such local address`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

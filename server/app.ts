// The `kg serve` application: the read-only JSON API and the built viewer's files, behind the security checks.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import type { Driver } from "neo4j-driver";
import { ViewerNotBuiltError } from "../lib/errors.js";
import { projectPath } from "../lib/paths.js";
import { RelationCatalog, registerApiRoutes } from "./api-routes.js";
import { apiError, HttpError, statusMessage } from "./errors.js";
import { LOOPBACK_HOSTS, refuseForeignHost, refuseOtherMethods, setSecurityHeaders } from "./security.js";

export const DEFAULT_VIEWER_DIR = projectPath("viewer", "dist");

/** What `/site-data.js` is behind `kg serve`: no embedded data, so the viewer asks the API. */
export const SERVED_SITE_DATA = "// kg serve: no embedded data; the viewer reads /api.\n";

export interface LogSink {
  write(line: string): void;
}

export interface ServerOptions {
  driver: Driver;
  /** The built viewer (index.html and its assets). */
  viewerDir: string;
  /** Fastify's JSON log lines: true for stdout, a sink for tests; off by default. */
  logger?: boolean | LogSink;
  /** Host header names answered; loopback names by default, "any" when bound to another interface. */
  allowedHosts?: readonly string[] | "any";
}

/** The application, not yet listening: `serve` listens, tests use `inject`. */
export function createServer(options: ServerOptions): FastifyInstance {
  const viewerDir = resolve(options.viewerDir);
  if (!existsSync(join(viewerDir, "index.html"))) throw new ViewerNotBuiltError(viewerDir);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    // A malformed URL (bad percent-encoding) gets the same ApiError body as every other failure.
    frameworkErrors: (error, _request, reply) => void sendError(reply, error.statusCode ?? 400),
  });
  const allowed = options.allowedHosts ?? LOOPBACK_HOSTS;
  app.addHook("onRequest", async (request, reply) => {
    setSecurityHeaders(request, reply);
    if (refuseForeignHost(request, reply, allowed) || refuseOtherMethods(request, reply)) return reply;
    return undefined;
  });
  app.addHook("onSend", async (request, reply) => setSecurityHeaders(request, reply));
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => void sendError(reply, 404, `not found: ${clip(request.url)}`));

  const catalog = new RelationCatalog();
  app.addHook("onReady", async () => void (await catalog.refresh(options.driver)));
  registerApiRoutes(app, options.driver, catalog);
  app.get("/site-data.js", (_request, reply) => {
    void reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "no-store")
      .send(SERVED_SITE_DATA);
  });
  void app.register(fastifyStatic, {
    root: viewerDir,
    prefix: "/",
    index: ["index.html"],
    dotfiles: "ignore",
  });
  return app;
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) return void sendError(reply, error.status, error.message);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return void sendError(reply, status);
  const unavailable = /ServiceUnavailable|SessionExpired/.test(String((error as { code?: unknown }).code));
  // The log gets the error's code and message for the operator; the client only a status and a fixed message.
  request.log.error({ code: (error as { code?: unknown }).code, message: error.message }, "request failed");
  sendError(reply, unavailable ? 503 : 500);
}

function sendError(reply: FastifyReply, status: number, message = statusMessage(status)): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send(apiError(status, message));
}

function loggerOptions(logger: ServerOptions["logger"]): boolean | { stream: LogSink; level: string } {
  if (logger === undefined || typeof logger === "boolean") return logger ?? false;
  return { stream: logger, level: "info" };
}

function clip(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}

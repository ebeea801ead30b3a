// What every answer of `kg serve` carries and what every request must pass: headers, methods, Host names.
import type { FastifyReply, FastifyRequest } from "fastify";
import { apiError } from "./errors.js";

/** No inline script, no eval, nothing from elsewhere; the viewer's WebGL workers may come from blob: URLs. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

export const ALLOWED_METHODS = ["GET", "HEAD"];

/** Host names a loopback-bound server answers to. */
export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  if (request.url === "/api" || request.url.startsWith("/api/") || request.url.startsWith("/api?")) {
    reply.header("cache-control", "no-store");
  }
}

/** The API cannot write: anything but GET and HEAD is refused before a body is read. */
export function refuseOtherMethods(request: FastifyRequest, reply: FastifyReply): boolean {
  if (ALLOWED_METHODS.includes(request.method)) return false;
  void reply
    .code(405)
    .header("allow", ALLOWED_METHODS.join(", "))
    .send(apiError(405, `method ${request.method.slice(0, 16)} not allowed: the API is read-only`));
  return true;
}

/**
 * A loopback server answers only to loopback Host names: a web page on another site cannot reach it through a
 * DNS name that it points at 127.0.0.1 (DNS rebinding).
 */
export function refuseForeignHost(
  request: FastifyRequest,
  reply: FastifyReply,
  allowed: readonly string[] | "any",
): boolean {
  if (allowed === "any") return false;
  const name = hostName(request.headers.host ?? "");
  if (allowed.includes(name)) return false;
  void reply.code(403).send(apiError(403, "unexpected Host header"));
  return true;
}

function hostName(host: string): string {
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return name.toLowerCase();
}

// The one owner of the Neo4j driver: connects, verifies, names the URI when the database cannot be reached.
import neo4j, { type Driver, type ManagedTransaction, type SessionMode } from "neo4j-driver";
import { displayUri, type DatabaseConfig } from "../lib/config.js";
import { DatabaseError, DatabaseLostError, DatabaseUnreachableError } from "../lib/errors.js";
import { ensureDatabase } from "./database.js";

// Which database (NEO4J_DATABASE) each driver talks to, so store functions can take just the driver.
const databases = new WeakMap<Driver, string | undefined>();

/**
 * A driver connected to `config`, checked with a round trip. Results carry plain JavaScript numbers
 * (disableLosslessIntegers), so no neo4j `Integer` passes this boundary.
 */
export async function openDriver(config: DatabaseConfig): Promise<Driver> {
  const password = config.kind === "remote" ? config.password : "";
  const auth =
    config.kind === "remote" && password !== "" ? neo4j.auth.basic(config.user, password) : undefined;
  const driver = neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    // Transient errors (a leader change, a restart) are retried with backoff for this long before a run gives up.
    maxTransactionRetryTime: retrySeconds() * 1000,
    userAgent: "kg",
  });
  databases.set(driver, config.database);
  try {
    await driver.getServerInfo(config.database === undefined ? {} : { database: config.database });
  } catch (error) {
    await driver.close();
    throw unreachable(config, error);
  }
  return driver;
}

/** Runs `work` with a driver to the configured database (starting the local one if needed), then closes it. */
export async function withDriver<T>(
  work: (driver: Driver) => Promise<T>,
  config?: DatabaseConfig,
): Promise<T> {
  const driver = await openDriver(await ensureDatabase(config));
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** Runs `work` in one managed transaction; the driver retries it on transient errors (deadlocks, leader changes). */
export async function inTransaction<T>(
  driver: Driver,
  mode: SessionMode,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const database = databases.get(driver);
  // One bookmark manager for all sessions of the driver: on a cluster, a read sees the writes made before it.
  const session = driver.session({
    defaultAccessMode: mode,
    bookmarkManager: driver.executeQueryBookmarkManager,
    ...(database === undefined ? {} : { database }),
  });
  try {
    return mode === neo4j.session.WRITE ? await session.executeWrite(work) : await session.executeRead(work);
  } finally {
    await session.close();
  }
}

export const READ = neo4j.session.READ;
export const WRITE = neo4j.session.WRITE;

function retrySeconds(): number {
  const value = Number(process.env.KG_NEO4J_RETRY_SECONDS ?? 30);
  return Number.isFinite(value) && value >= 0 ? value : 30;
}

/**
 * A driver error met during a run, as a KgError: the connection lost (after the retries), or a statement
 * refused. Other errors pass through unchanged.
 */
export function databaseError(error: unknown, config: DatabaseConfig): unknown {
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name !== "Neo4jError" || typeof code !== "string") return error;
  const password = config.kind === "remote" ? config.password : "";
  const uri = displayUri(config.uri);
  if (code === "ServiceUnavailable" || code === "SessionExpired")
    return new DatabaseLostError(uri, scrub(reasonOf(error, config), password));
  const message = firstSentence(messages(error)[0] ?? "")
    .split("\n")[0]!
    .slice(0, 300);
  return new DatabaseError(uri, code, scrub(message, password));
}

function unreachable(config: DatabaseConfig, error: unknown): DatabaseUnreachableError {
  const password = config.kind === "remote" ? config.password : "";
  return new DatabaseUnreachableError(displayUri(config.uri), scrub(reasonOf(error, config), password));
}

function reasonOf(error: unknown, config: DatabaseConfig): string {
  const code = (error as { code?: unknown }).code;
  if (
    code === "Neo.ClientError.Security.Unauthorized" ||
    code === "Neo.ClientError.Security.AuthenticationRateLimit"
  ) {
    return "authentication failed; check NEO4J_USER and NEO4J_PASSWORD";
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return `database ${JSON.stringify(config.database)} does not exist; check NEO4J_DATABASE`;
  }
  const text = messages(error).join(" ");
  const cause = /Caused by: ([^\n]+)/.exec(text)?.[1] ?? "";
  if (/ECONNREFUSED/.test(cause)) return "connection refused (is the server running on that port?)";
  if (/ENOTFOUND|EAI_AGAIN/.test(cause)) return "host not found";
  if (/ETIMEDOUT|timed out/i.test(text)) return "connection timed out";
  return (cause || firstSentence(text) || String(error)).slice(0, 300);
}

function messages(error: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = error; e instanceof Error && out.length < 5; e = e.cause) out.push(e.message);
  return out;
}

function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0] ?? text;
}

/** Belt and braces: a password must never reach a message, whatever a driver error happens to quote. */
function scrub(text: string, password: string): string {
  return password.length >= 3 ? text.split(password).join("***") : text;
}

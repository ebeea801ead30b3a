// Where the graph database is: NEO4J_* and KG_NEO4J_* from the environment or a .env file in the working directory.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "dotenv";
import { ConfigError } from "./errors.js";
import { projectPath } from "./paths.js";

export const DEFAULT_LOCAL_PORT = 7687;
export const DEFAULT_HEAP = "1g";

/** A database given by NEO4J_URI: used as is, never started by kg. */
export interface RemoteDatabase {
  kind: "remote";
  uri: string;
  user: string;
  /** Empty when none was given; then kg connects without authentication. */
  password: string;
  /** Undefined means the server's default database. */
  database: string | undefined;
}

/** The project's own Neo4j (no NEO4J_URI): started on demand on 127.0.0.1, auth off. */
export interface LocalDatabase {
  kind: "local";
  uri: string;
  port: number;
  /** Neo4j's home: data/ and logs/ live here. */
  dataDir: string;
  /** JVM maximum heap, e.g. "1g". */
  heap: string;
  database: undefined;
}

export type DatabaseConfig = RemoteDatabase | LocalDatabase;

type Env = Record<string, string | undefined>;

/** The environment overlaid on the `.env` file of `cwd`: real environment variables win, as dotenv does. */
export function readEnv(env: Env = process.env, cwd: string = process.cwd()): Env {
  const file = join(cwd, ".env");
  const fromFile = existsSync(file) ? parse(readFileSync(file)) : {};
  return { ...fromFile, ...env };
}

export function loadConfig(env: Env = readEnv()): DatabaseConfig {
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri === undefined) return localConfig(env);
  checkScheme(uri);
  return {
    kind: "remote",
    uri,
    user: nonEmpty(env.NEO4J_USER) ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: nonEmpty(env.NEO4J_DATABASE),
  };
}

export function localConfig(env: Env = readEnv(), port?: number, dataDir?: string): LocalDatabase {
  const chosenPort = port ?? parsePort(env.KG_NEO4J_PORT);
  const heap = nonEmpty(env.KG_NEO4J_HEAP) ?? DEFAULT_HEAP;
  if (!/^\d+[mMgG]$/.test(heap))
    throw new ConfigError("KG_NEO4J_HEAP", `expected a size like 512m or 1g, got ${heap}`);
  return {
    kind: "local",
    uri: `bolt://127.0.0.1:${chosenPort}`,
    port: chosenPort,
    dataDir:
      dataDir ??
      nonEmpty(env.KG_NEO4J_DATA) ??
      join(nonEmpty(env.KG_STATE_DIR) ?? projectPath(".kg"), "neo4j"),
    heap,
    database: undefined,
  };
}

/** A URI fit for messages: any user:password@ part is dropped, so credentials never reach a log. */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, "$1");
}

function parsePort(value: string | undefined): number {
  if (nonEmpty(value) === undefined) return DEFAULT_LOCAL_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError("KG_NEO4J_PORT", `expected a port number (1-65535), got ${value}`);
  }
  return port;
}

const SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

function checkScheme(uri: string): void {
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (scheme === undefined || !SCHEMES.includes(scheme)) {
    throw new ConfigError(
      "NEO4J_URI",
      `expected one of ${SCHEMES.map((s) => `${s}://`).join(", ")}; got ${displayUri(uri)}`,
    );
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

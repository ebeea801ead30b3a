// The library of named Cypher queries (queries/*.cypher): lists and loads them, and runs them or any Cypher text.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { inTransaction, READ, WRITE } from "../graph/driver.js";
import { QueryError, QueryParameterError, UsageError } from "../lib/errors.js";
import { projectPath } from "../lib/paths.js";
import { parseNamedQuery } from "./header.js";
import { bindParams } from "./params.js";
import { plainRow } from "./plain.js";
import type { NamedQuery, ParamValue, QueryResult } from "./types.js";

/** The folder of the queries that ship with kg. */
export const QUERIES_DIR = projectPath("queries");

/** Every query in `dirs` (kg's own folder by default), by name; a later folder's query replaces an earlier one's. */
export function listQueries(dirs: readonly string[] = [QUERIES_DIR]): NamedQuery[] {
  const byName = new Map<string, NamedQuery>();
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new UsageError(`no such folder of queries: ${dir}`);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".cypher"))
      .sort()) {
      const query = parseNamedQuery(join(dir, file), readFileSync(join(dir, file), "utf8"));
      byName.set(query.name, query);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function findQuery(name: string, dirs?: readonly string[]): NamedQuery {
  const queries = listQueries(dirs);
  const query = queries.find((q) => q.name === name);
  if (query === undefined) {
    throw new UsageError(
      `no query named ${JSON.stringify(name)}; \`kg query --list\` shows the ${queries.length} there are`,
    );
  }
  return query;
}

/** Runs a named query in a read transaction with `--param` assignments converted to its declared types. */
export async function runNamedQuery(
  driver: Driver,
  query: NamedQuery,
  given: ReadonlyMap<string, string>,
): Promise<QueryResult> {
  return runCypher(driver, query.name, query.cypher, toNeo4j(bindParams(query, given), query), {
    write: false,
  });
}

export interface RunOptions {
  /** Run in a write transaction; otherwise Neo4j refuses any write. */
  write: boolean;
}

/** Runs Cypher text; a Neo4j failure becomes one QueryError line naming `label`. */
export async function runCypher(
  driver: Driver,
  label: string,
  cypher: string,
  params: Record<string, unknown>,
  options: RunOptions,
): Promise<QueryResult> {
  try {
    return await inTransaction(driver, options.write ? WRITE : READ, async (tx) => {
      const result = tx.run(cypher, params);
      // The column names come with the header, so a query without rows still has them.
      const columns = (await result.keys()).map(String);
      return { columns, rows: (await result).records.map(plainRow) };
    });
  } catch (error) {
    throw asQueryError(label, error);
  }
}

/** Values as Neo4j expects them: whole numbers of `int` parameters as Neo4j integers (a JS number is a float). */
function toNeo4j(values: Record<string, ParamValue>, query: NamedQuery): Record<string, unknown> {
  const types = new Map(query.params.map((p) => [p.name, p.type]));
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      types.get(name) === "int" && typeof value === "number" ? neo4j.int(value) : value,
    ]),
  );
}

/**
 * `kg cypher` parameters: `key=value`, the value read as JSON when it is valid JSON (42, 1.5, true, ["a","b"],
 * null; whole numbers as Neo4j integers), as text otherwise (IRQ, 2015-10-09).
 */
export function adHocParams(given: ReadonlyMap<string, string>): Record<string, unknown> {
  return Object.fromEntries([...given].map(([name, text]) => [name, jsonOrText(text)]));
}

function jsonOrText(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  return integers(value);
}

function integers(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integers);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)]));
  return value;
}

const ACCESS_MODE = "Neo.ClientError.Statement.AccessMode";

function asQueryError(label: string, error: unknown): Error {
  if (error instanceof QueryParameterError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== "string" || !code.startsWith("Neo."))
    return error instanceof Error ? error : new Error(message);
  if (code === ACCESS_MODE) {
    return new QueryError(label, "the query writes to the database; run it with --write to allow that", code);
  }
  return new QueryError(label, firstLine(message), code);
}

function firstLine(message: string): string {
  const line = message.split("\n").find((l) => l.trim() !== "") ?? message;
  return line.trim().slice(0, 500);
}

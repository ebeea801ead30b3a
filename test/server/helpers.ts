// Test helpers for kg serve: a stub viewer build, the sample articles and a dated fixture under a file's prefix.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { writeDocuments } from "../../graph/store.js";
import type { ApiError } from "../../lib/api-contract.js";
import { projectPath } from "../../lib/paths.js";
import { documentOf, type RecordSpec } from "../graph/helpers.js";
import { ingestPaths, tempDir } from "../ingest/helpers.js";

export const SAMPLE_FILES = ["iraq-intelligence-cell.txt", "us-russia-intelligence.txt"];

/** A tiny stand-in for viewer/dist: an index.html that loads site-data.js, and one asset. */
export function viewerStub(folder: ReturnType<typeof tempDir>): string {
  const dir = join(folder.dir, "viewer-dist");
  mkdirSync(join(dir, "assets"), { recursive: true });
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><title>kg</title><script src="./site-data.js"></script><script type="module" src="./assets/app.js"></script>\n',
  );
  writeFileSync(join(dir, "assets", "app.js"), "console.log('viewer stub');\n");
  return dir;
}

/** Stores the sample articles as `${prefix}<sample name>`. */
export async function ingestSamples(
  driver: Driver,
  prefix: string,
  folder: ReturnType<typeof tempDir>,
): Promise<void> {
  const dir = join(folder.dir, "samples");
  mkdirSync(dir, { recursive: true });
  for (const file of SAMPLE_FILES)
    writeFileSync(join(dir, `${prefix}${file}`), readFileSync(projectPath("samples", file)));
  await ingestPaths(driver, [dir]);
}

/**
 * Claims among four actors of the file's own, dated 1901-1902 so a date range isolates them from every other
 * test's data. Symmetric shares-intel-with claims are stored lower id first whichever way they are written.
 */
export function fixtureActors(actorPrefix: string): { A: string; B: string; C: string; D: string } {
  return { A: `${actorPrefix}A`, B: `${actorPrefix}B`, C: `${actorPrefix}C`, D: `${actorPrefix}D` };
}

export async function writeFixture(driver: Driver, prefix: string, actorPrefix: string): Promise<void> {
  const { A, B, C, D } = fixtureActors(actorPrefix);
  const docs: Array<[string, RecordSpec[], string]> = [
    [
      "1901-03-01",
      [
        { source: A, relation: "fights", target: B, sentence: 0 },
        { source: A, relation: "fights", target: B, sentence: 1 },
        { source: A, relation: "fights", target: B, sentence: 2, modality: "negated" },
        { source: A, relation: "shares-intel-with", target: C, sentence: 3, modality: "intended" },
      ],
    ],
    [
      "1901-06-01",
      [
        { source: A, relation: "fights", target: B, sentence: 0 },
        { source: C, relation: "supports", target: B, sentence: 1, modality: "hypothetical" },
        { source: D, relation: "sanctions", target: A, sentence: 2 },
      ],
    ],
    ["1902-01-01", [{ source: C, relation: "shares-intel-with", target: A, sentence: 0 }]],
  ].map(([date, specs], i) => [`${prefix}fixture-${i + 1}.txt`, specs as RecordSpec[], date as string]);
  await writeDocuments(
    driver,
    docs.map(([name, specs, date], i) => documentOf(name, `${prefix}doc-${i + 1}`, specs, date)),
  );
}

export interface Answer<T> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json: T;
}

export async function get<T = unknown>(
  app: FastifyInstance,
  url: string,
  method = "GET",
): Promise<Answer<T>> {
  const response = await app.inject({ method: method as "GET", url });
  let json: T = undefined as T;
  try {
    json = JSON.parse(response.body) as T;
  } catch {
    // Not JSON (static files): the body is there for the test to read.
  }
  return { status: response.statusCode, headers: response.headers, body: response.body, json };
}

/** An ApiError answer: the status in the body matches, a message, and nothing that looks like a stack trace. */
export function expectApiError(answer: Answer<unknown>, status: number): ApiError {
  const error = answer.json as ApiError;
  if (answer.status !== status || error?.kind !== "error" || error.status !== status) {
    throw new Error(`expected ApiError ${status}, got ${answer.status}: ${answer.body}`);
  }
  if (/\bat .+:\d+:\d+|node_modules|\.ts:\d+|Error:/.test(answer.body)) {
    throw new Error(`error body looks like a stack trace: ${answer.body}`);
  }
  return error;
}

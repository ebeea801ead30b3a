// Crash and concurrency harness: a generated corpus, `kg ingest` as a child process, and a snapshot of what the
// graph holds for that corpus, so a killed-and-resumed or concurrent run can be compared with a clean one.
import { spawn, type ChildProcess } from "node:child_process";
import type { Driver } from "neo4j-driver";
import { projectPath } from "../../lib/paths.js";
import { seededRandom } from "../../lib/seeded-random.js";

// Small states that no other test file uses: the aggregates between them belong to this corpus alone.
const STATES: ReadonlyArray<[id: string, name: string]> = [
  ["TUV", "Tuvalu"],
  ["NRU", "Nauru"],
  ["KIR", "Kiribati"],
  ["PLW", "Palau"],
  ["TON", "Tonga"],
  ["WSM", "Samoa"],
  ["FJI", "Fiji"],
  ["VUT", "Vanuatu"],
];
export const CORPUS_ACTORS = STATES.map(([id]) => id);

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"];

/** Document `i` of the corpus: a dated article with cooperative, hostile, negated and empty sentences. */
export function corpusDocument(i: number): string {
  const a = STATES[i % STATES.length]![1];
  const b = STATES[(i * 3 + 1 + Math.floor(i / STATES.length)) % STATES.length]![1];
  const other = a === b ? STATES[(i + 1) % STATES.length]![1] : b;
  return [
    `SUVA, ${MONTHS[i % MONTHS.length]} ${1 + (i % 27)}, ${2010 + (i % 7)} (Reuters) - ${a} and ${other} agreed to share intelligence on fishing fleets.`,
    `${a} troops attacked ${other} on Tuesday, officials said.`,
    `${a} did not attack ${other} last year.`,
    `The talks were held in a hotel near the harbour.`,
    `${a} condemned ${other} over the dispute.`,
    "",
  ].join("\n\n");
}

export interface KgRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `kg ingest <dirs>` from source, as a user would run it, against the test database. */
export function startIngest(dirs: string[], env: NodeJS.ProcessEnv, batch = 2): KgRun {
  const args = ["--import", "tsx", projectPath("cli", "main.ts"), "ingest", ...dirs];
  const child = spawn(process.execPath, [...args, "--batch", String(batch), "--workers", "1", "--quiet"], {
    cwd: projectPath(),
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

export async function documentCount(driver: Driver, prefix: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (d:Document) WHERE d.name STARTS WITH $prefix RETURN count(d) AS n",
    { prefix },
  );
  return Number(records[0]!.get("n"));
}

/** Waits until at least `documents` of the corpus are stored, or the run ends; false if it ended first. */
export async function waitForDocuments(
  driver: Driver,
  prefix: string,
  documents: number,
  run: KgRun,
): Promise<boolean> {
  let ended = false;
  void run.done.then(() => (ended = true));
  while (!ended) {
    if ((await documentCount(driver, prefix)) >= documents) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

export interface Snapshot {
  documents: number;
  sentences: number;
  /** One line per claim: document, sentence, relation, source, target, modality, date. */
  claims: string[];
  /** One line per aggregated relationship between the corpus's actors, with all its properties. */
  aggregates: string[];
  actors: number;
}

const SNAPSHOT_CLAIMS = `
MATCH (d:Document)<-[:IN]-(s:Sentence)<-[:EVIDENCE]-(c:Claim)-[:SOURCE]->(a:Actor), (c)-[:TARGET]->(b:Actor)
WHERE d.name STARTS WITH $prefix
RETURN d.name + '|' + s.index + '|' + c.relation + '|' + a.id + '|' + b.id + '|' + c.modality + '|' +
       coalesce(c.date, '') AS line`;

const SNAPSHOT_AGGREGATES = `
MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id IN $ids AND b.id IN $ids
RETURN type(r) + '|' + a.id + '|' + b.id + '|' + r.relation + '|' + r.count + '|' + r.docs + '|' +
       coalesce(r.firstSeen, '') + '|' + coalesce(r.lastSeen, '') + '|' + r.polarity + '|' + r.symmetric AS line`;

const SNAPSHOT_COUNTS = `
CALL () { MATCH (d:Document) WHERE d.name STARTS WITH $prefix RETURN count(d) AS documents }
CALL () { MATCH (s:Sentence)-[:IN]->(d:Document) WHERE d.name STARTS WITH $prefix RETURN count(s) AS sentences }
CALL () { MATCH (a:Actor) WHERE a.id IN $ids RETURN count(a) AS actors }
RETURN documents, sentences, actors`;

export async function snapshot(driver: Driver, prefix: string): Promise<Snapshot> {
  const params = { prefix, ids: CORPUS_ACTORS };
  const lines = async (query: string): Promise<string[]> =>
    (await driver.executeQuery(query, params)).records.map((r) => r.get("line") as string).sort();
  const { records } = await driver.executeQuery(SNAPSHOT_COUNTS, params);
  const counts = records[0]!;
  return {
    documents: Number(counts.get("documents")),
    sentences: Number(counts.get("sentences")),
    claims: await lines(SNAPSHOT_CLAIMS),
    aggregates: await lines(SNAPSHOT_AGGREGATES),
    actors: Number(counts.get("actors")),
  };
}

/** A seeded generator, so a failing kill schedule can be replayed. */
export const seeded = seededRandom;

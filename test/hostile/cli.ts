// Runs the built `kg` command as a user does, with a heap limit and a time limit, and parses what it printed.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { expect } from "vitest";
import { recordProblems } from "../../ingest/record-schema.js";
import type { EdgeRecord } from "../../ingest/record.js";
import { projectPath } from "../../lib/paths.js";

export const CORPUS = projectPath("test", "hostile", "corpus");

/** The heap every hostile run gets: the largest document must fit in it. */
export const HEAP_MB = 512;

export interface Run {
  /** Exit status, or null when the run was killed (time limit) or died of a signal. */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory of the process, in MB (from /usr/bin/time when available). */
  peakMb: number | undefined;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** A file to give as standard input (instead of `input`), streamed by the system. */
  stdinFile?: string;
  timeoutMs?: number;
  cwd?: string;
}

const TIME = "/usr/bin/time";

/** `node bin/kg.js ...args` from dist (run `npm run build` first). */
export function runKg(args: string[], options: RunOptions = {}): Promise<Run> {
  expect(existsSync(projectPath("dist", "cli", "main.js")), "run `npm run build` before the tests").toBe(
    true,
  );
  const command = [process.execPath, projectPath("bin", "kg.js"), ...args];
  const measured = existsSync(TIME) ? [TIME, "-f", "kg-peak-kb %M", ...command] : command;
  const env = { ...process.env, ...options.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const stdin = options.stdinFile === undefined ? "pipe" : openSync(options.stdinFile, "r");
    const child = spawn(measured[0]!, measured.slice(1), {
      cwd: options.cwd ?? projectPath(),
      env,
      stdio: [stdin, "pipe", "pipe"],
    });
    if (typeof stdin === "number") closeSync(stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      let stderr = Buffer.concat(err).toString("utf8");
      const peak = /kg-peak-kb (\d+)\n?$/.exec(stderr);
      if (peak) stderr = stderr.slice(0, peak.index);
      // /usr/bin/time reports a child's non-zero exit on its own line.
      stderr = stderr.replace(/^Command (exited with non-zero status \d+|terminated by signal \d+)\n/m, "");
      resolve({
        status,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakMb: peak ? Math.round(Number(peak[1]) / 1024) : undefined,
      });
    });
    child.stdin?.end(options.input ?? "");
  });
}

/** The JSONL records a run printed, each checked against the ONTOLOGY.md schema. */
export function recordsOf(run: Run): EdgeRecord[] {
  const lines = run.stdout.split("\n").filter((line) => line !== "");
  return lines.map((line) => {
    const record = JSON.parse(line) as EdgeRecord;
    expect(recordProblems(record), line).toEqual([]);
    return record;
  });
}

/** "doc source relation target" of each record, for comparing what was extracted. */
export const edgesOf = (records: EdgeRecord[]): string[] =>
  records.map((r) => `${r.doc} ${r.source.id} ${r.relation} ${r.target.id}`);

/** The stderr lines of a run, without the ingest summary. */
export const warningsOf = (run: Run): string[] =>
  run.stderr.split("\n").filter((line) => line.startsWith("kg: "));

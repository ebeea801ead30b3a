// Starts, stops and reports the project's own Neo4j: a detached Java process with a pid file and a log in .kg/.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { LocalDatabase } from "../../lib/config.js";
import { LauncherError } from "../../lib/errors.js";
import { ensureLauncherBuilt } from "./build-launcher.js";
import { LOG_FILE, STATE_DIR } from "./files.js";
import { launcherArgs } from "./jvm-options.js";
import {
  isAlive,
  isLauncherProcess,
  removePidFile,
  runningLauncher,
  writePidFile,
  type LauncherRecord,
} from "./pid-file.js";
import { boltAnswers, portInUse } from "./probe.js";
import { withStartLock } from "./start-lock.js";
import { requireJava } from "./tools.js";

export type Log = (line: string) => void;

export type LocalStatus = ({ kind: "running" } & LauncherRecord) | { kind: "stopped" };

export type StartResult = { kind: "started" | "already-running" } & LauncherRecord;

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export function localNeo4jStatus(): LocalStatus {
  const record = runningLauncher();
  return record === undefined ? { kind: "stopped" } : { kind: "running", ...record };
}

/** Starts the launcher unless one is running already (then returns it, whatever port it uses). */
export async function startLocalNeo4j(config: LocalDatabase, log: Log): Promise<StartResult> {
  return withStartLock(async () => {
    const running = runningLauncher();
    if (running !== undefined) return { kind: "already-running", ...running };
    requireJava();
    await ensureLauncherBuilt(log);
    if (await portInUse(config.port)) {
      throw new LauncherError(
        `port ${config.port} is already in use by another program; set KG_NEO4J_PORT to another port, ` +
          `or NEO4J_URI to use the server that listens there`,
      );
    }
    log(`starting the local Neo4j on ${config.uri} (data in ${config.dataDir}, log in ${LOG_FILE})...`);
    const record = await spawnLauncher(config);
    return { kind: "started", ...record };
  });
}

async function spawnLauncher(config: LocalDatabase): Promise<LauncherRecord> {
  mkdirSync(STATE_DIR, { recursive: true });
  mkdirSync(config.dataDir, { recursive: true });
  const logFd = openSync(LOG_FILE, "a");
  const logStart = statSync(LOG_FILE).size;
  writeSync(logFd, `--- kg neo4j start ${new Date().toISOString()} ${config.uri}\n`);
  const child = spawn("java", launcherArgs(config), { detached: true, stdio: ["ignore", logFd, logFd] });
  closeSync(logFd);
  const exited = watchExit(child);
  child.unref();
  if (child.pid === undefined) throw new LauncherError(`cannot start java; see ${LOG_FILE}`);
  const record = { pid: child.pid, uri: config.uri, dataDir: config.dataDir };
  writePidFile(record);
  try {
    await waitUntilReady(config.uri, exited, logStart);
  } catch (error) {
    if (isAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    removePidFile();
    throw error;
  }
  return record;
}

function watchExit(child: ChildProcess): () => boolean {
  let exited = false;
  child.once("exit", () => (exited = true));
  child.once("error", () => (exited = true));
  return () => exited;
}

async function waitUntilReady(uri: string, exited: () => boolean, logStart: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new LauncherError(`the local Neo4j exited while starting: ${failureLine(logStart)}`);
    if (await boltAnswers(uri)) return;
    await sleep(500);
  }
  throw new LauncherError(
    `the local Neo4j did not answer on ${uri} within ${READY_TIMEOUT_MS / 1000} s; see ${LOG_FILE}`,
  );
}

/** The launcher's own failure line from this start's part of the log, else a pointer to the log. */
function failureLine(logStart: number): string {
  const text = readFileSync(LOG_FILE, "utf8").slice(logStart);
  const line = text.split("\n").find((l) => l.startsWith("kg-neo4j failed") || l.startsWith("Error:"));
  return line === undefined ? `see ${LOG_FILE}` : `${line.slice(0, 400)} (see ${LOG_FILE})`;
}

/** Sends SIGTERM (Neo4j's shutdown hook then closes the store cleanly) and waits for the process to end. */
export async function stopLocalNeo4j(log: Log): Promise<"stopped" | "not-running"> {
  const running = runningLauncher();
  if (running === undefined) return "not-running";
  log(`stopping the local Neo4j (pid ${running.pid})...`);
  process.kill(running.pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isLauncherProcess(running.pid)) {
    if (Date.now() > deadline) {
      throw new LauncherError(
        `the local Neo4j (pid ${running.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s`,
      );
    }
    await sleep(200);
  }
  removePidFile();
  return "stopped";
}

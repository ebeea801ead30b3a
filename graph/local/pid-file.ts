// The pid file of the running launcher (.kg/neo4j.pid): pid, Bolt URI and data folder, one per line.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { PID_FILE } from "./files.js";

export interface LauncherRecord {
  pid: number;
  uri: string;
  dataDir: string;
}

export function writePidFile(record: LauncherRecord): void {
  writeFileSync(PID_FILE, `${record.pid}\n${record.uri}\n${record.dataDir}\n`);
}

export function removePidFile(): void {
  rmSync(PID_FILE, { force: true });
}

export function readPidFile(): LauncherRecord | undefined {
  if (!existsSync(PID_FILE)) return undefined;
  const [pid, uri, dataDir] = readFileSync(PID_FILE, "utf8").split("\n");
  const parsed = Number(pid);
  if (!Number.isInteger(parsed) || parsed <= 0 || !uri || !dataDir) return undefined;
  return { pid: parsed, uri, dataDir };
}

/** The launcher named by the pid file, if that process is alive; a stale pid file is removed. */
export function runningLauncher(): LauncherRecord | undefined {
  const record = readPidFile();
  if (record === undefined) return undefined;
  if (isLauncherProcess(record.pid)) return record;
  removePidFile();
  return undefined;
}

/** True when `pid` is alive and (where /proc tells) is our launcher, not an unrelated process that reused the pid. */
export function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    return readFileSync(cmdline, "utf8").includes("kg-neo4j");
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

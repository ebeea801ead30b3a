// A lock file around starting the launcher, so two kg processes starting at once end with one Neo4j, not two.
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { LauncherError } from "../../lib/errors.js";
import { START_LOCK, STATE_DIR } from "./files.js";
import { isAlive } from "./pid-file.js";

const STALE_AFTER_MS = 10 * 60_000;

export async function withStartLock<T>(run: () => Promise<T>, waitMs = 5 * 60_000): Promise<T> {
  mkdirSync(STATE_DIR, { recursive: true });
  const deadline = Date.now() + waitMs;
  while (!tryLock()) {
    if (Date.now() > deadline) {
      throw new LauncherError(
        `another kg process is starting the local Neo4j (lock ${START_LOCK}); try again later`,
      );
    }
    await sleep(250);
  }
  try {
    return await run();
  } finally {
    rmSync(START_LOCK, { force: true });
  }
}

function tryLock(): boolean {
  try {
    const fd = openSync(START_LOCK, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (lockIsStale()) rmSync(START_LOCK, { force: true });
    return false;
  }
}

/** A lock whose holder died (or that is older than any start could take) is left over from a crash. */
function lockIsStale(): boolean {
  try {
    const holder = Number(readFileSync(START_LOCK, "utf8"));
    const age = Date.now() - statSync(START_LOCK).mtimeMs;
    return age > STALE_AFTER_MS || (Number.isInteger(holder) && holder > 0 && !isAlive(holder));
  } catch {
    return false;
  }
}

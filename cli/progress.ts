// Progress on stderr, shown only on a terminal (scripts and pipes get clean output).
import cliProgress from "cli-progress";
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface Progress {
  /** One more document (or skipped input) done, with its records and the size of its text in bytes. */
  tick(documents: number, records: number, bytes?: number): void;
  warn(message: string): void;
  stop(): void;
}

/**
 * `totalBytes` (the inputs' size on disk, see inputBytes) gives a percentage and an ETA; documents are counted
 * by their text's size, so for tables (JSON and CSV syntax, other columns) the ETA errs on the long side.
 */
export function createProgress(
  label: string,
  enabled = process.stderr.isTTY === true,
  totalBytes?: number,
): Progress {
  if (!enabled) return { tick: () => undefined, warn: (m) => console.error(m), stop: () => undefined };
  const sized = totalBytes !== undefined && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} ${sized ? "{bar} {percentage}% | ETA {eta_formatted} | " : "| "}{documents} documents | {records} records | {rate} docs/s`,
      hideCursor: true,
      noTTYOutput: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let documents = 0;
  let records = 0;
  let bytes = 0;
  bar.start(sized ? totalBytes : 0, 0, { documents: 0, records: 0, rate: 0 });
  return {
    tick(d, r, b = 0) {
      documents += d;
      records += r;
      bytes += b;
      const rate = Math.round(documents / Math.max(0.001, (Date.now() - started) / 1000));
      bar.update(sized ? Math.min(bytes, totalBytes) : documents, { documents, records, rate });
    },
    warn(message) {
      process.stderr.write(`\r\x1b[K${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}

/** Total size of the regular files under `paths` (folders walked, symlinks not followed); undefined for stdin. */
export function inputBytes(paths: readonly string[]): number | undefined {
  if (paths.length === 0) return undefined;
  let total = 0;
  const walk = (path: string, depth: number): void => {
    try {
      const stat = lstatSync(path);
      if (stat.isFile()) total += stat.size;
      else if (stat.isDirectory() && depth < 64)
        for (const name of readdirSync(path)) walk(join(path, name), depth + 1);
    } catch {
      // Unreadable paths are the reader's to report; they only make the estimate smaller.
    }
  };
  for (const path of paths) walk(path, 0);
  return total;
}

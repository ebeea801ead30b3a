// Progress on stderr, shown only on a terminal (scripts and pipes get clean output).
import cliProgress from "cli-progress";

export interface Progress {
  tick(documents: number, records: number): void;
  warn(message: string): void;
  stop(): void;
}

export function createProgress(label: string, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return { tick: () => undefined, warn: (m) => console.error(m), stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} | {value} documents | {records} records | {rate} docs/s`,
      hideCursor: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let documents = 0;
  let records = 0;
  bar.start(0, 0, { records: 0, rate: 0 });
  return {
    tick(d, r) {
      documents += d;
      records += r;
      const rate = Math.round(documents / Math.max(0.001, (Date.now() - started) / 1000));
      bar.update(documents, { records, rate });
    },
    warn(message) {
      process.stderr.write(`\r\x1b[K${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}

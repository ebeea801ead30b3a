// prefetch: the producer runs ahead of a slow consumer, in order, with errors and early stops passed through.
import { describe, expect, it } from "vitest";
import { prefetch } from "../../ingest/pipeline/prefetch.js";

const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function* numbers(n: number, log: string[], failAt?: number): AsyncGenerator<number> {
  try {
    for (let i = 0; i < n; i++) {
      await tick(1);
      if (i === failAt) throw new Error(`source failed at ${i}`);
      log.push(`made ${i}`);
      yield i;
    }
  } finally {
    log.push("source closed");
  }
}

describe("prefetch", () => {
  it("yields everything in order", async () => {
    const out: number[] = [];
    for await (const x of prefetch(numbers(20, []), 3)) out.push(x);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("lets the producer work while the consumer is busy, up to the limit", async () => {
    const log: string[] = [];
    const stream = prefetch(numbers(10, log), 3);
    await stream.next();
    await tick(50); // the consumer is busy with item 0: the source fills the buffer meanwhile
    expect(log.filter((l) => l.startsWith("made")).length).toBe(4);
    await stream.return(undefined);
  });

  it("throws the source's error where it was reached, after the items before it", async () => {
    const out: number[] = [];
    await expect(async () => {
      for await (const x of prefetch(numbers(10, [], 4), 3)) out.push(x);
    }).rejects.toThrow("source failed at 4");
    expect(out).toEqual([0, 1, 2, 3]);
  });

  it("closes the source when the consumer stops early", async () => {
    const log: string[] = [];
    for await (const x of prefetch(numbers(100, log), 2)) if (x === 2) break;
    expect(log).toContain("source closed");
    expect(log.filter((l) => l.startsWith("made")).length).toBeLessThan(10);
  });
});

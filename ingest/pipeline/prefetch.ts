// Keeps an async stream running ahead of its consumer, so extraction goes on while a batch is being written.

/**
 * Yields what `source` yields, in order, while pulling up to `ahead` items in advance. The source runs whenever the
 * buffer has room, not only when the consumer asks, so a slow consumer (a write transaction) and a slow producer
 * (extraction) overlap. An error in the source is thrown to the consumer at the point it was reached.
 */
export async function* prefetch<T>(source: AsyncIterable<T>, ahead: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const buffer: Array<Promise<IteratorResult<T>>> = [];
  let done = false;
  const fill = (): void => {
    while (!done && buffer.length < Math.max(1, ahead)) {
      const next = iterator.next();
      buffer.push(next);
      next.then(
        (r) => {
          if (r.done) done = true;
        },
        () => (done = true),
      );
    }
  };
  try {
    for (;;) {
      fill();
      const head = buffer.shift()!;
      // Refill before waiting, so `ahead` items are in the making while the consumer works on this one.
      fill();
      const result = await head;
      if (result.done) return;
      yield result.value;
    }
  } finally {
    // The consumer stopped early (an error, a closed pipe): let the source clean up (terminate its workers).
    await iterator.return?.();
  }
}

/**
 * A push-fed async iterator. Hand-written rather than an async generator because a generator
 * suspended in `await` cannot be stopped: `return()` here ends the iteration at once, even while
 * the consumer waits for the next item.
 */
interface Waiter<T> {
  resolve(result: IteratorResult<T>): void;
  reject(error: unknown): void;
}

export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private buffer: T[] = [];
  /** The weight of each buffered item, as given to `push` (e.g. bytes). */
  private weights: number[] = [];
  private weighed = 0;
  private head = 0;
  private readonly waiters: Waiter<T>[] = [];
  private readonly roomWaiters: { limit: number; resolve: () => void }[] = [];
  private finished = false;
  private failure: { error: unknown } | undefined;

  /** `onFinish` runs once, however the queue ends: consumer `return()`, `finish()` or a failure. */
  constructor(private readonly onFinish: () => void) {}

  get size(): number {
    return this.buffer.length - this.head;
  }

  /** The total weight of the items buffered. */
  get bytes(): number {
    return this.weighed;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** `weight` counts towards `bytes` while the item waits in the buffer. */
  push(item: T, weight = 0): void {
    if (this.finished) return;
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter.resolve({ value: item, done: false });
      return;
    }
    this.buffer.push(item);
    this.weights.push(weight);
    this.weighed += weight;
  }

  /** Resolves once the consumer has brought the backlog down to `limit` items, or the queue ended. */
  waitForRoom(limit: number): Promise<void> {
    if (this.finished || this.size <= limit) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ limit, resolve }));
  }

  /** Ends the iteration, dropping what is buffered; with an error, the consumer's next `next()` throws it. */
  finish(error?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    this.buffer = [];
    this.weights = [];
    this.weighed = 0;
    this.head = 0;
    if (error !== undefined) this.failure = { error };
    for (const waiter of this.waiters.splice(0)) {
      if (this.failure) {
        waiter.reject(this.failure.error);
        this.failure = undefined;
      } else {
        waiter.resolve({ value: undefined, done: true });
      }
    }
    for (const room of this.roomWaiters.splice(0)) room.resolve();
    this.onFinish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.size > 0) {
      this.weighed -= this.weights[this.head] ?? 0;
      const value = this.buffer[this.head++] as T;
      if (this.head > 1024 && this.head * 2 > this.buffer.length) {
        this.buffer = this.buffer.slice(this.head);
        this.weights = this.weights.slice(this.head);
        this.head = 0;
      }
      this.releaseRoom();
      return Promise.resolve({ value, done: false });
    }
    if (this.finished) {
      const failure = this.failure;
      this.failure = undefined;
      return failure ? Promise.reject(failure.error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    this.failure = undefined;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private releaseRoom(): void {
    for (let i = this.roomWaiters.length - 1; i >= 0; i--) {
      const room = this.roomWaiters[i];
      if (room && this.size <= room.limit) {
        this.roomWaiters.splice(i, 1);
        room.resolve();
      }
    }
  }
}

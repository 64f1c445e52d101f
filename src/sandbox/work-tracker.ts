/**
 * Counts work still under way (queued pushes, scheduled retries, pending state transitions) so that
 * `flushEvents()` can wait until everything has settled.
 */
export class WorkTracker {
  private outstanding = 0;
  private waiters: (() => void)[] = [];

  /** Marks one piece of work as started; call the returned function exactly once when it is over. */
  begin(): () => void {
    this.outstanding++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.outstanding--;
      if (this.outstanding === 0) this.wake();
    };
  }

  idle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

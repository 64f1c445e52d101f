/**
 * The event ids seen recently, for the in-memory store: each is remembered for `retentionMs`, and
 * never more than `maxIds` at once (the oldest are forgotten first).
 */
export class DedupWindow {
  /** Insertion order is expiry order, because `now()` does not go backwards between inserts. */
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly retentionMs: number,
    private readonly maxIds: number,
    private readonly now: () => number,
  ) {}

  has(id: string): boolean {
    this.prune();
    return this.expiries.has(id);
  }

  add(id: string): void {
    this.expiries.set(id, this.now() + this.retentionMs);
    this.prune();
  }

  private prune(): void {
    const now = this.now();
    for (const [id, expiry] of this.expiries) {
      if (expiry > now && this.expiries.size <= this.maxIds) break;
      this.expiries.delete(id);
    }
  }
}

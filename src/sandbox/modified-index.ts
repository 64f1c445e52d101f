import { compareIds } from './ids.js';

interface Modifiable {
  id: string;
  modifiedAt: number;
}

function compare(a: Modifiable, b: Modifiable): number {
  return a.modifiedAt - b.modifiedAt || compareIds(a.id, b.id);
}

/**
 * Processes ordered by modification time, so the list endpoint's time window is two binary searches
 * rather than a scan of the whole tenant. Callers remove an item before changing its time.
 */
export class ModifiedIndex<T extends Modifiable> {
  private items: T[] = [];

  /** Replaces the contents in one sort, for bulk loading a generated tenant. */
  load(items: Iterable<T>): void {
    this.items = [...items].sort(compare);
  }

  insert(item: T): void {
    this.items.splice(this.lowerBound(item), 0, item);
  }

  remove(item: T): void {
    const at = this.lowerBound(item);
    if (this.items[at] === item) this.items.splice(at, 1);
  }

  /** Items with fromMs <= modifiedAt <= toMs. */
  range(fromMs: number, toMs: number): T[] {
    const start = this.lowerBound({ modifiedAt: fromMs, id: '' });
    const end = this.lowerBound({ modifiedAt: toMs + 1, id: '' });
    return this.items.slice(start, end);
  }

  private lowerBound(probe: Modifiable): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.items[mid]!, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

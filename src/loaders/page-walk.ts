/**
 * Walks Feishu's token-paged lists, possibly over several segments (time windows), collecting a
 * page of the size the client asked for. Positions are precise enough to resume in the middle of
 * an upstream page, so client pages and upstream pages need not line up.
 */
import { OperationBudgetExceededError } from '../upstream/operation-budget.js';

export interface UpstreamPage<T> {
  items: readonly T[];
  hasMore: boolean;
  pageToken?: string;
}

/** Where a listing resumes: the segment, the upstream page (by its token) and the items of it already consumed. */
export interface PagePosition {
  segment: number;
  pageToken?: string;
  offset: number;
}

export const START: PagePosition = { segment: 0, offset: 0 };

export interface WalkOptions<T> {
  segments: number;
  from: PagePosition;
  /** Items wanted, at least 1. */
  first: number;
  fetchPage(segment: number, pageToken: string | undefined): Promise<UpstreamPage<T>>;
  /** Items with a key already collected in this walk are skipped. */
  keyOf?(item: T): string;
  /**
   * Upstream pages fetched at most by one walk, so empty windows cannot drain a budget. A walk that
   * reaches it, or the operation's own call budget after at least one page, answers a shorter page
   * whose cursor resumes where it stopped. @default 10
   */
  maxPages?: number;
}

export interface Walk<T> {
  items: { value: T; after: PagePosition }[];
  /** Where the next walk resumes. */
  end: PagePosition;
  hasNextPage: boolean;
}

export async function walkPages<T>(options: WalkOptions<T>): Promise<Walk<T>> {
  const { segments, first, fetchPage, keyOf, maxPages = 10 } = options;
  const items: Walk<T>['items'] = [];
  const seen = new Set<string>();
  let position = options.from;
  for (let fetched = 0; position.segment < segments; fetched += 1) {
    if (fetched === maxPages) return { items, end: position, hasNextPage: true };
    let page: UpstreamPage<T>;
    try {
      page = await fetchPage(position.segment, position.pageToken);
    } catch (error) {
      if (fetched > 0 && error instanceof OperationBudgetExceededError) return { items, end: position, hasNextPage: true };
      throw error;
    }
    let index = position.offset;
    for (; index < page.items.length && items.length < first; index += 1) {
      const value = page.items[index] as T;
      const key = keyOf?.(value);
      if (key !== undefined) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      items.push({ value, after: { ...position, offset: index + 1 } });
    }
    const morePages = page.hasMore && page.pageToken !== undefined;
    const next: PagePosition = morePages
      ? { segment: position.segment, pageToken: page.pageToken, offset: 0 }
      : { segment: position.segment + 1, offset: 0 };
    if (items.length === first) {
      const rest = index < page.items.length;
      const end = rest ? { ...position, offset: index } : next;
      (items[items.length - 1] as Walk<T>['items'][number]).after = end;
      return { items, end, hasNextPage: rest || morePages || position.segment < segments - 1 };
    }
    position = next;
  }
  return { items, end: position, hasNextPage: false };
}

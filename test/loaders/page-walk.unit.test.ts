import { describe, expect, it } from 'vitest';
import { START, walkPages, type PagePosition, type UpstreamPage } from '../../src/loaders/page-walk.js';
import { OperationBudgetExceededError } from '../../src/upstream/operation-budget.js';

/** Upstream segments of items, served in pages of `size` with numeric tokens; counts fetches. */
function upstream(segments: string[][], size: number) {
  const fetches: [number, string | undefined][] = [];
  const fetchPage = async (segment: number, token: string | undefined): Promise<UpstreamPage<string>> => {
    fetches.push([segment, token]);
    const items = segments[segment] ?? [];
    const from = Number(token ?? 0);
    const hasMore = from + size < items.length;
    return { items: items.slice(from, from + size), hasMore, pageToken: hasMore ? String(from + size) : undefined };
  };
  return { fetchPage, fetches };
}

async function walkAll(segments: string[][], size: number, first: number) {
  const source = upstream(segments, size);
  const seen: string[] = [];
  let from: PagePosition = START;
  for (let guard = 0; guard < 100; guard += 1) {
    const walk = await walkPages({ segments: segments.length, from, first, fetchPage: source.fetchPage, keyOf: (item) => item });
    seen.push(...walk.items.map((item) => item.value));
    if (!walk.hasNextPage) return { seen, fetches: source.fetches };
    from = walk.end;
  }
  throw new Error('walk did not end');
}

describe('walkPages', () => {
  it('walks every item of every segment once when client and upstream pages differ', async () => {
    const segments = [['a', 'b', 'c', 'd', 'e'], [], ['f', 'g', 'h']];
    const { seen } = await walkAll(segments, 2, 3);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('resumes in the middle of an upstream page', async () => {
    const source = upstream([['a', 'b', 'c', 'd']], 4);
    const first = await walkPages({ segments: 1, from: START, first: 1, fetchPage: source.fetchPage });
    expect(first.items.map((item) => item.value)).toEqual(['a']);
    expect(first.end).toEqual({ segment: 0, pageToken: undefined, offset: 1 });
    const second = await walkPages({ segments: 1, from: first.end, first: 2, fetchPage: source.fetchPage });
    expect(second.items.map((item) => item.value)).toEqual(['b', 'c']);
    expect(second.hasNextPage).toBe(true);
  });

  it('ends on the next page token when a client page ends with an upstream page, so no page is fetched twice', async () => {
    const segments = [Array.from({ length: 21 }, (_, i) => `t${i}`)];
    const { seen, fetches } = await walkAll(segments, 7, 7);
    expect(seen).toHaveLength(21);
    expect(fetches).toEqual([
      [0, undefined],
      [0, '7'],
      [0, '14'],
    ]);
  });

  it('skips an item repeated across segments', async () => {
    const { seen } = await walkAll(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      10,
      10,
    );
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('stops after maxPages upstream pages and can resume from where it stopped', async () => {
    const source = upstream([[], [], [], ['x']], 5);
    const walk = await walkPages({ segments: 4, from: START, first: 1, fetchPage: source.fetchPage, maxPages: 2 });
    expect(walk.items).toEqual([]);
    expect(walk.hasNextPage).toBe(true);
    expect(source.fetches).toHaveLength(2);
    const rest = await walkPages({ segments: 4, from: walk.end, first: 1, fetchPage: source.fetchPage, maxPages: 2 });
    expect(rest.items.map((item) => item.value)).toEqual(['x']);
  });

  it("stops where the operation's call budget runs out once a page was read, with a cursor that resumes there; refuses when none could be read", async () => {
    const source = upstream([['a'], [], ['b'], ['c']], 5);
    let allowed = 2;
    const budgeted = async (segment: number, token: string | undefined) => {
      if (allowed-- <= 0) throw new OperationBudgetExceededError('listProcesses', 2);
      return source.fetchPage(segment, token);
    };
    const walk = await walkPages({ segments: 4, from: START, first: 3, fetchPage: budgeted });
    expect(walk.items.map((item) => item.value)).toEqual(['a']);
    expect(walk.hasNextPage).toBe(true);
    expect(walk.end).toEqual({ segment: 2, offset: 0 });
    const rest = await walkPages({ segments: 4, from: walk.end, first: 3, fetchPage: source.fetchPage });
    expect(rest.items.map((item) => item.value)).toEqual(['b', 'c']);
    await expect(walkPages({ segments: 4, from: START, first: 3, fetchPage: budgeted })).rejects.toBeInstanceOf(
      OperationBudgetExceededError,
    );
  });
});

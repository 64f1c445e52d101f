import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness();

const DAY = 86_400_000;

const PROCESSES = graphql(`
  query ProcessesPage($filter: ProcessFilter!, $first: Int, $after: String) {
    processes(filter: $filter, first: $first, after: $after) {
      edges { cursor node { processId status } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

/** Processes modified at `offsetsDays` after `start`, far from the generated tenant's recent history. */
function createAt(start: number, offsetsDays: number[], status: 'IN_PROGRESS' | 'COMPLETED' = 'COMPLETED'): string[] {
  return offsetsDays.map((days) => harness().sandbox.control.createProcess({ status, createdAt: start + days * DAY - DAY, modifiedAt: start + days * DAY }));
}

function listRequests() {
  return harness()
    .sandbox.control.requests()
    .filter((request) => request.endpoint === 'listProcesses')
    .map((request) => ({
      from: Number(request.query['modify_time_from']?.[0]),
      to: Number(request.query['modify_time_to']?.[0]),
      statuses: request.query['statuses'] ?? [],
    }));
}

describe('Query.processes', () => {
  it('splits a 70-day window into 3 upstream windows under 31 days and merges their ids without duplicates', async () => {
    const start = Date.UTC(2001, 0, 1);
    const created = createAt(start, [1, 9, 17, 25, 29.9, 30.1, 38, 46, 59, 60.2, 64, 69.9]);
    harness().sandbox.control.resetCounts();
    const before = listRequests().length;

    const filter = { modifiedAfter: new Date(start).toISOString(), modifiedBefore: new Date(start + 70 * DAY).toISOString() };
    const { data, errors } = await harness().query(PROCESSES, { filter, first: 100 });

    expect(errors).toBeUndefined();
    const ids = data?.processes.edges.map((edge) => edge.node?.processId) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...created].sort());
    expect(data?.processes.pageInfo.hasNextPage).toBe(false);

    const windows = listRequests().slice(before);
    expect(windows).toHaveLength(3);
    expect(windows[0]?.from).toBe(start);
    expect(windows[2]?.to).toBe(start + 70 * DAY);
    for (const [i, window] of windows.entries()) {
      expect(window.to - window.from).toBeLessThan(31 * DAY);
      if (i > 0) expect(window.from).toBe((windows[i - 1]?.to ?? 0) + 1);
    }
    expect(harness().calls()).toEqual({ listProcesses: 3, getProcess: created.length });
  });

  it('walks every process of a long window with first: 7, one upstream call per window in all', async () => {
    const start = Date.UTC(2002, 0, 1);
    const created = createAt(start, Array.from({ length: 17 }, (_, i) => 1 + i * 5));
    const filter = { modifiedAfter: new Date(start).toISOString(), modifiedBefore: new Date(start + 90 * DAY).toISOString() };
    const before = listRequests().length;

    const seen: (string | undefined)[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const { data, errors } = await harness().query(PROCESSES, { filter, first: 7, after });
      expect(errors).toBeUndefined();
      pages += 1;
      const page = data!.processes;
      expect(page.edges.length).toBeLessThanOrEqual(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.edges.map((edge) => edge.node?.processId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
      expect(pages).toBeLessThan(10);
    }
    expect(seen).toHaveLength(created.length);
    expect([...seen].sort()).toEqual([...created].sort());
    expect(pages).toBe(3);
    expect(listRequests().slice(before)).toHaveLength(3);
  });

  it('passes the status filter to Feishu', async () => {
    const start = Date.UTC(2003, 0, 1);
    const completed = createAt(start, [2, 4], 'COMPLETED');
    createAt(start, [3], 'IN_PROGRESS');
    const before = listRequests().length;
    const filter = { modifiedAfter: new Date(start).toISOString(), modifiedBefore: new Date(start + 10 * DAY).toISOString(), statuses: ['COMPLETED' as const] };
    const { data } = await harness().query(PROCESSES, { filter });
    expect(data?.processes.edges.map((edge) => edge.node?.processId).sort()).toEqual([...completed].sort());
    expect(data?.processes.edges.every((edge) => edge.node?.status === 'COMPLETED')).toBe(true);
    expect(listRequests().slice(before)).toEqual([expect.objectContaining({ statuses: ['9'] })]);
  });

  it('refuses a cursor issued for another filter, and a window that ends before it starts', async () => {
    const filter = { modifiedAfter: '2004-01-01T00:00:00Z', modifiedBefore: '2004-01-02T00:00:00Z' };
    const { data } = await harness().query(PROCESSES, { filter });
    const other = { ...filter, modifiedBefore: '2004-01-03T00:00:00Z' };
    const replayed = await harness().query(PROCESSES, { filter: other, after: data?.processes.pageInfo.endCursor });
    expect(replayed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const reversed = await harness().query(PROCESSES, { filter: { modifiedAfter: filter.modifiedBefore, modifiedBefore: filter.modifiedAfter } });
    expect(reversed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

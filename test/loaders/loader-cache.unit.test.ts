import { describe, expect, it } from 'vitest';
import { createLoaderCache, userKey, type CacheRequest } from '../../src/loaders/loader-cache.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A request whose loads are counted; `value` is what the next load returns. */
function counted<T>(
  kind: CacheRequest<T>['kind'],
  key: string,
  value: () => Promise<T>,
  describe: CacheRequest<T>['describe'],
  processId?: string,
) {
  const counter = { loads: 0 };
  const request: CacheRequest<T> = {
    kind,
    key,
    processId,
    load: () => {
      counter.loads += 1;
      return value();
    },
    describe,
  };
  return { request, counter };
}

const processRequest = (id: string, operators: string[] = []) =>
  counted(
    'process',
    id,
    async () => ({ id }),
    () => ({ processIds: [id], operators }),
    id,
  );

describe('createLoaderCache', () => {
  it('answers a repeated request from the cache', async () => {
    const cache = createLoaderCache();
    const { request, counter } = processRequest('p1');
    await cache.fetch(request);
    await expect(cache.fetch(request)).resolves.toEqual({ id: 'p1' });
    expect(counter.loads).toBe(1);
    expect(cache.stats().byKind.process).toEqual({ hits: 1, misses: 1, coalesced: 0, invalidated: 0 });
  });

  it('shares one load among identical requests made while it runs', async () => {
    const cache = createLoaderCache();
    const gate = deferred<string>();
    const { request, counter } = counted(
      'form',
      'p1',
      () => gate.promise,
      () => ({ processIds: ['p1'] }),
    );
    const both = Promise.all([cache.fetch(request), cache.fetch(request)]);
    gate.resolve('form data');
    await expect(both).resolves.toEqual(['form data', 'form data']);
    expect(counter.loads).toBe(1);
    expect(cache.stats().byKind.form.coalesced).toBe(1);
  });

  it('lets an entry expire after its kind’s TTL on the injected clock', async () => {
    let now = 1_000;
    const cache = createLoaderCache({ now: () => now, ttlMs: { process: 5_000 } });
    const { request, counter } = processRequest('p1');
    await cache.fetch(request);
    now += 4_999;
    await cache.fetch(request);
    expect(counter.loads).toBe(1);
    now += 2;
    await cache.fetch(request);
    expect(counter.loads).toBe(2);
  });

  it('does not keep failures', async () => {
    const cache = createLoaderCache();
    let fail = true;
    const { request, counter } = counted(
      'process',
      'p1',
      async () => {
        if (fail) throw new Error('upstream down');
        return 'ok';
      },
      () => ({ processIds: ['p1'] }),
    );
    await expect(cache.fetch(request)).rejects.toThrow('upstream down');
    fail = false;
    await expect(cache.fetch(request)).resolves.toBe('ok');
    expect(counter.loads).toBe(2);
  });

  it('holds at most maxEntries entries', async () => {
    const cache = createLoaderCache({ maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) await cache.fetch(processRequest(id).request);
    expect(cache.stats().entries).toBe(2);
  });

  it('refuses a TTL that is not a positive number', () => {
    expect(() => createLoaderCache({ ttlMs: { flow: Number.POSITIVE_INFINITY } })).toThrow(/flow/);
    expect(() => createLoaderCache({ ttlMs: { taskPage: 0 } })).toThrow(/taskPage/);
  });

  describe('invalidateProcess', () => {
    const alice = userKey('OPEN_ID', 'ou_alice');
    const bob = userKey('OPEN_ID', 'ou_bob');
    const carol = userKey('OPEN_ID', 'ou_carol');
    const page = (user: string, processIds: string[]) =>
      counted(
        'taskPage',
        user,
        async () => processIds,
        () => ({ processIds, user }),
      );

    it('drops the process’s entries and the task lists that mention it, and nothing else', async () => {
      const cache = createLoaderCache();
      const p1 = processRequest('p1');
      const p2 = processRequest('p2');
      const form = counted(
        'form',
        'p1',
        async () => 'form',
        () => ({ processIds: ['p1'] }),
        'p1',
      );
      const alicePage = page(alice, ['p1', 'p2']);
      const carolPage = page(carol, ['p2']);
      for (const { request } of [p1, p2, form, alicePage, carolPage]) await cache.fetch(request as CacheRequest<unknown>);
      cache.invalidateProcess('p1');
      for (const { request } of [p1, p2, form, alicePage, carolPage]) await cache.fetch(request as CacheRequest<unknown>);
      expect([p1, form, alicePage].map(({ counter }) => counter.loads)).toEqual([2, 2, 2]);
      expect([p2, carolPage].map(({ counter }) => counter.loads)).toEqual([1, 1]);
      expect(cache.stats().invalidations).toBe(1);
      const { byKind } = cache.stats();
      expect([byKind.process.invalidated, byKind.form.invalidated, byKind.taskPage.invalidated]).toEqual([1, 1, 1]);
    });

    it('drops the task lists of the old operators (from the cached detail) and of the new ones (from the next detail)', async () => {
      const cache = createLoaderCache();
      let operators = [alice];
      const detail = counted(
        'process',
        'p1',
        async () => 'p1',
        () => ({ processIds: ['p1'], operators }),
        'p1',
      );
      const alicePage = page(alice, []);
      const bobPage = page(bob, []);
      for (const { request } of [detail, alicePage, bobPage]) await cache.fetch(request as CacheRequest<unknown>);

      operators = [bob];
      cache.invalidateProcess('p1');
      await cache.fetch(alicePage.request);
      expect(alicePage.counter.loads).toBe(2);
      await cache.fetch(bobPage.request);
      expect(bobPage.counter.loads).toBe(1);

      await cache.fetch(detail.request);
      await cache.fetch(bobPage.request);
      expect(bobPage.counter.loads).toBe(2);
      await cache.fetch(bobPage.request);
      expect(bobPage.counter.loads).toBe(2);
    });

    it('does not store, nor share, a load of the process that was running when it changed', async () => {
      const cache = createLoaderCache();
      const gates = [deferred<string>(), deferred<string>()];
      let load = 0;
      const detail = counted(
        'process',
        'p1',
        () => gates[load++]!.promise,
        () => ({ processIds: ['p1'] }),
        'p1',
      );
      const stale = cache.fetch(detail.request);
      cache.invalidateProcess('p1');
      const fresh = cache.fetch(detail.request);
      gates[0]?.resolve('old');
      gates[1]?.resolve('new');
      await expect(stale).resolves.toBe('old');
      await expect(fresh).resolves.toBe('new');
      await expect(cache.fetch(detail.request)).resolves.toBe('new');
      expect(detail.counter.loads).toBe(2);
    });

    it('does not store a task page loaded across a change of a process it lists', async () => {
      const cache = createLoaderCache();
      const gate = deferred<string[]>();
      const alicePage = counted(
        'taskPage',
        alice,
        () => gate.promise,
        (ids) => ({ processIds: ids, user: alice }),
      );
      const loading = cache.fetch(alicePage.request);
      cache.invalidateProcess('p1');
      gate.resolve(['p1']);
      await loading;
      expect(cache.stats().entries).toBe(0);
    });
  });
  it('drops the task lists of users who may have gained a task, and every list kept under another id type', async () => {
    const cache = createLoaderCache();
    const page = (user: string) =>
      counted(
        'taskPage',
        user,
        async () => [],
        () => ({ processIds: [], user }),
      );
    const gained = page(userKey('OPEN_ID', 'ou_new'));
    const untouched = page(userKey('OPEN_ID', 'ou_other'));
    const byUserId = page(userKey('USER_ID', 'e5f6'));
    for (const p of [gained, untouched, byUserId]) await cache.fetch(p.request);

    cache.invalidateUsers([userKey('OPEN_ID', 'ou_new')]);
    for (const p of [gained, untouched, byUserId]) await cache.fetch(p.request);
    expect([gained.counter.loads, untouched.counter.loads, byUserId.counter.loads]).toEqual([2, 1, 2]);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { ActionError } from '../../src/actions/action-error.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from '../../src/actions/idempotency-store.js';
import { RedisIdempotencyStore } from '../../src/actions/redis-idempotency-store.js';
import { runAction, type ActionRequest, type ActionRunnerDeps } from '../../src/actions/run-action.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { connect, deletePrefix, randomPrefix } from '../helpers/redis.js';

const redis = connect();
const prefix = randomPrefix('idem');

afterAll(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

function feishuFailure(code: number, httpStatus = 400): UpstreamError {
  return new UpstreamError({
    kind: 'FEISHU_ERROR',
    endpoint: 'updateApprover',
    message: 'refused',
    httpStatus,
    feishuCode: code,
    logId: 'log-1',
    retryable: false,
  });
}

function harness(store: IdempotencyStore, depOverrides: Partial<ActionRunnerDeps> = {}) {
  const invalidated: string[] = [];
  let puts = 0;
  const deps: ActionRunnerDeps = { idempotency: store, invalidateProcess: (id: string) => void invalidated.push(id), ...depOverrides };
  /** Runs approveTask on p1 under key-1 (unless overridden); `send` stands for the PUT and succeeds unless given. */
  const run = (send: () => Promise<void> = async () => {}, overrides: Partial<ActionRequest> = {}) =>
    runAction(deps, {
      action: 'approveTask',
      processId: 'p1',
      command: { approverId: 'a1' },
      idempotencyKey: 'key-1',
      send: async () => {
        puts += 1;
        await send();
      },
      ...overrides,
    });
  return { run, invalidated, puts: () => puts };
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    return (error as ActionError).failure;
  }
  throw new Error('expected the action to fail');
}

const stores: [string, () => IdempotencyStore][] = [
  ['memory', () => new MemoryIdempotencyStore()],
  ['redis', () => new RedisIdempotencyStore(redis, { keyPrefix: `${prefix}${Math.random()}:`, pollMs: 10 })],
];

describe.each(stores)('runAction with the %s idempotency store', (_name, makeStore) => {
  it('invalidates the process after a successful PUT', async () => {
    const h = harness(makeStore());
    await expect(h.run(undefined, { idempotencyKey: undefined })).resolves.toBe('p1');
    expect(h.invalidated).toEqual(['p1']);
  });

  it('replays the first outcome for a retried key and sends one PUT', async () => {
    const h = harness(makeStore());
    await h.run();
    await expect(h.run()).resolves.toBe('p1');
    expect(h.puts()).toBe(1);
  });

  it('sends one PUT when a double click races on the same key', async () => {
    const h = harness(makeStore());
    let release!: () => void;
    const slow = () => new Promise<void>((resolve) => (release = resolve));
    const first = h.run(slow);
    const second = h.run();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await expect(Promise.all([first, second])).resolves.toEqual(['p1', 'p1']);
    expect(h.puts()).toBe(1);
  });

  it('remembers an upstream 500 after the PUT was sent, so a retry does not PUT again', async () => {
    const h = harness(makeStore());
    const boom = async () => {
      throw new UpstreamError({ kind: 'UNAVAILABLE', endpoint: 'updateApprover', message: 'HTTP 500', httpStatus: 500, retryable: false });
    };
    const first = await failureOf(h.run(boom));
    expect(first.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(first.message).toMatch(/outcome is unknown/);
    expect((await failureOf(h.run())).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(h.puts()).toBe(1);
  });

  it('lets a retry run again when Feishu was never reached (rate limited)', async () => {
    const h = harness(makeStore());
    const limited = async () => {
      throw new UpstreamError({ kind: 'RATE_LIMITED', endpoint: 'updateApprover', message: 'budget', retryable: true, retryAfter: 3 });
    };
    const failure = await failureOf(h.run(limited));
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 3 });
    await expect(h.run()).resolves.toBe('p1');
    expect(h.puts()).toBe(2);
  });

  it('keeps a successful outcome when announcing the change fails, so a retry makes no second PUT', async () => {
    const failures: string[] = [];
    const h = harness(makeStore(), {
      invalidateProcess: () => Promise.reject(new Error('redis is down')),
      onInvalidationFailed: (processId: string) => void failures.push(processId),
    });
    await expect(h.run()).resolves.toBe('p1');
    await expect(h.run()).resolves.toBe('p1');
    expect(h.puts()).toBe(1);
    expect(failures).toEqual(['p1']);
  });

  it.each([
    [
      'a refused token',
      new UpstreamError({ kind: 'AUTH_FAILED', endpoint: 'updateApprover', message: 'token', feishuCode: 99991663, retryable: false }),
    ],
    [
      'a request never sent',
      new UpstreamError({ kind: 'UNAVAILABLE', endpoint: 'updateApprover', message: 'ECONNREFUSED', retryable: true }),
    ],
    ['a deadline before sending', new UpstreamError({ kind: 'TIMEOUT', endpoint: 'updateApprover', message: 'not sent', retryable: true })],
  ])('lets a retry under the same key run again after %s', async (_case, error) => {
    const h = harness(makeStore());
    const failure = await failureOf(h.run(async () => Promise.reject(error)));
    expect(failure.message).toMatch(/nothing was done; retrying is safe/);
    await expect(h.run()).resolves.toBe('p1');
    expect(h.puts()).toBe(2);
  });

  it('refuses the same key with another input', async () => {
    const h = harness(makeStore());
    await h.run();
    const failure = await failureOf(h.run(undefined, { command: { approverId: 'other' } }));
    expect(failure.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(h.puts()).toBe(1);
  });

  it('maps documented Feishu codes to named errors with code and log id, and drops the stale cache', async () => {
    const h = harness(makeStore());
    const failure = await failureOf(h.run(async () => Promise.reject(feishuFailure(1161001)), { idempotencyKey: undefined }));
    expect(failure).toMatchObject({ code: 'TASK_ALREADY_PROCESSED', feishuCode: 1161001, logId: 'log-1' });
    expect(h.invalidated).toEqual(['p1']);
  });
});

describe('MemoryIdempotencyStore', () => {
  it('never evicts a running action from under the callers waiting for it', async () => {
    const store = new MemoryIdempotencyStore({ maxKeys: 2 });
    expect(await store.claim('running', 'f')).toBe('claimed');
    const waiting = store.claim('running', 'f');
    for (const key of ['a', 'b', 'c']) {
      await store.claim(key, 'f');
      await store.settle(key, { fingerprint: 'f', outcome: { ok: true, processId: key } }, true);
    }
    await store.settle('running', { fingerprint: 'f', outcome: { ok: true, processId: 'p' } }, true);
    await expect(waiting).resolves.toEqual({ fingerprint: 'f', outcome: { ok: true, processId: 'p' } });
  });
});

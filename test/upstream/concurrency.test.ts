import { describe, expect, it } from 'vitest';
import { Semaphore } from '../../src/upstream/concurrency.js';
import { ok } from './support/fake-feishu.js';
import { useFakeFeishu } from './support/harness.js';

describe('Semaphore', () => {
  it('hands slots out in arrival order and never exceeds its capacity', async () => {
    const semaphore = new Semaphore(2);
    const order: number[] = [];
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const release = await semaphore.acquire();
        order.push(i);
        peak = Math.max(peak, ++active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active--;
        release();
      }),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('drops a waiter whose signal aborts, and a double release frees only one slot', async () => {
    const semaphore = new Semaphore(1);
    const first = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');

    first();
    first();
    const second = await semaphore.acquire();
    let thirdGranted = false;
    void semaphore.acquire().then(() => {
      thirdGranted = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(thirdGranted).toBe(false);
    second();
  });
});

describe('the client with a concurrency cap of 2', () => {
  const h = useFakeFeishu();

  it('never has more than 2 requests to one endpoint in flight at the server', async () => {
    h.fake.on('GET', '/open-apis/corehr/v2/processes/p1/form_variable_data', () => ({ delayMs: 30, ...ok({ field_variable_values: [] }) }));
    const client = h.client({ concurrency: { getFormData: 2 } });

    await Promise.all(Array.from({ length: 10 }, () => client.getFormVariables('p1')));

    expect(h.fake.requestsTo('GET', '/open-apis/corehr/v2/processes/p1/form_variable_data')).toHaveLength(10);
    expect(h.fake.maxInFlight).toBe(2);
  });

  it('fails a call that waited for a slot past its deadline as TIMEOUT, without sending it', async () => {
    h.fake.on('PUT', '/open-apis/corehr/v2/process_revoke/p1', () => ({ delayMs: 500, ...ok() }));
    const client = h.client({ concurrency: { revokeProcess: 1 } });
    const revoke = { processId: 'p1', actor: { kind: 'system' as const } };

    const slow = client.revokeProcess(revoke);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const queued = await client.revokeProcess(revoke, { deadline: Date.now() + 100 }).catch((e: unknown) => e);
    await slow;

    expect(queued).toMatchObject({ kind: 'TIMEOUT', retryable: true, endpoint: 'revokeProcess' });
    expect(h.fake.requestsTo('PUT', '/open-apis/corehr/v2/process_revoke/p1')).toHaveLength(1);
  });
});

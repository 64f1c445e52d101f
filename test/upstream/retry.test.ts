import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { DEFAULT_TIMEOUTS, FeishuHttp } from '../../src/upstream/http.js';
import { backoffDelay, decideRetry, DEFAULT_RETRY } from '../../src/upstream/retry.js';
import { fixture } from '../helpers/feishu-fixtures.js';
import { ok } from './support/fake-feishu.js';
import { useFakeFeishu } from './support/harness.js';

const FORM_PATH = '/open-apis/corehr/v2/processes/p1/form_variable_data';
const TRANSFER_PATH = '/open-apis/corehr/v2/processes/p1/transfer';
const transfer = { processId: 'p1', approverIds: ['a1'], toUserId: 'ou_to', actor: { kind: 'system' as const } };

describe('retries against a live server', () => {
  const h = useFakeFeishu();

  it('retries a GET answered 500 and then succeeds', async () => {
    h.fake.on('GET', FORM_PATH, (_req, nth) =>
      nth === 1 ? { status: 500, body: 'upstream exploded' } : ok({ field_variable_values: [] }),
    );
    const client = h.client();

    await expect(client.getFormVariables('p1')).resolves.toEqual([]);
    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(2);
    expect(client.stats.calls.getFormData).toBe(2);
  });

  it('retries a GET on each transient code (1160500, 1160102, 1160025), whatever the HTTP status', async () => {
    for (const code of [1160500, 1160102, 1160025]) {
      h.fake.reset();
      h.fake.on('GET', FORM_PATH, (_req, nth) =>
        nth === 1 ? { status: 400, body: { code, msg: 'system error' } } : ok({ field_variable_values: [] }),
      );
      const client = h.client();

      await expect(client.getFormVariables('p1')).resolves.toEqual([]);
      expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(2);
    }
  });

  it('gives up on a GET after maxAttempts and reports the last failure', async () => {
    h.fake.on('GET', FORM_PATH, () => ({ status: 500, body: { code: 1160500, msg: 'system error' } }));
    const client = h.client({ retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 } });

    const error = await client.getFormVariables('p1').catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'FEISHU_ERROR', feishuCode: 1160500, httpStatus: 500, retryable: true });
    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(4);
  });

  it('does not retry a GET on a business error such as invalid parameter', async () => {
    h.fake.on('GET', FORM_PATH, () => ({ status: 400, body: { code: 1160101, msg: 'invalid parameter' } }));
    const client = h.client();

    await expect(client.getFormVariables('p1')).rejects.toMatchObject({ kind: 'FEISHU_ERROR', feishuCode: 1160101, retryable: false });
    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(1);
  });

  it('never re-sends a PUT answered 500: exactly one request reaches the server', async () => {
    h.fake.on('PUT', TRANSFER_PATH, () => ({ status: 500, body: { code: 1160500, msg: 'system error' } }));
    const client = h.client();

    const error = await client.transferTasks(transfer).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'FEISHU_ERROR', feishuCode: 1160500, retryable: false });
    expect(h.fake.requestsTo('PUT', TRANSFER_PATH)).toHaveLength(1);
  });

  it('never re-sends a PUT whose answer did not come before the deadline', async () => {
    h.fake.on('PUT', TRANSFER_PATH, () => ({ delayMs: 1_500, ...ok() }));
    const client = h.client();

    const error = await client.transferTasks(transfer, { deadline: Date.now() + 300 }).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'TIMEOUT', retryable: false, endpoint: 'transferTasks' });
    expect(h.fake.requestsTo('PUT', TRANSFER_PATH)).toHaveLength(1);
  });

  it('retries a GET whose headers timed out', async () => {
    // undici checks its socket timeouts about once a second, so the first answer is held well past that.
    h.fake.on('GET', FORM_PATH, (_req, nth) => ({ delayMs: nth === 1 ? 2_500 : 0, ...ok({ field_variable_values: [] }) }));
    const client = h.client({ timeouts: { headersMs: 100 } });

    await expect(client.getFormVariables('p1')).resolves.toEqual([]);
    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(2);
  });

  it('waits x-ogw-ratelimit-reset seconds after a 429 when that fits the deadline, then succeeds', async () => {
    const limited = fixture<{ body: unknown }>('error-rate-limit.json');
    h.fake.on('GET', FORM_PATH, (_req, nth) =>
      nth === 1 ? { status: 429, headers: { 'x-ogw-ratelimit-reset': '1' }, body: limited.body } : ok({ field_variable_values: [] }),
    );
    const client = h.client();
    const started = Date.now();

    await expect(client.getFormVariables('p1', { deadline: Date.now() + 5_000 })).resolves.toEqual([]);

    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('fails fast as RATE_LIMITED with retryAfter when the reset does not fit the deadline', async () => {
    const limited = fixture<{ http_status: number; headers: Record<string, string>; body: unknown }>('error-rate-limit.json');
    h.fake.on('GET', FORM_PATH, () => ({ status: limited.http_status, headers: limited.headers, body: limited.body }));
    const client = h.client();

    const error = await client.getFormVariables('p1', { deadline: Date.now() + 2_000 }).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'RATE_LIMITED', retryable: true, retryAfter: 37, feishuCode: 99991400, httpStatus: 429 });
    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(1);
  });

  it('treats code 99991400 sent with HTTP 400 as a rate limit too', async () => {
    h.fake.on('GET', FORM_PATH, () => ({
      status: 400,
      headers: { 'x-ogw-ratelimit-reset': '52' },
      body: { code: 99991400, msg: 'request trigger frequency limit' },
    }));
    const client = h.client();

    await expect(client.getFormVariables('p1', { deadline: Date.now() + 2_000 })).rejects.toMatchObject({
      kind: 'RATE_LIMITED',
      retryAfter: 52,
      httpStatus: 400,
    });
    expect(h.fake.requestsTo('GET', FORM_PATH)).toHaveLength(1);
  });

  it('classifies a PUT whose connection was refused as never sent, hence safe to retry', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const http = new FeishuHttp({ baseUrl: `http://127.0.0.1:${port}`, timeouts: DEFAULT_TIMEOUTS, logger: silentLogger, secrets: [] });

    const error = await http
      .call({
        endpoint: 'transferTasks',
        method: 'PUT',
        path: '/corehr/v2/processes/p1/transfer',
        body: {},
        signal: AbortSignal.timeout(2_000),
      })
      .catch((e: unknown) => e)
      .finally(() => http.close());

    expect(error).toMatchObject({ kind: 'UNAVAILABLE', retryable: true, endpoint: 'transferTasks' });
  });
});

describe('decideRetry', () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };
  const error = (init: Partial<ConstructorParameters<typeof UpstreamError>[0]>) =>
    new UpstreamError({ kind: 'FEISHU_ERROR', endpoint: 'transferTasks', message: 'x', retryable: false, ...init });

  const firstAttempt = { attempt: 1, tokenRefreshed: false, policy };

  it('allows one token refresh, even for a PUT, and not a second', () => {
    const tokenError = error({ kind: 'AUTH_FAILED', feishuCode: 99991663 });
    expect(decideRetry(tokenError, { ...firstAttempt, msLeft: 5_000 })).toEqual({ retry: true, delayMs: 0, refreshToken: true });
    expect(decideRetry(tokenError, { ...firstAttempt, tokenRefreshed: true, msLeft: 5_000 })).toEqual({ retry: false });
  });

  it('retries a retryable failure with backoff only while attempts and time remain', () => {
    const transient = error({ retryable: true });
    const context = { ...firstAttempt, random: () => 1 };
    expect(decideRetry(transient, { ...context, msLeft: 5_000 })).toEqual({ retry: true, delayMs: 100, refreshToken: false });
    expect(decideRetry(transient, { ...context, attempt: 3, msLeft: 5_000 })).toEqual({ retry: false });
    expect(decideRetry(transient, { ...context, msLeft: 50 })).toEqual({ retry: false });
  });

  it('waits exactly retryAfter for a rate limit, and only when it fits', () => {
    const limited = error({ kind: 'RATE_LIMITED', retryable: true, retryAfter: 2 });
    expect(decideRetry(limited, { ...firstAttempt, msLeft: 2_500 })).toEqual({ retry: true, delayMs: 2_000, refreshToken: false });
    expect(decideRetry(limited, { ...firstAttempt, msLeft: 1_999 })).toEqual({ retry: false });
  });

  it('backs off exponentially up to the cap, with jitter below the ceiling', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 1))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });
});

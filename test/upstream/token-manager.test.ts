import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/upstream/errors.js';
import { fixture } from '../helpers/feishu-fixtures.js';
import { ok, TOKEN_PATH } from './support/fake-feishu.js';
import { APP_ID, APP_SECRET, useFakeFeishu } from './support/harness.js';

const PROCESS_PATH = '/open-apis/corehr/v2/processes/p1';

describe('tenant_access_token', () => {
  const h = useFakeFeishu();

  it('is fetched once for 100 concurrent calls, and every call carries it', async () => {
    h.fake.on('GET', PROCESS_PATH, () => ok(fixture<{ data: unknown }>('process-get.json').data));
    const client = h.client({ concurrency: { getProcess: 100 } });

    const results = await Promise.all(Array.from({ length: 100 }, () => client.getProcess('p1')));

    expect(results.every((p) => p?.status === 'IN_PROGRESS')).toBe(true);
    expect(h.fake.tokenRequests).toHaveLength(1);
    expect(h.fake.tokenRequests[0]?.body).toEqual({ app_id: APP_ID, app_secret: APP_SECRET });
    const calls = h.fake.requestsTo('GET', PROCESS_PATH);
    expect(calls).toHaveLength(100);
    expect(new Set(calls.map((r) => r.headers.authorization))).toEqual(new Set(['Bearer t-token-1']));
  });

  it('is reused until 3 minutes before expiry, then fetched again', async () => {
    h.fake.on('GET', PROCESS_PATH, () => ok(fixture<{ data: unknown }>('process-get.json').data));
    let clock = Date.now();
    const client = h.client({ now: () => clock });

    await client.getProcess('p1');
    clock += 7200_000 - 181_000; // 3 min 1 s before expiry: still fresh
    await client.getProcess('p1');
    expect(h.fake.tokenRequests).toHaveLength(1);

    clock += 2_000; // now inside the last 3 minutes
    await client.getProcess('p1');
    expect(h.fake.tokenRequests).toHaveLength(2);
    expect(h.fake.requestsTo('GET', PROCESS_PATH).map((r) => r.headers.authorization)).toEqual([
      'Bearer t-token-1',
      'Bearer t-token-1',
      'Bearer t-token-2',
    ]);
  });

  it('keeps serving the old token when its refresh fails, until the old one is nearly expired', async () => {
    h.fake.on('GET', PROCESS_PATH, () => ok(fixture<{ data: unknown }>('process-get.json').data));
    let clock = Date.now();
    const client = h.client({ now: () => clock, retry: { maxAttempts: 1 } });
    await client.getProcess('p1');

    h.fake.on('POST', TOKEN_PATH, () => ({ status: 500, body: { code: 1160500, msg: 'down' } }));
    clock += 7200_000 - 120_000; // inside the refresh margin, the old token still valid for 2 minutes
    await expect(client.getProcess('p1')).resolves.not.toBeNull();
    expect(h.fake.requestsTo('GET', PROCESS_PATH).map((r) => r.headers.authorization)).toEqual(['Bearer t-token-1', 'Bearer t-token-1']);

    clock += 110_000; // 10 s before expiry: no longer worth sending
    await expect(client.getProcess('p1')).rejects.toBeInstanceOf(UpstreamError);
  });

  it('is refreshed once and the call retried once when Feishu rejects it (HTTP 400, code 99991663)', async () => {
    const invalid = fixture<{ http_status: number; body: unknown }>('error-invalid-token.json');
    h.fake.on('PUT', '/open-apis/corehr/v2/process_withdraw/p1', (req) =>
      req.headers.authorization === 'Bearer t-token-1' ? { status: invalid.http_status, body: invalid.body } : ok(),
    );
    const client = h.client();

    await client.withdrawProcess({ processId: 'p1', actor: { kind: 'system' } });

    expect(h.fake.tokenRequests).toHaveLength(2);
    expect(h.fake.requestsTo('PUT', '/open-apis/corehr/v2/process_withdraw/p1').map((r) => r.headers.authorization)).toEqual([
      'Bearer t-token-1',
      'Bearer t-token-2',
    ]);
  });

  it('fails as AUTH_FAILED after the single retry when the fresh token is rejected too', async () => {
    for (const code of [99991661, 99991664, 99991665, 99991671]) {
      h.fake.reset();
      h.fake.on('GET', PROCESS_PATH, () => ({ status: 400, body: { code, msg: 'token rejected' } }));
      const client = h.client();

      const error = await client.getProcess('p1').catch((e: unknown) => e);

      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ kind: 'AUTH_FAILED', feishuCode: code, httpStatus: 400, endpoint: 'getProcess' });
      expect(h.fake.requestsTo('GET', PROCESS_PATH)).toHaveLength(2);
      expect(h.fake.tokenRequests).toHaveLength(2);
    }
  });

  it('reports a refused app as AUTH_FAILED without sending the business call', async () => {
    h.fake.on('POST', '/open-apis/auth/v3/tenant_access_token/internal', () => ({
      status: 400,
      body: { code: 10015, msg: 'wrong app secret' },
    }));
    const client = h.client();

    const error = await client.getProcess('p1').catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'AUTH_FAILED', feishuCode: 10015, endpoint: 'tenantAccessToken' });
    expect(h.fake.requestsTo('GET', PROCESS_PATH)).toHaveLength(0);
    expect(client.stats.calls.getProcess).toBe(0);
  });
});

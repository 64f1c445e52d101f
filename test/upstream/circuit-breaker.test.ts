/**
 * A 5xx storm at Feishu: once the breaker opens, reads answer UPSTREAM_UNAVAILABLE at once and nothing
 * more is sent (no retries, no budget spent); once Feishu recovers, a probe call closes the breaker and
 * reads are served again within the cooldown.
 */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { FEISHU_BUDGETS } from '../../src/upstream/budgets.js';
import { CircuitBreaker, CircuitOpenError } from '../../src/upstream/circuit-breaker.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { graphql } from '../generated/index.js';
import { useGatewayHarness, type GraphQLResponse } from '../helpers/gateway-harness.js';

const COOLDOWN_MS = 500;

const harness = useGatewayHarness({
  sandbox: { rateLimits: true, processes: 80 },
  // Feishu's budgets and default retries (3 attempts), as deployed; the breaker with a short cooldown.
  client: { budgets: FEISHU_BUDGETS, retry: {}, breaker: { failures: 5, cooldownMs: COOLDOWN_MS } },
});

const STATUS = graphql(`
  query BreakerStatus($processId: ID!) {
    process(processId: $processId) {
      status
    }
  }
`);
type Answer = GraphQLResponse<ResultOf<typeof STATUS>>;

const read = (processId: string) => harness().query(STATUS, { processId });

describe('circuit breaker', () => {
  it('stops retrying once Feishu keeps failing, answers fast meanwhile, and serves reads again after Feishu recovers', async () => {
    const { sandbox } = harness();
    const ids = sandbox.control.processIds();
    sandbox.control.resetCounts();
    sandbox.control.injectFault({ endpoint: 'getProcess', status: 500 });

    // One at a time, as a steady trickle of clients: without the breaker each would make 3 attempts.
    const storm: Answer[] = [];
    const started = Date.now();
    for (const processId of ids.slice(0, 40)) storm.push(await read(processId));
    const sent = sandbox.control.callCounts().getProcess;
    // 5 failures open it; then one probe per cooldown at most (instead of 40 reads × 3 attempts).
    const probes = Math.ceil((Date.now() - started) / COOLDOWN_MS);
    expect(sent).toBeLessThanOrEqual(5 + probes);
    expect(sent).toBeLessThan(40);
    const codes = storm.map((answer) => answer.errors?.[0]?.extensions?.['code']);
    expect(codes.every((code) => code === 'UPSTREAM_UNAVAILABLE' || code === 'UPSTREAM_ERROR')).toBe(true);
    expect(codes.filter((code) => code === 'UPSTREAM_UNAVAILABLE').length).toBeGreaterThanOrEqual(30);

    sandbox.control.clearFaults();
    let recovered: Answer | undefined;
    const deadline = Date.now() + 5_000;
    for (const processId of ids.slice(40)) {
      const answer = await read(processId);
      if (answer.data?.process) {
        recovered = answer;
        break;
      }
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(recovered?.data?.process?.status).toEqual(expect.any(String));
    // Recovery cost a probe and the reads themselves, not a minute of the budget.
    expect(sandbox.control.callCounts().getProcess - sent).toBeLessThanOrEqual(3);
    expect(sandbox.control.requests().filter((request) => request.status === 429)).toEqual([]);
  });
});

describe('CircuitBreaker states', () => {
  const outage = new UpstreamError({ kind: 'FEISHU_ERROR', endpoint: 'getProcess', message: 'boom', httpStatus: 500, retryable: true });
  const rejected = new UpstreamError({
    kind: 'FEISHU_ERROR',
    endpoint: 'getProcess',
    message: 'no',
    httpStatus: 400,
    feishuCode: 1161003,
    retryable: false,
  });

  it('opens after the failures in a row, lets one probe through per cooldown, and closes on any answer that is not an outage', () => {
    let now = 0;
    const changes: string[] = [];
    const breaker = new CircuitBreaker({
      failures: 3,
      cooldownMs: 1_000,
      now: () => now,
      onStateChange: (_endpoint, state) => changes.push(state),
    });
    breaker.admit('getProcess').settle(outage);
    breaker.admit('getProcess').settle(rejected); // Feishu answered: the run of failures starts again
    for (let i = 0; i < 3; i++) breaker.admit('getProcess').settle(outage);
    expect(breaker.state('getProcess')).toBe('open');
    expect(() => breaker.admit('getProcess')).toThrow(CircuitOpenError);
    expect(breaker.state('getFlowData')).toBe('closed');

    now = 1_000;
    const probe = breaker.admit('getProcess');
    expect(() => breaker.admit('getProcess')).toThrow(CircuitOpenError);
    probe.settle(outage);
    expect(breaker.state('getProcess')).toBe('open');

    now = 2_000;
    breaker.admit('getProcess').abandon(); // never sent: the next call may probe
    breaker.admit('getProcess').settle(rejected);
    expect(breaker.state('getProcess')).toBe('closed');
    expect(changes).toEqual(['open', 'half_open', 'open', 'half_open', 'closed']);
  });
});

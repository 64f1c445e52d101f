import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness();

afterEach(() => harness().sandbox.control.clearFaults());

const THREE = graphql(`
  query ThreeProcesses($a: ID!, $b: ID!, $c: ID!) {
    a: process(processId: $a) { processId status }
    b: process(processId: $b) { processId status }
    c: process(processId: $c) { processId status }
  }
`);

function threeProcesses() {
  const control = harness().sandbox.control;
  return { a: control.createProcess({}), b: control.createProcess({}), c: control.createProcess({}) };
}

describe('partial failures', () => {
  it('null only the field whose upstream call failed, with code, Feishu code and log id', async () => {
    const ids = threeProcesses();
    harness().sandbox.control.injectFault({ endpoint: 'getProcess', status: 500, code: 1160500, times: 1 });
    const { data, errors } = await harness().query(THREE, ids);

    expect(errors).toHaveLength(1);
    const failed = errors![0]!.path?.[0] as 'a' | 'b' | 'c';
    expect(data?.[failed]).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', endpoint: 'getProcess', feishuCode: 1160500, logId: expect.any(String) });
    for (const alias of (['a', 'b', 'c'] as const).filter((key) => key !== failed)) {
      expect(data?.[alias]).toEqual({ processId: ids[alias], status: 'IN_PROGRESS' });
    }
  });

  it('report a rate limit as RATE_LIMITED with retryAfter in seconds, and say nothing secret', async () => {
    const ids = threeProcesses();
    harness().sandbox.control.injectFault({ endpoint: 'getProcess', status: 429, times: 1 });
    const response = await harness().query(THREE, ids);

    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', feishuCode: 99991400, retryAfter: expect.any(Number) });
    expect(Object.values(response.data ?? {}).filter((value) => value === null)).toHaveLength(1);
    const text = JSON.stringify(response);
    expect(text).not.toContain(harness().sandbox.appSecret);
    expect(text).not.toMatch(/t-[0-9a-f]{20,}/);
  });

  it('null formVariables alone when form data cannot be read', async () => {
    const processId = harness().sandbox.control.createProcess({});
    harness().sandbox.control.injectFault({ endpoint: 'getFormData', status: 500, code: 1160102, times: 1 });
    const { data, errors } = await harness().query(
      graphql(`query FormVariableNames($processId: ID!) { process(processId: $processId) { processId formVariables { apiName } } }`),
      { processId },
    );
    expect(data?.process).toEqual({ processId, formVariables: null });
    expect(errors?.map((e) => [e.path, e.extensions?.['code'], e.extensions?.['feishuCode']])).toEqual([
      [['process', 'formVariables'], 'UPSTREAM_ERROR', 1160102],
    ]);
  });

  it('answer null without error for a process Feishu does not know', async () => {
    const response = await harness().query(`{ process(processId: "7000000000000000001") { processId } }`);
    expect(response).toEqual({ data: { process: null } });
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../../src/server/gateway.js';
import { useGatewayHarness } from '../../helpers/gateway-harness.js';
import { castOf, createProcess, mutationDocument, MUTATION_HARNESS, node } from '../../helpers/mutations.js';

const harness = useGatewayHarness(MUTATION_HARNESS);

let broken: Gateway | undefined;
afterAll(async () => {
  await broken?.close();
});

describe('an unexpected failure inside a mutation', () => {
  it('is masked, leaks nothing, and leaves the idempotency key free for a retry', async () => {
    let attempts = 0;
    broken = await createGateway({
      api: {
        ...harness().client,
        withdrawProcess: async () => {
          attempts += 1;
          throw new TypeError('cannot read token t-g1044ghJIB2XDVD3 of undefined');
        },
      },
      port: 0,
    });
    const { initiator, a } = castOf(harness());
    const processId = createProcess(harness(), initiator, node('OR', a));
    const post = async () => {
      const response = await broken!.yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: mutationDocument('withdrawProcess'), variables: { input: { processId, actorId: initiator.openId, idempotencyKey: 'k-broken' } } }),
      });
      return response.text();
    };

    const text = await post();
    const body = JSON.parse(text) as { data: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.data).toBeNull();
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(text).not.toContain('t-g1044ghJIB2XDVD3');

    await post();
    expect(attempts).toBe(2);
  });
});

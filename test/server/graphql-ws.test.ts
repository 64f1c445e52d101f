import { request } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_REQUEST_BYTES } from '../../src/server/gateway.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness();
let client: Client;
let connections = 0;

beforeAll(() => {
  client = createClient({
    url: harness().gateway.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
  });
  client.on('connected', () => {
    connections += 1;
  });
});

afterAll(async () => {
  await client.dispose();
});

async function run(query: string): Promise<unknown[]> {
  const results: unknown[] = [];
  try {
    for await (const result of client.iterate({ query })) results.push(result);
  } catch (error) {
    results.push({ failed: error });
  }
  return results;
}

describe('event stream protocol § Transports: GraphQL over WebSocket (graphql-transport-ws) on /graphql', () => {
  it('serves queries too, through the same context and loaders as HTTP', async () => {
    const processId = harness().sandbox.control.processIds()[0];
    expect(await run(`{ process(processId: "${processId}") { processId } }`)).toEqual([{ data: { process: { processId } } }]);
  });

  it('answers a document that does not parse or validate with an error message and keeps the socket for the next operation', async () => {
    const [unparsable] = await run('subscription { processEvents {');
    const [invalid] = await run('subscription { processEvents { noSuchField } }');
    for (const answer of [unparsable, invalid]) {
      expect(answer).toMatchObject({ failed: [expect.objectContaining({ message: expect.any(String) })] });
    }
    expect(await run('{ __typename }')).toEqual([{ data: { __typename: 'Query' } }]);
    expect(connections).toBe(1);
  });
});

describe('request size limit', () => {
  const oversized = JSON.stringify({ query: `{ __typename }${' '.repeat(MAX_REQUEST_BYTES)}` });

  it('refuses an HTTP request larger than the limit with 413', async () => {
    const response = await fetch(harness().gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: oversized,
    });
    expect(response.status).toBe(413);
  });

  /** Sent chunked (no Content-Length), so only counting the body as it streams can refuse it. */
  function postChunked(body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const sent = request(harness().gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      // The gateway may answer and close before the whole body is written.
      sent.on('error', (error) => (sent.writableFinished ? undefined : reject(error)));
      for (let at = 0; at < body.length; at += 1_048_576) sent.write(body.slice(at, at + 1_048_576));
      sent.end();
    });
  }

  it('refuses a chunked HTTP request larger than the limit with 413', async () => {
    expect((await postChunked(oversized)).status).toBe(413);
  });

  it('answers a chunked HTTP request within the limit', async () => {
    const answer = await postChunked(JSON.stringify({ query: '{ __typename }' }));
    expect(answer).toEqual({ status: 200, text: JSON.stringify({ data: { __typename: 'Query' } }) });
  });

  it('closes a WebSocket whose message is larger than the limit (1009)', async () => {
    const socket = new WebSocket(harness().gateway.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(oversized);
    expect(await closed).toBe(1009);
  });
});

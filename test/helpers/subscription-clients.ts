/**
 * Real subscription clients for tests: graphql-sse (distinct connections, as yoga serves SSE) and
 * graphql-ws over `ws`, both against a gateway on loopback. A `Feed` consumes one subscription in
 * the background so a test can wait for results, bounded in time, and close it.
 *
 * `subscribeOver` takes a typed document (see typed-operations.ts), so each result is typed by the
 * schema; both clients take the printed text. `subscribeOverSse`/`subscribeOverWs` send a raw request
 * for what a test means the gateway to refuse, sends by `documentId`, or builds at run time: untyped.
 */
import type { GraphQLFormattedError } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { operationText, type Operation } from './typed-operations.js';

export interface Result<T = Record<string, unknown>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export type Transport = 'sse' | 'ws';

export interface Feed<T = Record<string, unknown>> {
  /** Every result received so far, in order. */
  readonly results: Result<T>[];
  /** True once the server completed the subscription (or it failed). */
  readonly completed: boolean;
  /** Resolves with the results once at least `count` arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<Result<T>[]>;
  /** Resolves once the subscription completed; rejects after `timeoutMs`. */
  waitForCompletion(timeoutMs?: number): Promise<Result<T>[]>;
  /** Stops the subscription (the client leaves) and closes its connection. */
  close(): Promise<void>;
}

/** A request as the clients send it; `documentId` for a trusted document sent by id. */
export interface SubscriptionRequest {
  query: string;
  variables?: Record<string, unknown>;
  documentId?: string;
}

/** Polls `condition` until it holds; rejects after `timeoutMs` with `what` in the message. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function feedOf<T>(iterator: AsyncIterableIterator<Result<T>>, dispose: () => void): Feed<T> {
  const results: Result<T>[] = [];
  let completed = false;
  let failure: unknown;
  const consuming = (async () => {
    try {
      for await (const result of iterator) results.push(result);
    } catch (error) {
      failure = error;
    } finally {
      completed = true;
    }
  })();
  const check = () => {
    if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
  };
  return {
    results,
    get completed() {
      return completed;
    },
    async waitFor(count, timeoutMs = 5_000) {
      await until(() => results.length >= count || completed, `${count} results (have ${results.length})`, timeoutMs);
      check();
      if (results.length < count)
        throw new Error(`subscription completed after ${results.length} of ${count} results: ${JSON.stringify(results)}`);
      return results;
    },
    async waitForCompletion(timeoutMs = 5_000) {
      await until(() => completed, 'the subscription to complete', timeoutMs);
      check();
      return results;
    },
    async close() {
      await iterator.return?.();
      dispose();
      await consuming;
    },
  };
}

/** How a client names its caller: HTTP headers (SSE, and the WebSocket upgrade) or the connection_init payload. */
export interface ClientCredentials {
  headers?: Record<string, string>;
  connectionParams?: Record<string, unknown>;
}

function sseFeed<T>(graphqlUrl: string, request: SubscriptionRequest, credentials: ClientCredentials): Feed<T> {
  const client = createSseClient({ url: graphqlUrl, retryAttempts: 0, headers: credentials.headers });
  return feedOf(client.iterate<T>(request) as AsyncIterableIterator<Result<T>>, () => client.dispose());
}

function wsFeed<T>(graphqlUrl: string, request: SubscriptionRequest, credentials: ClientCredentials): Feed<T> {
  const headers = credentials.headers;
  // `ws` takes upgrade headers as its third constructor argument; graphql-ws passes only url and protocol.
  const webSocketImpl = headers
    ? class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      }
    : WebSocket;
  const client = createWsClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl,
    retryAttempts: 0,
    lazy: true,
    connectionParams: credentials.connectionParams,
  });
  return feedOf(client.iterate<T>(request) as AsyncIterableIterator<Result<T>>, () => void client.dispose());
}

/** One raw request over its own SSE connection (graphql-sse client, distinct connections mode): untyped. */
export function subscribeOverSse(graphqlUrl: string, request: SubscriptionRequest, credentials: ClientCredentials = {}): Feed {
  return sseFeed(graphqlUrl, request, credentials);
}

/** One raw request over its own WebSocket (graphql-ws client, graphql-transport-ws): untyped. */
export function subscribeOverWs(graphqlUrl: string, request: SubscriptionRequest, credentials: ClientCredentials = {}): Feed {
  return wsFeed(graphqlUrl, request, credentials);
}

/** One subscription to a typed document over `transport`, its results typed by the document. */
export function subscribeOver<T, V>(
  transport: Transport,
  graphqlUrl: string,
  document: Operation<T, V>,
  variables: V,
  credentials: ClientCredentials = {},
): Feed<T> {
  const request = { query: operationText(document), variables: variables as Record<string, unknown> };
  return transport === 'sse' ? sseFeed<T>(graphqlUrl, request, credentials) : wsFeed<T>(graphqlUrl, request, credentials);
}

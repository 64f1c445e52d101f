/**
 * graphql-sse's single-connection mode on the GraphQL path, served by graphql-sse's own handler: the
 * client reserves a stream (PUT, answered 201 with a token), opens it (GET with `Accept:
 * text/event-stream` and the token in `x-graphql-event-stream-token`), sends each operation (POST with
 * the token, answered 202; results arrive on the stream) and stops one (DELETE ?operationId=).
 * Requests without a token (distinct-connections mode, and every other GraphQL request) stay with yoga.
 *
 * Each of these requests passes caller authentication first, like any other (this plugin comes after
 * it), and a stream belongs to the caller that reserved it: under another caller its token reads as
 * unknown (404). Tokens are random UUIDs from node:crypto (graphql-sse's default uses Math.random).
 * Operations run through yoga's envelope, so context, plugins, trusted documents, error masking and
 * limits are those of HTTP and WebSocket. A reservation never opened is dropped after a minute, with
 * whatever operations it queued; a caller holds at most `maxStreamsPerCaller` streams, reserved or open
 * (each stream's subscriptions also count against the per-caller subscription cap).
 */
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { TOKEN_HEADER_KEY, TOKEN_QUERY_KEY, type RequestParams } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/fetch';
import { isAsyncIterable, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import type { Caller } from '../auth/caller.js';
import { currentRequest } from './request-scope.js';
import { operationText, type TrustedDocuments } from './trusted-documents.js';
import type { CallerCarrier } from './use-caller-authentication.js';
import { stampedWithRequestId } from './use-request-id-in-errors.js';

export interface SingleConnectionOptions {
  /** The GraphQL path. */
  endpoint: string;
  trusted: TrustedDocuments;
  callerOf: (carried: Caller | undefined) => Caller;
  /** Largest operation body (the same bound as yoga's). */
  maxBodyBytes: number;
  /** How long a reserved stream may wait to be opened. @default 60_000 */
  reservationMs?: number;
  /** Streams (reserved or open) one caller may hold; the next reservation is refused (429). */
  maxStreamsPerCaller: number;
}

export interface SingleConnectionSse {
  plugin: Plugin;
  /** Open streams and reservations (for tests and shutdown). */
  readonly streams: number;
  /** Lets running operations send their last messages (up to a second), then ends every stream. */
  close(): Promise<void>;
}

interface Stream {
  owner: string;
  /** Drops the reservation if it is never opened. */
  expiry?: NodeJS.Timeout;
  /** Once open: ends it, after what is queued was sent. */
  end?: () => void;
}

type Yoga = Parameters<NonNullable<Plugin['onYogaInit']>>[0]['yoga'];
type FetchAPI = {
  Request: typeof Request;
  Response: typeof Response;
  ReadableStream: typeof ReadableStream;
  TextEncoder: typeof TextEncoder;
};

const CLOSE_GRACE_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ownerOf = (caller: Caller) => `${caller.kind}:${caller.name}`;

function tokenOf(request: Request, url: URL): string | undefined {
  return request.headers.get(TOKEN_HEADER_KEY) || url.searchParams.get(TOKEN_QUERY_KEY) || undefined;
}

/** PUT and DELETE exist only in this mode; other methods belong to it when they carry a stream token. */
function isSingleConnectionRequest(request: Request, url: URL): boolean {
  return request.method === 'PUT' || request.method === 'DELETE' || tokenOf(request, url) !== undefined;
}

function json(fetchAPI: FetchAPI, status: number, message: string, code?: string): Response {
  const error = code === undefined ? { message } : { message, extensions: { code } };
  return new fetchAPI.Response(JSON.stringify({ errors: [error] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** The body as text, or undefined when it is larger than `max` bytes (it is not read further). */
async function boundedText(request: Request, max: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** graphql-sse takes a value for a result only when it has `data`; errors before execution have none. */
function errorResult(errors: readonly GraphQLError[]): ExecutionResult {
  return { data: null, errors };
}

export function serveGraphQLSseSingleConnection(options: SingleConnectionOptions): SingleConnectionSse {
  const { endpoint, trusted, callerOf, maxBodyBytes, maxStreamsPerCaller } = options;
  const reservationMs = options.reservationMs ?? 60_000;
  const streams = new Map<string, Stream>();
  const serverContexts = new WeakMap<Request, YogaInitialContext & CallerCarrier>();
  const issuedTokens = new WeakMap<Request, string>();
  let running = 0;
  let handler: ((request: Request) => Promise<Response>) | undefined;
  let fetchAPI: FetchAPI | undefined;

  /** Opens the reserved stream and cancels it at once: graphql-sse then forgets it and ends its operations. */
  const expire = async (token: string) => {
    const stream = streams.get(token);
    if (!stream || stream.end || !handler || !fetchAPI) return;
    streams.delete(token);
    const response = await handler(
      new fetchAPI.Request(`http://gateway${endpoint}`, { headers: { accept: 'text/event-stream', [TOKEN_HEADER_KEY]: token } }),
    );
    await response.body?.cancel();
  };

  /** The open stream's response; the stream is forgotten when it ends, however it ends. */
  const tracked = (api: FetchAPI, token: string, response: Response): Response => {
    const reader = response.body!.getReader();
    const body = new api.ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        streams.delete(token);
        controller.close();
      },
      async cancel(reason) {
        streams.delete(token);
        await reader.cancel(reason);
      },
    });
    return new api.Response(body, { status: response.status, headers: response.headers });
  };

  const run = async (request: Request, serverContext: YogaInitialContext & CallerCarrier, api: FetchAPI): Promise<Response> => {
    if (!handler) throw new Error('graphql-sse handler used before yoga started');
    const url = new URL(request.url);
    const owner = ownerOf(callerOf(serverContext.caller));
    if (request.method === 'PUT') {
      let held = 0;
      for (const stream of streams.values()) if (stream.owner === owner) held++;
      if (held >= maxStreamsPerCaller) {
        return json(api, 429, `a caller may hold ${maxStreamsPerCaller} streams: close one first`, 'TOO_MANY_SUBSCRIPTIONS');
      }
      const token = randomUUID();
      issuedTokens.set(request, token);
      const response = await handler(request);
      if (response.status === 201) {
        const expiry = setTimeout(() => void expire(token), reservationMs);
        expiry.unref();
        streams.set(token, { owner, expiry });
      }
      return response;
    }
    const token = tokenOf(request, url);
    const stream = token === undefined ? undefined : streams.get(token);
    // Someone else's stream reads as no stream at all.
    if (token !== undefined && stream?.owner !== owner) return json(api, 404, 'Stream not found');
    // graphql-sse ends a stream gracefully (what is queued is sent first) when its request is aborted:
    // the client leaving, or the gateway closing.
    const ending = new AbortController();
    request.signal.addEventListener('abort', () => ending.abort(), { once: true });
    let body: string | undefined;
    if (request.method === 'POST') {
      body = await boundedText(request, maxBodyBytes);
      if (body === undefined) return json(api, 413, `an operation may be at most ${maxBodyBytes} bytes`);
    }
    const forwarded = new api.Request(request.url, { method: request.method, headers: request.headers, body, signal: ending.signal });
    serverContexts.set(forwarded, serverContext);
    const response = await handler(forwarded);
    const opened =
      stream && !stream.end && response.status === 200 && response.headers.get('content-type')?.startsWith('text/event-stream');
    if (!opened || token === undefined) return response;
    clearTimeout(stream.expiry);
    stream.end = () => ending.abort();
    return tracked(api, token, response);
  };

  /** What graphql-sse streams for one operation: its result or results, or the errors that stopped it. */
  const operationResult = async (yoga: Yoga, request: Request, method: string, params: RequestParams) => {
    const serverContext = serverContexts.get(request);
    const enveloped = yoga.getEnveloped({ ...serverContext, request, params });
    let document: DocumentNode;
    try {
      document = enveloped.parse(operationText(trusted, params, callerOf(serverContext?.caller)));
    } catch (error) {
      if (error instanceof GraphQLError) return errorResult([error]);
      throw error;
    }
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length > 0) return errorResult(errors);
    const operation = getOperationAST(document, params.operationName)?.operation;
    if (!operation) return errorResult([new GraphQLError('Name the operation to run (operationName): the document has several, or none.')]);
    if (operation === 'mutation' && method === 'GET') return errorResult([new GraphQLError('Mutations are not sent over GET: POST them.')]);
    const args: ExecutionArgs = {
      schema: enveloped.schema,
      document,
      contextValue: await enveloped.contextFactory(),
      variableValues: params.variables,
      operationName: params.operationName,
    };
    const result = await (operation === 'subscription' ? enveloped.subscribe(args) : enveloped.execute(args));
    return isAsyncIterable(result) ? result : { data: null, ...result };
  };

  const plugin: Plugin = {
    onYogaInit({ yoga }) {
      fetchAPI = yoga.fetchAPI as unknown as FetchAPI;
      handler = createHandler(
        {
          authenticate: (req) => issuedTokens.get(req.raw) ?? tokenOf(req.raw, new URL(req.raw.url)),
          onSubscribe: async (req, params) => {
            // Every operation that gets this far ends with onComplete (after its last message is queued).
            running += 1;
            try {
              return await operationResult(yoga, req.raw, req.method, params);
            } catch (error) {
              running -= 1;
              throw error;
            }
          },
          onNext: (_ctx, _req, result) => {
            const scope = currentRequest();
            // No incremental delivery here: every result is a whole ExecutionResult.
            return scope ? stampedWithRequestId(result as ExecutionResult, scope.requestId) : undefined;
          },
          onComplete: () => {
            running -= 1;
          },
        },
        fetchAPI,
      );
    },
    onRequest({ request, url, serverContext, endResponse, fetchAPI: api }) {
      if (url.pathname !== endpoint || !isSingleConnectionRequest(request, url)) return;
      return run(request, serverContext as YogaInitialContext & CallerCarrier, api as unknown as FetchAPI).then(endResponse);
    },
  };

  return {
    plugin,
    get streams() {
      return streams.size;
    },
    async close() {
      const deadline = Date.now() + CLOSE_GRACE_MS;
      while (running > 0 && Date.now() < deadline) await sleep(10);
      for (const [token, stream] of streams) {
        clearTimeout(stream.expiry);
        if (stream.end) stream.end();
        else await expire(token);
      }
      while (streams.size > 0 && Date.now() < deadline + CLOSE_GRACE_MS) await sleep(10);
    },
  };
}

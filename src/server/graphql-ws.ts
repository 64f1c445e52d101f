/**
 * GraphQL over WebSocket (`graphql-transport-ws`, the graphql-ws protocol) on the gateway's GraphQL
 * path. Operations run through yoga's envelope, so context, plugins and error masking are the same
 * as over HTTP and SSE.
 */
import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { Context, OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { openRequestScope, REQUEST_ID_HEADER, requestIdFrom, runInRequestScope, type RequestScope } from './request-scope.js';

export interface WebSocketEndpoint {
  /**
   * Lets subscriptions already ending (e.g. the gateway ended them) send their last messages, then
   * closes every socket (1001 Going away).
   */
  close(): Promise<void>;
}

/** The enveloped execute and subscribe travel to graphql-ws in `rootValue`, as yoga's docs do it. */
interface EnvelopedRoot {
  execute(args: ExecutionArgs): OperationResult;
  subscribe(args: ExecutionArgs): OperationResult;
}

/** A result as sent to the client, every error carrying the connection's request id. */
function stamped(result: ExecutionResult, requestId: string): FormattedExecutionResult | void {
  if (!result.errors?.length) return;
  return { ...result, errors: result.errors.map((error) => ({ ...error.toJSON(), extensions: { ...error.extensions, requestId } })) };
}

/** How long close() waits for last messages, then for clients to answer the close handshake. */
const CLOSE_GRACE_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fetch Request with the upgrade request's URL and headers, so context code reads headers one way. */
function fetchRequestOf(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else for (const item of value ?? []) headers.append(name, item);
  }
  return new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'gateway'}`), { headers });
}

export function serveGraphQLOverWebSocket<ServerContext extends object, UserContext extends object>(
  server: Server,
  yoga: YogaServerInstance<ServerContext, UserContext>,
  path: string,
  maxPayloadBytes: number,
): WebSocketEndpoint {
  const sockets = new WebSocketServer({ server, path, maxPayload: maxPayloadBytes });
  const connections = new Set<Context>();
  /** One request id per connection (the upgrade request's `x-request-id`, or a new one): its operations' log lines and errors carry it. */
  const scopes = new WeakMap<Context, RequestScope>();
  const scopeOf = (ctx: Context) => {
    let scope = scopes.get(ctx);
    if (!scope) scopes.set(ctx, (scope = openRequestScope(requestIdFrom((ctx.extra as { request: IncomingMessage }).request.headers[REQUEST_ID_HEADER]))));
    return scope;
  };
  const operating = () => [...connections].some((ctx) => Object.keys(ctx.subscriptions).length > 0);
  const graphqlWs = useServer(
    {
      isProd: true,
      onConnect: (ctx) => {
        connections.add(ctx);
      },
      onClose: (ctx) => {
        connections.delete(ctx);
      },
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onNext: (ctx, _id, _payload, _args, result) => stamped(result, scopeOf(ctx).requestId),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          request: fetchRequestOf(ctx.extra.request),
          params,
        });
        let document;
        try {
          document = parse(params.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: {
            execute: (args) => runInRequestScope(scopeOf(ctx), () => execute(args)),
            subscribe: (args) => runInRequestScope(scopeOf(ctx), () => subscribe(args)),
          } satisfies EnvelopedRoot,
        };
      },
    },
    sockets,
  );

  return {
    async close() {
      const deadline = Date.now() + CLOSE_GRACE_MS;
      while (operating() && Date.now() < deadline) await sleep(10);
      const cut = setTimeout(() => {
        for (const socket of sockets.clients) socket.terminate();
      }, CLOSE_GRACE_MS);
      try {
        await graphqlWs.dispose();
      } finally {
        clearTimeout(cut);
      }
    },
  };
}

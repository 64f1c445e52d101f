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
import { AuthenticationError } from '../auth/authentication-error.js';
import type { Authenticator, Credentials } from '../auth/authenticator.js';
import type { Logger } from '../logger.js';
import { originAllowed } from './cors.js';
import { logRefusal, type CallerCarrier } from './use-caller-authentication.js';
import { operationText, type TrustedDocuments } from './trusted-documents.js';
import { ANONYMOUS_CALLER } from '../auth/caller.js';

/** Who may open a socket: browser pages of allowed origins only, and (with auth on) named callers. */
export interface WebSocketGuard {
  /** Absent: auth off, every connection is the anonymous caller. */
  authenticator?: Authenticator;
  allowedOrigins: readonly string[];
  logger: Logger;
  /** Which documents may run, and which ids name them (as over HTTP). */
  trusted: TrustedDocuments;
}
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

/** A WebSocket close reason is at most 123 bytes. */
const MAX_CLOSE_REASON = 120;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The connection_init payload's credentials when it has any, else the upgrade request's headers. */
function socketCredentials(params: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): Credentials {
  const fromPayload = {
    authorization: text(params?.['authorization']) ?? text(params?.['Authorization']),
    apiKey: text(params?.['x-api-key']) ?? text(params?.['X-API-Key']),
  };
  if (fromPayload.authorization || fromPayload.apiKey) return fromPayload;
  return { authorization: text(request.headers.authorization), apiKey: text(request.headers['x-api-key']) };
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
  guard: WebSocketGuard,
): WebSocketEndpoint {
  const sockets = new WebSocketServer({
    server,
    path,
    maxPayload: maxPayloadBytes,
    // Browsers let any page open a WebSocket anywhere; only listed origins (and the gateway's own pages) may.
    verifyClient: (
      { origin, req }: { origin?: string; req: IncomingMessage },
      done: (ok: boolean, status?: number, reason?: string) => void,
    ) => (originAllowed(origin, req.headers.host, guard.allowedOrigins) ? done(true) : done(false, 403, 'Origin not allowed')),
  });
  const connections = new Set<Context>();
  /** One request id per connection (the upgrade request's `x-request-id`, or a new one): its operations' log lines and errors carry it. */
  const scopes = new WeakMap<Context, RequestScope>();
  const scopeOf = (ctx: Context) => {
    let scope = scopes.get(ctx);
    if (!scope)
      scopes.set(
        ctx,
        (scope = openRequestScope(requestIdFrom((ctx.extra as { request: IncomingMessage }).request.headers[REQUEST_ID_HEADER]))),
      );
    return scope;
  };
  const operating = () => [...connections].some((ctx) => Object.keys(ctx.subscriptions).length > 0);
  const graphqlWs = useServer(
    {
      isProd: true,
      onConnect: async (ctx) => {
        if (guard.authenticator) {
          try {
            (ctx.extra as CallerCarrier).caller = await guard.authenticator.authenticate(
              socketCredentials(ctx.connectionParams, ctx.extra.request),
            );
          } catch (error) {
            if (!(error instanceof AuthenticationError)) throw error;
            logRefusal(guard.logger, error, 'websocket');
            // graphql-ws closes with 4403 Forbidden on false; closing first gives the client the reason.
            ctx.extra.socket.close(4403, error.message.slice(0, MAX_CLOSE_REASON));
            return false;
          }
        }
        connections.add(ctx);
        return true;
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
          caller: (ctx.extra as CallerCarrier).caller,
        });
        let document;
        try {
          // A connection without a caller exists only with auth off (onConnect refuses it otherwise).
          document = parse(operationText(guard.trusted, params, (ctx.extra as CallerCarrier).caller ?? ANONYMOUS_CALLER));
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

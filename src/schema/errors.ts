/**
 * How failures reach clients: expected ones as GraphQLErrors with `extensions.code`, upstream ones
 * with what an operator needs (Feishu code, log id, retry-after), everything else masked.
 */
import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { UpstreamError, type UpstreamErrorKind } from '../upstream/errors.js';
import { OperationBudgetExceededError } from '../upstream/operation-budget.js';

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A caller authenticated but not allowed this: the field is null (or the operation refused) and nothing was asked of Feishu for it. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

const UPSTREAM_ERROR_CODES: Readonly<Record<UpstreamErrorKind, string>> = {
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  TIMEOUT: 'UPSTREAM_TIMEOUT',
  AUTH_FAILED: 'UPSTREAM_AUTH_FAILED',
  FEISHU_ERROR: 'UPSTREAM_ERROR',
  BAD_RESPONSE: 'UPSTREAM_BAD_RESPONSE',
};

function upstreamExtensions(error: UpstreamError): Record<string, unknown> {
  if (error instanceof OperationBudgetExceededError) return { code: 'OPERATION_BUDGET_EXCEEDED', endpoint: error.endpoint, limit: error.limit };
  const extensions: Record<string, unknown> = {
    code: UPSTREAM_ERROR_CODES[error.kind],
    endpoint: error.endpoint,
    retryable: error.retryable,
  };
  if (error.feishuCode !== undefined) extensions['feishuCode'] = error.feishuCode;
  if (error.logId !== undefined) extensions['logId'] = error.logId;
  if (error.retryAfter !== undefined) extensions['retryAfter'] = error.retryAfter;
  return extensions;
}

/** A code Feishu sent that the gateway cannot name arrives here as a BAD_RESPONSE: the client wraps it (client.ts `mapped`). */
function publicExtensions(error: unknown): { message: string; extensions: Record<string, unknown> } | undefined {
  if (error instanceof UpstreamError) return { message: error.message, extensions: upstreamExtensions(error) };
  return undefined;
}

/** yoga's `maskError`: upstream failures become coded errors at their path; the unexpected stay masked. */
export function maskGatewayError(error: unknown, message: string, isDev?: boolean): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  const known = publicExtensions(located ? located.originalError : error);
  if (!known) return maskError(error, message, isDev);
  return new GraphQLError(known.message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: known.extensions,
  });
}

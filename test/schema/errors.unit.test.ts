import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskGatewayError } from '../../src/schema/errors.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { UnknownCodeError } from '../../src/upstream/map.js';

/** An error as graphql-js hands it to yoga: located at a path, wrapping what the resolver threw. */
const located = (original: Error) => new GraphQLError(original.message, { path: ['process', 'status'], originalError: original });

describe('maskGatewayError', () => {
  it('turns an upstream failure into a coded error at its path, with retryAfter for rate limits', () => {
    const upstream = new UpstreamError({
      kind: 'RATE_LIMITED',
      endpoint: 'getProcess',
      message: 'getProcess: HTTP 429, Feishu code 99991400',
      feishuCode: 99991400,
      logId: 'log-1',
      retryable: true,
      retryAfter: 7,
    });
    const masked = maskGatewayError(located(upstream), 'Unexpected error.') as GraphQLError;
    expect(masked.path).toEqual(['process', 'status']);
    expect(masked.extensions).toEqual({ code: 'RATE_LIMITED', endpoint: 'getProcess', feishuCode: 99991400, logId: 'log-1', retryAfter: 7, retryable: true });
  });

  it('names each kind of upstream failure', () => {
    const kinds = ['UNAVAILABLE', 'TIMEOUT', 'AUTH_FAILED', 'FEISHU_ERROR', 'BAD_RESPONSE'] as const;
    const codes = kinds.map(
      (kind) =>
        (maskGatewayError(located(new UpstreamError({ kind, endpoint: 'getProcess', message: kind, retryable: false })), 'x') as GraphQLError).extensions['code'],
    );
    expect(codes).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'UPSTREAM_AUTH_FAILED', 'UPSTREAM_ERROR', 'UPSTREAM_BAD_RESPONSE']);
  });

  it('reports a code Feishu sent that the gateway cannot name, as the client wraps it', () => {
    const unknown = new UnknownCodeError('process status', 77);
    const wrapped = new UpstreamError({ kind: 'BAD_RESPONSE', endpoint: 'getProcess', message: `getProcess: ${unknown.message}`, retryable: false, cause: unknown });
    const masked = maskGatewayError(located(wrapped), 'x') as GraphQLError;
    expect(masked.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', endpoint: 'getProcess', retryable: false });
    expect(masked.message).toContain('process status code 77');
  });

  it('masks anything unexpected, keeping its message out of the response', () => {
    const masked = maskGatewayError(located(new Error('secret detail: t-abc123')), 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(masked)).not.toContain('t-abc123');
  });

  it('lets an expected GraphQL error through untouched', () => {
    const error = located(new GraphQLError('bad cursor', { extensions: { code: 'BAD_USER_INPUT' } }));
    expect(maskGatewayError(error, 'x')).toBe(error);
  });
});

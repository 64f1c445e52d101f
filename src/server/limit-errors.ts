/**
 * The refusals of the static limits: GraphQL errors with a code per limit, the limit and what was
 * found, and HTTP 400 whatever the client accepts (a refused document is the client's to change).
 * They come before anything runs: no resolver, no call to Feishu.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  tokens: 'TOO_MANY_TOKENS',
  directives: 'TOO_MANY_DIRECTIVES',
  cost: 'QUERY_TOO_COSTLY',
} as const;

export type LimitKind = keyof typeof LIMIT_CODES;

export function limitRefusal(kind: LimitKind, message: string, details: { limit: number; found?: number }): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: LIMIT_CODES[kind],
      limit: details.limit,
      ...(details.found === undefined ? {} : { found: details.found }),
      http: { status: 400 },
    },
  });
}

/**
 * HTTP 400 for a refused document whatever the client accepts: yoga answers `application/json` clients
 * 200 for the errors it calls request errors (the GraphQL-over-HTTP spec's choice for that media type),
 * and marks parse errors so itself; the status is set on the result, which yoga reads first.
 */
export function useLimitStatus(): Plugin {
  const codes: readonly unknown[] = Object.values(LIMIT_CODES);
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      const single = result as ExecutionResult;
      if (!single.errors?.some((error) => codes.includes(error.extensions?.['code']))) return;
      setResult({ ...single, extensions: { ...single.extensions, http: { status: 400 } } });
    },
  };
}

/**
 * The final result of each GraphQL request over HTTP (and SSE), as the client gets it: every error
 * carries `extensions.requestId`, the id the gateway's log lines for that request carry, so a report
 * from a client leads straight to them; and the request's access line learns its error codes.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { currentRequest } from './request-scope.js';

/** The result with every error carrying the request id. */
export function stampedWithRequestId(result: ExecutionResult, requestId: string): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) =>
    error instanceof GraphQLError
      ? new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          originalError: error.originalError,
          extensions: { ...error.extensions, requestId },
        })
      : error,
  );
  return { ...result, errors };
}

/** The distinct `extensions.code`s of a result's errors. */
function errorCodesOf(result: ExecutionResult): string[] {
  return [...new Set((result.errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR')))];
}

export function useRequestIdInErrors(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      const scope = currentRequest();
      if (!scope || !result) return;
      if (Symbol.asyncIterator in result) {
        setResult(mapAsyncIterator(result, (item) => stampedWithRequestId(item, scope.requestId)));
        return;
      }
      const codes = errorCodesOf(result);
      if (codes.length > 0) scope.access['errorCodes'] = codes;
      setResult(stampedWithRequestId(result, scope.requestId));
    },
  };
}

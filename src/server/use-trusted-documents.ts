/**
 * Trusted documents over HTTP (POST, GET, and SSE's distinct connections), through yoga's own
 * persisted-operations plugin: `documentId` (in the body, or GET's query string) or APQ's
 * `extensions.persistedQuery` is replaced by the document's text before anything is parsed; an unknown
 * id is refused (400, PERSISTED_QUERY_NOT_FOUND). In mode `only`, a document sent in full by a caller
 * without process:read is refused (403, TRUSTED_DOCUMENT_REQUIRED) unless it is a trusted one.
 * Caller authentication runs before (onRequest), so the caller is known here.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller.js';
import type { CallerCarrier } from './use-caller-authentication.js';
import {
  documentIdOf,
  missingDocumentError,
  refusesText,
  unknownDocumentError,
  untrustedDocumentError,
  type OperationParams,
  type TrustedDocuments,
} from './trusted-documents.js';

/** The same error with the HTTP status yoga answers it with (yoga keeps `http` out of the response body). */
function withStatus(error: GraphQLError, status: number): GraphQLError {
  return createGraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

/** GET carries only query, variables, operationName and extensions to the params; documentId is read from the URL. */
function idOf(params: OperationParams, request: Request): string | undefined {
  const fromParams = documentIdOf(params);
  if (fromParams !== undefined || request.method !== 'GET') return fromParams;
  return new URL(request.url).searchParams.get('documentId') || undefined;
}

export function useTrustedDocuments(trusted: TrustedDocuments, callerOf: (carried: Caller | undefined) => Caller): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePersistedOperations({
          // Who may send documents in full is decided below, from the caller.
          allowArbitraryOperations: true,
          extractPersistedOperationId: (params, request) => idOf(params as OperationParams, request) ?? null,
          getPersistedOperation: (id) => trusted.documentFor(id) ?? null,
          customErrors: {
            notFound: ({ params, request }) => withStatus(unknownDocumentError(idOf(params as OperationParams, request) ?? ''), 400),
            keyNotFound: () => withStatus(missingDocumentError(), 400),
          },
        }),
      );
    },
    onParams({ params, context }) {
      if (params.query && refusesText(trusted, params.query, callerOf((context as CallerCarrier).caller)))
        throw withStatus(untrustedDocumentError(), 403);
    },
  };
}

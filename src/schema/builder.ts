/** The Pothos builder: plugins, scalars' TypeScript shapes and defaults. Types live in their own files. */
import SchemaBuilder from '@pothos/core';
import { getNamedType, type GraphQLOutputType } from 'graphql';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { GraphQLContext } from './context.js';
import { authScopesOf, FORBIDDEN_MESSAGES, type GatewayAuthScopes } from './auth-scopes.js';
import { badUserInput, forbidden } from './errors.js';

/** The message for a refused Process or ApproverTask (refused on the type, wherever it appears). */
function typeRefusal(type: GraphQLOutputType): string | undefined {
  const name = getNamedType(type).name;
  if (name === 'Process') return FORBIDDEN_MESSAGES.process;
  if (name === 'ApproverTask') return FORBIDDEN_MESSAGES.approverTask;
  return undefined;
}

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: GatewayAuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  /** A node that failed to load nulls only its edge. */
  DefaultNodeNullability: true;
  Scalars: {
    ID: { Input: string; Output: string };
    /** ISO-8601 instant. */
    DateTime: { Input: Date; Output: Date };
    /** Calendar date, YYYY-MM-DD. */
    Date: { Input: string; Output: string };
  };
}>({
  // Scope auth first, so no other plugin's wrapper runs (or loads anything) for a refused field.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin, SimpleObjectsPlugin],
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => authScopesOf(context.caller),
    unauthorizedError: (_parent, _context, info, result) => forbidden(typeRefusal(info.returnType) ?? result.message),
  },
  defaultFieldNullability: false,
  relay: {
    decodeGlobalID: (globalID) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw badUserInput(`not a global id issued by this gateway: ${globalID}`);
      }
    },
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: true },
    // A caller that may see no process at all is refused before the id is even loaded.
    nodeQueryOptions: { authScopes: { processRead: true, ownUser: true }, unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.noUser) },
    nodesQueryOptions: { authScopes: { processRead: true, ownUser: true }, unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.noUser) },
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});

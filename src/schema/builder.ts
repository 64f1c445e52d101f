/** The Pothos builder: plugins, scalars' TypeScript shapes and defaults. Types live in their own files. */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import { getNamedType, type GraphQLOutputType } from 'graphql';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { GraphQLContext } from './context.js';
import { authScopesOf, FORBIDDEN_MESSAGES, type GatewayAuthScopes } from './auth-scopes.js';
import { COST, loadedFieldCost, loadsEach } from './cost.js';
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
  // Scope auth first, so no other plugin's wrapper runs (or loads anything) for a refused field;
  // federation last, as its docs ask (it wraps nothing, it adds the subgraph schema's entities: federation.ts).
  plugins: [ScopeAuthPlugin, RelayPlugin, SimpleObjectsPlugin, ComplexityPlugin, DirectivesPlugin, FederationPlugin],
  // Fields carry their weights (cost.ts); the limit is a validation rule (server/use-cost-limit.ts), so
  // the plugin's own check at the root fields, which would run after validation, is off.
  complexity: { disabled: true, fieldComplexity: loadedFieldCost },
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
    // The connection field multiplies by `first`; its edges must not multiply again.
    edgesFieldOptions: { nullable: { list: false, items: false }, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: true },
    // A caller that may see no process at all is refused before the id is even loaded.
    nodeQueryOptions: {
      authScopes: { processRead: true, ownUser: true },
      unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.noUser),
      complexity: COST.processDetail,
    },
    nodesQueryOptions: {
      authScopes: { processRead: true, ownUser: true },
      unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.noUser),
      complexity: (args: { ids?: readonly unknown[] }) => loadsEach(args.ids?.length ?? 0),
    },
  },
});

builder.queryType({});

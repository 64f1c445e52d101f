/**
 * `npm run codegen`: writes schema/schema.graphql from the Pothos schema (the same printer the
 * drift test uses), schema/subgraph.graphql (the federation subgraph's SDL, as `_service { sdl }`
 * serves it at /graphql/subgraph, for `rover supergraph compose`), typed documents for the example operations in src/operations with their
 * trusted-documents manifest (src/generated/persisted-documents.json, served by id), and the unions'
 * and interfaces' members for client caches (schema/possible-types.json). A test regenerates all of
 * it in memory and fails when what is committed differs.
 */
import { printSubgraphSchema } from '@apollo/subgraph';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { schema, subgraphSchema } from './src/schema/index.js';
import { printGatewaySchema } from './src/schema/print.js';

const sdl = printGatewaySchema(schema);

const config: CodegenConfig = {
  schema: sdl,
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': { plugins: ['schema-ast'] },
    // Printed by Apollo's own printer (the one `_service { sdl }` answers with): it keeps the federation directives.
    'schema/subgraph.graphql': { plugins: [{ add: { content: printSubgraphSchema(subgraphSchema) } }] },
    // Apollo Client's `possibleTypes` (urql graphcache reads the same map): which types a union or interface may be.
    'schema/possible-types.json': { plugins: ['fragment-matcher'], config: { apolloClientVersion: 3, deterministic: true } },
    'src/generated/': {
      preset: 'client',
      config: { useTypeImports: true, scalars: { DateTime: 'string', Date: 'string' }, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
  },
};

export default config;

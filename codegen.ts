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
// One shape for the product's typed documents and the tests', so the tests type what a client would get.
const typedDocuments = { useTypeImports: true, scalars: { DateTime: 'string', Date: 'string' }, enumsAsTypes: true };

const config: CodegenConfig = {
  schema: sdl,
  ignoreNoDocuments: false,
  // Only `graphql(\`...\`)` calls are typed documents in test/ and bench/: strings marked `/* GraphQL */` stay
  // plain on purpose (operations a test means to be refused, or built at run time).
  pluckConfig: { globalGqlIdentifierName: 'graphql', gqlMagicComment: 'not-a-typed-document' },
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': { plugins: ['schema-ast'] },
    // Printed by Apollo's own printer (the one `_service { sdl }` answers with): it keeps the federation directives.
    'schema/subgraph.graphql': { plugins: [{ add: { content: printSubgraphSchema(subgraphSchema) } }] },
    // Apollo Client's `possibleTypes` (urql graphcache reads the same map): which types a union or interface may be.
    'schema/possible-types.json': { plugins: ['fragment-matcher'], config: { apolloClientVersion: 3, deterministic: true } },
    'src/generated/': {
      documents: ['src/operations/*.graphql'],
      preset: 'client',
      config: typedDocuments,
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
    },
    // The operations tests and benchmarks send, typed by the same preset (its own `graphql` function), so a
    // schema change that breaks a client breaks the typecheck of `npm test` too.
    'test/generated/': {
      documents: ['test/**/*.ts', 'bench/**/*.ts', '!test/generated/**'],
      preset: 'client',
      config: typedDocuments,
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;

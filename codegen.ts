/**
 * `npm run codegen`: writes schema/schema.graphql from the Pothos schema (the same printer the
 * drift test uses) and typed documents for the example operations in src/operations.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { schema } from './src/schema/index.js';
import { printGatewaySchema } from './src/schema/print.js';

const sdl = printGatewaySchema(schema);

const config: CodegenConfig = {
  schema: sdl,
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': { plugins: ['schema-ast'] },
    'src/generated/': {
      preset: 'client',
      config: { useTypeImports: true, scalars: { DateTime: 'string', Date: 'string' }, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;

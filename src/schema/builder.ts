/** The Pothos builder: plugins, scalars' TypeScript shapes and defaults. Types live in their own files. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { GraphQLContext } from './context.js';
import { badUserInput } from './errors.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
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
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin, SimpleObjectsPlugin],
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
  },
  errors: { defaultTypes: [] },
});

builder.queryType({});

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The SDL as committed in schema/schema.graphql: sorted, so a diff shows only real changes. */
export function printGatewaySchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}

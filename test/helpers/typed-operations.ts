/**
 * How tests and benchmarks send operations: as documents typed by graphql-codegen's client preset (the
 * tests' own from `graphql(`...`)` in test/generated, the product's examples from src/generated), so tsc
 * checks each result and its variables against the schema and a schema change that breaks a client breaks
 * `npm test`. A plain string is only for an operation a test means the gateway to refuse (limits, malformed
 * or unknown fields, fuzz) or builds at run time: its answer is untyped on purpose.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** What a plain-string operation answers: nothing known about its data. */
export type UntypedResponse = GraphQLResponse<Record<string, unknown>>;

export type Operation<T, V> = TypedDocumentNode<T, V>;

/** The variables may be left out only when the operation requires none. */
export type VariablesArgument<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export function operationText(document: DocumentNode | string): string {
  return typeof document === 'string' ? document : print(document);
}

/** POSTs an operation to a gateway over HTTP, as a service would. */
export async function postOperation<T, V>(
  url: string,
  document: Operation<T, V>,
  variables: V,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operationText(document), variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of an operation that must succeed: throws with the errors otherwise. */
export async function dataOf<T, V>(url: string, document: Operation<T, V>, variables: V): Promise<T> {
  const { data, errors } = await postOperation(url, document, variables);
  if (errors || !data) throw new Error(`the gateway answered errors: ${JSON.stringify(errors)}`);
  return data;
}

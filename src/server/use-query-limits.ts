/**
 * Limits on the shape of a GraphQL document, from graphql-armor: depth, aliases, directives (checked
 * while validating) and tokens (the parser stops at the limit, so a huge document costs no more than
 * the limit's worth of parsing). Each refusal is a coded error (limit-errors.ts) and is counted.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config-limits.js';
import { limitRefusal, type LimitKind } from './limit-errors.js';

export interface QueryLimitsOptions {
  limits: Omit<QueryLimits, 'maxCost'>;
  /** Told of every refusal (metrics). */
  onRefused?: (kind: LimitKind) => void;
}

/** armor's messages say what was found ("… limit of 15 exceeded, found 150."); the number is kept for clients. */
function foundIn(message: string): number | undefined {
  const found = /found (\d+)/.exec(message)?.[1];
  return found === undefined ? undefined : Number(found);
}

export function useQueryLimits({ limits, onRefused }: QueryLimitsOptions): Plugin[] {
  /** armor reports through its callbacks; the refusal goes into validation's own errors instead of being thrown. */
  const reportAs =
    (kind: LimitKind, limit: number, what: string) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      onRefused?.(kind);
      const found = foundIn(error.message);
      const refusal = limitRefusal(kind, `${what} may be at most ${limit}${found === undefined ? '' : `, found ${found}`}.`, {
        limit,
        found,
      });
      if (!context) throw refusal;
      context.reportError(refusal);
    };
  return [
    maxTokensPlugin({
      n: limits.maxTokens,
      propagateOnRejection: false,
      // Thrown from inside the lexer: parsing stops at the first token over the limit.
      onReject: [reportAs('tokens', limits.maxTokens, 'The number of tokens in a document')],
    }),
    // Fragments add no depth of their own: only the fields they select do.
    maxDepthPlugin({
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs('depth', limits.maxDepth, 'The depth of an operation')],
    }),
    maxAliasesPlugin({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [reportAs('aliases', limits.maxAliases, 'The number of aliases in an operation')],
    }),
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs('directives', limits.maxDirectives, 'The number of directives in an operation')],
    }),
  ] as Plugin[];
}

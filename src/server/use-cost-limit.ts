/**
 * The static cost limit: each operation's cost is estimated from its document and variables with the
 * schema's field weights (schema/cost.ts, @pothos/plugin-complexity) and refused (QUERY_TOO_COSTLY,
 * HTTP 400) above the limit, before anything runs.
 *
 * Checked after validation rather than as one of its rules: the cost depends on the variables
 * (`first: $n`, `ids: $ids`), while yoga caches validation results by document; the document's own
 * validation stays cached and only the cost is computed for each request.
 */
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMIT_CODES, limitRefusal } from './limit-errors.js';

export interface CostLimitOptions {
  maxCost: number;
  /** Told of every refusal (metrics). */
  onRefused?: () => void;
}

interface RequestParams {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export function useCostLimit({ maxCost, onRefused }: CostLimitOptions): Plugin {
  return {
    onValidate({ params: { schema, documentAST }, context }) {
      return ({ valid, result, setResult }) => {
        if (!valid) return;
        const params = (context as { params?: RequestParams }).params;
        const refusals: GraphQLError[] = [];
        const rule = createComplexityRule({
          context: {},
          variableValues: params?.variables ?? {},
          operationName: params?.operationName ?? undefined,
          validate: ({ complexity }, report) => {
            if (complexity > maxCost) {
              report(
                limitRefusal(
                  'cost',
                  `The operation's estimated cost is ${complexity}, above the limit of ${maxCost}: select fewer fields that need Feishu, or ask for smaller pages.`,
                  {
                    limit: maxCost,
                    found: complexity,
                  },
                ),
              );
            }
          },
        });
        // Variable errors (and arguments that cannot be read, such as a foreign global id, thrown while
        // weighing) are execution's to report, as for any operation; only the cost is ours.
        let found: readonly GraphQLError[];
        try {
          found = validate(schema, documentAST, [rule]);
        } catch (error) {
          if (error instanceof GraphQLError) return;
          throw error;
        }
        for (const error of found) {
          if (error.extensions['code'] === LIMIT_CODES.cost) refusals.push(error);
        }
        if (refusals.length === 0) return;
        onRefused?.();
        setResult([...result, ...refusals]);
      };
    },
  };
}

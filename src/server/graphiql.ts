/**
 * GraphiQL as the gateway serves it: offline (the bundle comes from @graphql-yoga/render-graphiql),
 * opening on a user's inbox and offering the example operations of src/operations as tabs.
 */
import { readFileSync } from 'node:fs';
import type { GraphiQLOptions } from 'graphql-yoga';

export interface GraphiQLSetup {
  /** Replaces the first tab's query. */
  defaultQuery?: string;
  /** Users whose ids fill the example variables (the sandbox's sample users). */
  sampleUserIds?: readonly string[];
  now?: () => number;
}

const operation = (file: string) => readFileSync(new URL(`../operations/${file}`, import.meta.url), 'utf8');

const DAY_MS = 86_400_000;

export function graphiqlOptions(setup: GraphiQLSetup = {}): GraphiQLOptions {
  const now = setup.now?.() ?? Date.now();
  const userId = setup.sampleUserIds?.[0] ?? 'ou_your_open_id';
  const variables = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);
  const inboxVariables = variables({ userId });
  // `variables` is read by yoga's GraphiQL at run time but missing from GraphiQLOptions' typing.
  const options: GraphiQLOptions & { variables: string } = {
    title: 'Feishu process gateway',
    // GraphiQL ignores the variables of `defaultTabs` on a first visit; the top-level ones fill the opening tab.
    variables: inboxVariables,
    defaultEditorToolsVisibility: 'variables',
    defaultTabs: [
      { query: setup.defaultQuery ?? operation('Inbox.graphql'), variables: inboxVariables },
      { query: operation('ProcessDetail.graphql'), variables: variables({ processId: 'a processId from the Inbox tab' }) },
      {
        query: operation('RecentProcesses.graphql'),
        variables: variables({ from: new Date(now - 70 * DAY_MS).toISOString(), to: new Date(now).toISOString() }),
      },
    ],
  };
  return options;
}

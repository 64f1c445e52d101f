/**
 * GraphiQL as the gateway serves it: offline (the bundle comes from @graphql-yoga/render-graphiql),
 * opening on a user's inbox and offering the example operations of src/operations as tabs: reads, an
 * approval and two subscriptions. In sandbox mode their variables name a real user and a real task in
 * progress; elsewhere they say what to put. Built per page load, so the approval's idempotency key is
 * new each time.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { GraphiQLOptions } from 'graphql-yoga';

/** A task in progress, and whose it is: what the approval tab acts on. */
export interface SampleTask {
  userId: string;
  processId: string;
  approverId: string;
}

export interface GraphiQLSetup {
  /** Replaces the first tab's query. */
  defaultQuery?: string;
  /** Users whose ids fill the example variables (the sandbox's sample users). */
  sampleUserIds?: readonly string[];
  /** A task in progress of the first sample user (sandbox mode). */
  sampleTask?: SampleTask;
  now?: () => number;
}

const operation = (file: string) => readFileSync(new URL(`../operations/${file}`, import.meta.url), 'utf8');

const DAY_MS = 86_400_000;

export function graphiqlOptions(setup: GraphiQLSetup = {}): GraphiQLOptions {
  const now = setup.now?.() ?? Date.now();
  const task = setup.sampleTask;
  const userId = task?.userId ?? setup.sampleUserIds?.[0] ?? 'ou_your_open_id';
  const processId = task?.processId ?? 'a processId from the Inbox tab';
  const variables = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);
  const inboxVariables = variables({ userId });
  const approval = task
    ? // With auth off nobody is "oneself": the sandbox's approval names the task's assignee.
      { processId, approverId: task.approverId, actorId: task.userId }
    : { processId, approverId: 'an approverId from the Inbox tab' };
  // `variables` is read by yoga's GraphiQL at run time but missing from GraphiQLOptions' typing.
  const options: GraphiQLOptions & { variables: string } = {
    title: 'Feishu process gateway',
    // GraphiQL ignores the variables of `defaultTabs` on a first visit; the top-level ones fill the opening tab.
    variables: inboxVariables,
    defaultEditorToolsVisibility: 'variables',
    defaultTabs: [
      { query: setup.defaultQuery ?? operation('Inbox.graphql'), variables: inboxVariables },
      { query: operation('ProcessDetail.graphql'), variables: variables({ processId }) },
      {
        query: operation('RecentProcesses.graphql'),
        variables: variables({ from: new Date(now - 70 * DAY_MS).toISOString(), to: new Date(now).toISOString() }),
      },
      // A new key per page load: running the tab again with it replays the first answer (a safe retry).
      { query: operation('ApproveTask.graphql'), variables: variables({ ...approval, idempotencyKey: randomUUID() }) },
      { query: operation('ProcessEvents.graphql'), variables: variables({ after: null, processIds: task ? [processId] : null }) },
      { query: operation('ApproverTasksChanged.graphql'), variables: inboxVariables },
    ],
  };
  return options;
}

/**
 * Frontend teams' normalized caches (Apollo Client's InMemoryCache, urql's graphcache) store one entry
 * per global id. A task read through a user's inbox and then through its process must carry the same
 * values both times, or the second read rewrites what the first one shows. The task used here is the
 * sharpest case: a task cancelled by its OR-sign peer, which the approvers list reports as WITHDRAWN
 * (its code 4) and the process detail as CANCELLED in its done list.
 */
import { readFileSync } from 'node:fs';
import { ApolloClient, gql as apolloGql, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { idleUsers } from '../helpers/sandbox-fixtures.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness({ sandbox: { processes: 5 } });

interface TaskValues {
  id: string;
  approverId: string;
  status: string;
  source: string;
}

interface InboxData {
  approverTasks: { edges: { listStatus: string; node: TaskValues & { processId: string } }[] };
}

interface DetailData {
  process: { id: string; processId: string; approverTasks: TaskValues[] } | null;
}

const INBOX_TEXT = /* GraphQL */ `
  query Inbox($userId: ID!) {
    approverTasks(userId: $userId, first: 50) {
      edges {
        listStatus
        node {
          id
          approverId
          processId
          status
          source
        }
      }
    }
  }
`;

const DETAIL_TEXT = /* GraphQL */ `
  query Detail($processId: ID!) {
    process(processId: $processId) {
      id
      processId
      approverTasks {
        id
        approverId
        status
        source
      }
    }
  }
`;

let userId: string;
let processId: string;
let approverId: string;

beforeAll(() => {
  const { control } = harness().sandbox;
  const [first, second, next, initiator] = idleUsers(harness().sandbox, 4) as [string, string, string, string];
  processId = control.createProcess({
    initiator,
    nodes: [
      { nodeDefinitionId: 'approval_or', mode: 'OR', approvers: [first, second], state: 'done' },
      { nodeDefinitionId: 'approval_next', mode: 'AND', approvers: [next], state: 'pending' },
    ],
  });
  const cancelled = control.getProcessWire(processId)?.done_list?.find((item) => item.status === 4);
  if (!cancelled?.operator_id) throw new Error('the sandbox cancels the other task of an OR-sign node');
  userId = cancelled.operator_id;
  approverId = cancelled.approver_id;
});

/** The inbox's edge for the cancelled task. */
function edgeOf(inbox: InboxData | undefined) {
  const edge = inbox?.approverTasks.edges.find((candidate) => candidate.node.approverId === approverId);
  if (!edge) throw new Error('the inbox lists the cancelled task');
  return edge;
}

function detailTaskOf(detail: DetailData | undefined): TaskValues {
  const task = detail?.process?.approverTasks.find((candidate) => candidate.approverId === approverId);
  if (!task) throw new Error('the detail lists the cancelled task');
  return task;
}

describe('Apollo Client 4 (InMemoryCache with the exported possibleTypes)', () => {
  const INBOX: TypedDocumentNode<InboxData, { userId: string }> = apolloGql(INBOX_TEXT);
  const DETAIL: TypedDocumentNode<DetailData, { processId: string }> = apolloGql(DETAIL_TEXT);

  function apolloClient(): { client: ApolloClient; cache: InMemoryCache } {
    const { possibleTypes } = JSON.parse(readFileSync(new URL('../../schema/possible-types.json', import.meta.url), 'utf8')) as {
      possibleTypes: Record<string, string[]>;
    };
    const cache = new InMemoryCache({ possibleTypes });
    return { client: new ApolloClient({ cache, link: new HttpLink({ uri: harness().gateway.graphqlUrl }) }), cache };
  }

  it('keeps one set of values for a task read through the inbox, then through its process', async () => {
    const { client, cache } = apolloClient();
    const inbox = await client.query({ query: INBOX, variables: { userId }, fetchPolicy: 'network-only' });
    const edge = edgeOf(inbox.data);
    // The list's view stays on the edge, which the cache keeps within this list's entry.
    expect(edge.listStatus).toBe('WITHDRAWN');
    const key = `ApproverTask:${edge.node.id}`;
    expect(cache.identify({ __typename: 'ApproverTask', id: edge.node.id })).toBe(key);
    const afterInbox = cache.extract()[key];

    const detail = await client.query({ query: DETAIL, variables: { processId }, fetchPolicy: 'network-only' });
    const fromDetail = detailTaskOf(detail.data);
    expect(fromDetail).toMatchObject({ id: edge.node.id, status: 'CANCELLED', source: 'DONE' });

    // The entry the inbox wrote already held the detail's values: the detail rewrote nothing.
    expect(afterInbox).toMatchObject({ status: fromDetail.status, source: fromDetail.source });
    expect(cache.extract()[key]).toEqual(afterInbox);
    // Read through the Node interface, which only the exported possibleTypes tie to ApproverTask.
    const TASK = apolloGql`fragment Task on Node { id ... on ApproverTask { status source } }`;
    expect(cache.readFragment({ id: key, fragment: TASK })).toEqual({
      __typename: 'ApproverTask',
      id: edge.node.id,
      status: 'CANCELLED',
      source: 'DONE',
    });
    // And the inbox, answered from the cache now, is the inbox the gateway sent.
    expect(client.readQuery({ query: INBOX, variables: { userId } })).toEqual(inbox.data);
    client.stop();
  });
});

describe('urql with graphcache (schema-aware)', () => {
  const INBOX = urqlGql<InboxData, { userId: string }>(INBOX_TEXT);
  const DETAIL = urqlGql<DetailData, { processId: string }>(DETAIL_TEXT);
  /** Reads one task's normalized entry: graphcache follows `node(id:)` to `ApproverTask:<id>` without a request. */
  const TASK = urqlGql<{ node: { status: string; source: string } | null }, { id: string }>(
    'query Task($id: ID!) { node(id: $id) { id ... on ApproverTask { status source } } }',
  );

  function urqlClient() {
    const schema = introspectionFromSchema(buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8')));
    return new Client({
      url: harness().gateway.graphqlUrl,
      exchanges: [
        cacheExchange({
          schema,
          // Connections and edges have no id of their own: they stay within the field that holds them.
          keys: { ApproverTaskConnection: () => null, ApproverTaskEdge: () => null },
          resolvers: { Query: { node: (_parent, args) => ({ __typename: 'ApproverTask', id: String(args['id']) }) } },
        }),
        fetchExchange,
      ],
    });
  }

  it('keeps one set of values for a task read through the inbox, then through its process', async () => {
    const client = urqlClient();
    const inbox = await client.query(INBOX, { userId }, { requestPolicy: 'network-only' }).toPromise();
    expect(inbox.error).toBeUndefined();
    const edge = edgeOf(inbox.data);
    expect(edge.listStatus).toBe('WITHDRAWN');
    const afterInbox = await client.query(TASK, { id: edge.node.id }, { requestPolicy: 'cache-only' }).toPromise();

    const detail = await client.query(DETAIL, { processId }, { requestPolicy: 'network-only' }).toPromise();
    expect(detail.error).toBeUndefined();
    const fromDetail = detailTaskOf(detail.data);
    expect(fromDetail).toMatchObject({ id: edge.node.id, status: 'CANCELLED', source: 'DONE' });

    expect(afterInbox.data?.node).toMatchObject({ status: fromDetail.status, source: fromDetail.source });
    const afterDetail = await client.query(TASK, { id: edge.node.id }, { requestPolicy: 'cache-only' }).toPromise();
    expect(afterDetail.data?.node).toEqual(afterInbox.data?.node);
    const inboxFromCache = await client.query(INBOX, { userId }, { requestPolicy: 'cache-only' }).toPromise();
    expect(inboxFromCache.data).toEqual(inbox.data);
  });
});

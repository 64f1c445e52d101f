/**
 * The result cache over real HTTP with caller authentication: a warm repeat runs no resolver and
 * calls nothing upstream (both counted); a change (another replica's announcement, an own mutation,
 * a user gaining a task) makes the next answer fresh; callers who see different things never share
 * answers, nor do /graphql and the federation subgraph route; errors, mutations and answers that read
 * something changed while they ran are never kept.
 */
import { randomBytes } from 'node:crypto';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator, type Authenticator } from '../../src/auth/authenticator.js';
import type { Scope } from '../../src/auth/caller.js';
import { sha256Hex, type ApiKeyDefinition } from '../../src/config-callers.js';
import { userKey } from '../../src/loaders/loader-cache.js';
import type { SandboxUser } from '../../src/sandbox/index.js';
import { schema } from '../../src/schema/index.js';
import { ReadSet, ResultCache } from '../../src/server/result-cache.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

let authenticator: Authenticator | undefined;
const resultCache = new ResultCache({ maxBytes: 8 * 1_048_576 });
const harness = useGatewayHarness({
  sandbox: { processes: 12 },
  gateway: { resultCache, auth: { authenticate: (credentials) => (authenticator as Authenticator).authenticate(credentials) } },
});

/** Every resolver of the schema, counted (default resolvers too). */
let resolverRuns = 0;
const originals = new Map<{ resolve?: GraphQLFieldResolver<unknown, unknown> }, GraphQLFieldResolver<unknown, unknown> | undefined>();
beforeAll(() => {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      originals.set(field, field.resolve);
      field.resolve = (...args) => {
        resolverRuns += 1;
        return resolve(...args);
      };
    }
  }
});
afterAll(() => {
  for (const [field, resolve] of originals) field.resolve = resolve;
});

const keys: Record<string, string> = {};
let users: SandboxUser[];

function apiKey(role: string, scopes: Scope[], user?: SandboxUser): ApiKeyDefinition {
  keys[role] = `${role}-${randomBytes(18).toString('base64url')}`;
  return { name: role, keySha256: sha256Hex(keys[role]!), scopes, ...(user && { user: { id: user.openId, idType: 'OPEN_ID' as const } }) };
}

beforeAll(() => {
  users = harness().sandbox.control.users();
  authenticator = createAuthenticator({
    apiKeys: [
      apiKey('reader', ['process:read']),
      apiKey('approver', ['task:act'], users[1]),
      apiKey('stranger', ['task:act'], users[5]),
      apiKey('admin', ['process:read', 'process:admin']),
    ],
  });
});

beforeEach(() => harness().sandbox.control.resetCounts());

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post<T = Record<string, unknown>>(
  role: string,
  query: string,
  variables: Record<string, unknown> = {},
  url = harness().gateway.graphqlUrl,
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer<T>;
}

const PROCESS =
  'query ($id: ID!) { process(processId: $id) { processId status comments { message } approverTasks { approverId status } } }';
const INBOX =
  'query ($u: ID!) { approverTasks(userId: $u, first: 50) { edges { node { approverId status process { processId status } } } } }';

interface ProcessAnswer {
  process: {
    processId: string;
    status: string;
    comments: { message: string }[];
    approverTasks: { approverId: string; status: string }[];
  } | null;
}

/** Initiated by users[0], waiting for users[1]. */
function newProcess(): string {
  return harness().sandbox.control.createProcess({
    initiator: users[0]!.openId,
    emitEvents: false,
    nodes: [{ mode: 'OR', approvers: [users[1]!.openId], state: 'pending' }],
  });
}

describe('result cache', () => {
  it('answers a warm repeat without running a resolver or calling upstream', async () => {
    const processId = newProcess();
    const cold = await post<ProcessAnswer>('reader', PROCESS, { id: processId });
    expect(cold.errors).toBeUndefined();
    const inbox = await post('reader', INBOX, { u: users[1]!.openId });
    expect(inbox.errors).toBeUndefined();
    harness().sandbox.control.resetCounts();
    resolverRuns = 0;

    for (let i = 0; i < 5; i++) {
      expect(await post<ProcessAnswer>('reader', PROCESS, { id: processId })).toEqual(cold);
      expect(await post('reader', INBOX, { u: users[1]!.openId })).toEqual(inbox);
    }
    expect(resolverRuns).toBe(0);
    expect(harness().calls()).toEqual({});
  });

  it("is fresh after another replica's announcement of a change", async () => {
    const processId = newProcess();
    await post('reader', PROCESS, { id: processId });
    const message = `note ${randomBytes(4).toString('hex')}`;
    harness().sandbox.control.addComment(processId, users[2]!.openId, message);
    // What the invalidation bus does on hearing another replica.
    harness().gateway.cache.apply({ processId });
    const fresh = await post<ProcessAnswer>('reader', PROCESS, { id: processId });
    expect(fresh.data?.process?.comments.map((comment) => comment.message)).toContain(message);
  });

  it('is fresh after its own mutation, for the process and for the inbox of the user who held the task', async () => {
    const processId = newProcess();
    const before = await post<ProcessAnswer>('reader', PROCESS, { id: processId });
    const approverId = before.data?.process?.approverTasks.find((task) => task.status === 'IN_PROGRESS')?.approverId;
    const inboxBefore = await post<{ approverTasks: { edges: { node: { approverId: string; status: string } }[] } }>('reader', INBOX, {
      u: users[1]!.openId,
    });
    expect(inboxBefore.data?.approverTasks.edges.find((edge) => edge.node.approverId === approverId)?.node.status).toBe('IN_PROGRESS');

    const approved = await post<{ approveTask: { __typename: string } }>(
      'approver',
      'mutation ($p: ID!, $t: ID!) { approveTask(input: { processId: $p, approverId: $t }) { __typename } }',
      { p: processId, t: approverId },
    );
    expect(approved.data?.approveTask.__typename).toBe('ApproveTaskSuccess');
    expect((await post<ProcessAnswer>('reader', PROCESS, { id: processId })).data?.process?.status).toBe('COMPLETED');
    const inboxAfter = await post<{ approverTasks: { edges: { node: { approverId: string; status: string } }[] } }>('reader', INBOX, {
      u: users[1]!.openId,
    });
    expect(inboxAfter.data?.approverTasks.edges.find((edge) => edge.node.approverId === approverId)?.node.status).toBe('APPROVED');
  });

  it("drops a user's cached inbox when the user gains a task on a changed process", async () => {
    const newcomer = users[7]!;
    const inbox = () =>
      post<{ approverTasks: { edges: { node: { process: { processId: string } } }[] } }>('reader', INBOX, { u: newcomer.openId });
    const processId = harness().sandbox.control.createProcess({
      initiator: users[0]!.openId,
      emitEvents: false,
      nodes: [
        { mode: 'OR', approvers: [users[1]!.openId], state: 'pending' },
        { mode: 'OR', approvers: [newcomer.openId], state: 'future' },
      ],
    });
    await post('reader', PROCESS, { id: processId });
    expect((await inbox()).data?.approverTasks.edges.map((edge) => edge.node.process.processId)).not.toContain(processId);
    const approverId = harness().sandbox.control.getProcessWire(processId)?.todos?.[0]?.approver_id;
    const mutation =
      'mutation ($p: ID!, $t: ID!, $u: ID!) { approveTask(input: { processId: $p, approverId: $t, actorId: $u }) { ... on ApproveTaskSuccess { process { status } } } }';
    await post('admin', mutation, {
      p: processId,
      t: approverId,
      u: users[1]!.openId,
    });
    // The mutation result read the fresh detail, which names the newcomer: its lists (and answers built on them) went.
    expect((await inbox()).data?.approverTasks.edges.map((edge) => edge.node.process.processId)).toContain(processId);
  });

  it('never gives one caller an answer cached for a caller who sees differently', async () => {
    const processId = newProcess();
    const ownInbox = await post('approver', INBOX, { u: users[1]!.openId });
    expect(ownInbox.errors).toBeUndefined();
    const approverView = await post<ProcessAnswer>('approver', PROCESS, { id: processId });
    expect(approverView.data?.process?.processId).toBe(processId);
    expect(approverView.errors).toBeUndefined();

    // The same documents and variables from a user the process does not concern, then back and forth.
    for (let i = 0; i < 2; i++) {
      const strangerView = await post<ProcessAnswer>('stranger', PROCESS, { id: processId });
      expect(strangerView.data).toEqual({ process: null });
      expect(strangerView.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const strangerInbox = await post('stranger', INBOX, { u: users[1]!.openId });
      expect(strangerInbox.data).toBeNull();
      expect(strangerInbox.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await post<ProcessAnswer>('approver', PROCESS, { id: processId })).toEqual(approverView);
    }
    // A reader shares nothing with the approver either: its first read executes.
    resolverRuns = 0;
    expect((await post<ProcessAnswer>('reader', PROCESS, { id: processId })).data?.process?.processId).toBe(processId);
    expect(resolverRuns).toBeGreaterThan(0);
  });

  it('keeps the answers of /graphql and of the federation subgraph route apart (their schemas differ)', async () => {
    const rootFields = '{ __schema { queryType { fields { name } } } }';
    const namesOf = (answer: Answer<{ __schema: { queryType: { fields: { name: string }[] } } }>) =>
      answer.data?.__schema.queryType.fields.map((field) => field.name);
    for (let i = 0; i < 2; i++) {
      expect(namesOf(await post('reader', rootFields))).not.toContain('_entities');
      expect(namesOf(await post('reader', rootFields, {}, harness().gateway.subgraphUrl))).toContain('_entities');
    }
  });

  it('keeps no answer with errors and no mutation', async () => {
    const processId = newProcess();
    for (let i = 0; i < 2; i++) {
      resolverRuns = 0;
      const refused = await post('stranger', PROCESS, { id: processId });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(resolverRuns).toBeGreaterThan(0);
    }
    const mutation = 'mutation ($p: ID!) { withdrawProcess(input: { processId: $p, asSystem: true }) { __typename } }';
    const results: string[] = [];
    for (let i = 0; i < 2; i++) {
      resolverRuns = 0;
      const answer = await post<{ withdrawProcess: { __typename: string } }>('admin', mutation, { p: processId });
      results.push(answer.data?.withdrawProcess.__typename ?? 'none');
      expect(resolverRuns).toBeGreaterThan(0);
    }
    // Both were sent: the second one meets a withdrawn process.
    expect(results[0]).toBe('WithdrawProcessSuccess');
    expect(
      harness()
        .sandbox.control.requests()
        .filter((request) => request.method === 'PUT' && request.path.includes(processId)),
    ).toHaveLength(2);
  });
});

describe('ResultCache', () => {
  const tags = { processIds: ['p1'], user: userKey('OPEN_ID', 'ou_1') };
  const readsOf = () => {
    const reads = new ReadSet();
    reads.read(tags, 60_000);
    return reads;
  };

  it('refuses an answer when something it read changed while it was computed', () => {
    const cache = new ResultCache({ maxBytes: 1_048_576 });
    const started = cache.begin();
    cache.apply({ processId: 'p1' });
    cache.store('k', { data: { x: 1 } }, readsOf(), started);
    expect(cache.get('k')).toBeUndefined();
    expect(cache.stats().refusedStale).toBe(1);

    const later = cache.begin();
    cache.apply({ processId: 'p2' });
    cache.store('k', { data: { x: 1 } }, readsOf(), later);
    expect(cache.get('k')?.data).toEqual({ x: 1 });
  });

  it('drops an answer when its process, its list owner, or a new operator of another id type changes', () => {
    const cache = new ResultCache({ maxBytes: 1_048_576 });
    const changes = [
      { processId: 'p1' },
      { users: [userKey('OPEN_ID', 'ou_1')] },
      { users: [userKey('USER_ID', 'u_9')] },
      { processId: 'p9', listsOf: [userKey('OPEN_ID', 'ou_1')] },
    ];
    for (const change of changes) {
      cache.store('k', { data: { x: 1 } }, readsOf(), cache.begin());
      expect(cache.get('k')).toBeDefined();
      cache.apply(change);
      expect([change, cache.get('k')]).toEqual([change, undefined]);
    }
    cache.store('k', { data: { x: 1 } }, readsOf(), cache.begin());
    cache.apply({ processId: 'p2', users: [userKey('OPEN_ID', 'ou_2')] });
    expect(cache.get('k')?.data).toEqual({ x: 1 });
  });
});

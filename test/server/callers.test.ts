/**
 * Callers over real HTTP, SSE and WebSocket against the sandbox: who may call (API keys, JWTs), what
 * they may see (process:read, or what concerns their own user) and whom they may act as (task:act,
 * process:admin). Every refusal is counted at the sandbox: it costs no upstream call and no PUT.
 * Every log line and response of the file is kept, and none may carry a key or the JWT secret.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { DocumentNode } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator, type Authenticator } from '../../src/auth/authenticator.js';
import type { Scope } from '../../src/auth/caller.js';
import { sha256Hex, type ApiKeyDefinition } from '../../src/config-callers.js';
import { MemoryEventStore } from '../../src/events/memory-event-store.js';
import { createLogger } from '../../src/logger.js';
import type { SandboxUser } from '../../src/sandbox/index.js';
import { ApproverTasksChangedDocument } from '../../src/generated/graphql.js';
import { graphql } from '../generated/index.js';
import { InboxProcessIdsDocument } from '../helpers/documents.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';
import { subscribeOver, until } from '../helpers/subscription-clients.js';
import {
  castOf,
  mutationDocument,
  mutationOperation,
  node,
  todoOf,
  type Cast,
  type MutationInput,
  type MutationName,
  type MutationResult,
} from '../helpers/mutations.js';
import { operationText, type GraphQLResponse, type Operation } from '../helpers/typed-operations.js';

const JWT_SECRET = randomBytes(32).toString('base64url');
const ISSUER = 'https://id.example.com';
const AUDIENCE = 'feishu-gateway';
const ALLOWED_ORIGIN = 'https://hr.example.com';

const logLines: string[] = [];
const responses: string[] = [];
const secrets: string[] = [JWT_SECRET];
const events = new MemoryEventStore();

let authenticator: Authenticator | undefined;
const harness = useGatewayHarness({
  sandbox: { processes: 10 },
  gateway: {
    // The users exist once the sandbox runs: the real authenticator is built in beforeAll below.
    auth: { authenticate: (credentials) => (authenticator as Authenticator).authenticate(credentials) },
    corsOrigins: [ALLOWED_ORIGIN],
    events,
    logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }),
  },
});

/** API keys by role, minted for this run. */
const keys: Record<string, string> = {};
let cast: Cast;

function apiKey(role: string, scopes: Scope[], user?: SandboxUser): ApiKeyDefinition {
  const key = `${role}-${randomBytes(18).toString('base64url')}`;
  keys[role] = key;
  secrets.push(key);
  return { name: role, keySha256: sha256Hex(key), scopes, ...(user && { user: { id: user.openId, idType: 'OPEN_ID' as const } }) };
}

interface JwtSpec {
  user?: string;
  scope?: string;
  secret?: string;
  expiresIn?: string | number;
  issuer?: string;
  audience?: string;
  notBefore?: number;
}

function jwt(spec: JwtSpec): Promise<string> {
  const claims: Record<string, unknown> = spec.scope === undefined ? {} : { scope: spec.scope };
  if (spec.user) claims['feishu_open_id'] = spec.user;
  let token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(spec.user ?? 'service')
    .setIssuedAt()
    .setIssuer(spec.issuer ?? ISSUER)
    .setAudience(spec.audience ?? AUDIENCE)
    .setExpirationTime(spec.expiresIn ?? '10m');
  if (spec.notBefore !== undefined) token = token.setNotBefore(spec.notBefore);
  return token.sign(new TextEncoder().encode(spec.secret ?? JWT_SECRET));
}

function unsigned(payload: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}

beforeAll(() => {
  cast = castOf(harness());
  authenticator = createAuthenticator({
    apiKeys: [
      apiKey('reader', ['process:read']),
      apiKey('user-a', ['task:act'], cast.a),
      apiKey('user-c', [], cast.c),
      apiKey('user-d', ['task:act'], cast.d),
      apiKey('initiator', ['task:act'], cast.initiator),
      apiKey('admin', ['process:read', 'process:admin'], cast.admin),
      apiKey('nobody', []),
    ],
    jwt: { secret: JWT_SECRET, issuer: ISSUER, audience: AUDIENCE, userClaim: 'feishu_open_id' },
  });
});

beforeEach(() => harness().sandbox.control.resetCounts());

afterAll(() => {
  // Across every scenario of this file: refusals, successes, audit lines, subscriptions.
  const everything = [...logLines, ...responses].join('\n');
  expect(logLines.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(everything).not.toContain(secret);
});

interface Answer<T> {
  status: number;
  headers: Headers;
  body: GraphQLResponse<T>;
}

/** POSTs with the caller's credentials; a plain string only for the requests refused before any operation runs. */
async function post<T, V>(document: Operation<T, V>, variables: V, headers: Record<string, string>): Promise<Answer<T>>;
async function post(
  document: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Answer<Record<string, unknown>>>;
async function post(document: DocumentNode | string, variables: unknown, headers: Record<string, string>): Promise<Answer<unknown>> {
  const response = await fetch(harness().gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: operationText(document), variables }),
  });
  const text = await response.text();
  responses.push(text);
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLResponse<unknown> };
}

const as = (role: string) => ({ authorization: `Bearer ${keys[role]}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function mutateAs<N extends MutationName>(
  headers: Record<string, string>,
  name: N,
  input: MutationInput<N>,
): Promise<MutationResult<N>> {
  const { body } = await post(mutationOperation(name), { input }, headers);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.result;
}

const upstreamCalls = () => harness().calls();
const puts = () =>
  harness()
    .sandbox.control.requests()
    .filter((request) => request.method === 'PUT');

const PROCESS = graphql(`
  query CallerProcess($id: ID!) {
    process(processId: $id) {
      ...ProcessState
      initiator {
        id
      }
    }
  }
`);
const PROCESSES = graphql(`
  query CallerProcesses($f: ProcessFilter!, $first: Int) {
    processes(filter: $f, first: $first) {
      edges {
        node {
          processId
        }
      }
    }
  }
`);
const GLOBAL_IDS = graphql(`
  query CallerGlobalIds($id: ID!) {
    process(processId: $id) {
      id
      approverTasks {
        id
      }
    }
  }
`);
const NODE = graphql(`
  query CallerNode($id: ID!) {
    node(id: $id) {
      id
      ... on Process {
        processId
      }
      ... on ApproverTask {
        approverId
      }
    }
  }
`);

/** A process started by `initiator`, waiting for `a`, with `c` in copy. */
function processOfA(): string {
  return harness().sandbox.control.createProcess({
    initiator: cast.initiator.openId,
    nodes: [{ mode: 'OR', kind: 'cc', approvers: [cast.c.openId], state: 'done' }, node('OR', cast.a)],
    emitEvents: false,
  });
}

/** A process that names neither a, c nor d. */
function processOfOthers(): string {
  return harness().sandbox.control.createProcess({ initiator: cast.b.openId, nodes: [node('OR', cast.admin)], emitEvents: false });
}

describe('who may call', () => {
  const refusals: [string, () => Promise<Record<string, string>>][] = [
    ['no credentials', async () => ({})],
    ['a wrong API key', async () => ({ authorization: 'Bearer not-a-key-of-this-gateway' })],
    ['a wrong X-API-Key', async () => ({ 'x-api-key': 'not-a-key-of-this-gateway' })],
    [
      'a JWT signed with another secret',
      async () => bearer(await jwt({ user: cast.a.openId, scope: 'process:read', secret: randomBytes(32).toString('hex') })),
    ],
    [
      'an expired JWT',
      async () => bearer(await jwt({ user: cast.a.openId, scope: 'process:read', expiresIn: Math.floor(Date.now() / 1000) - 60 })),
    ],
    [
      'a JWT without exp',
      async () =>
        bearer(
          await new SignJWT({ scope: 'process:read' })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('x')
            .setIssuer(ISSUER)
            .setAudience(AUDIENCE)
            .sign(new TextEncoder().encode(JWT_SECRET)),
        ),
    ],
    [
      'a JWT with alg: none',
      async () =>
        bearer(unsigned({ sub: 'x', scope: 'process:read', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })),
    ],
    ['a JWT for another audience', async () => bearer(await jwt({ scope: 'process:read', audience: 'another-service' }))],
    ['a JWT from another issuer', async () => bearer(await jwt({ scope: 'process:read', issuer: 'https://evil.example.com' }))],
    ['a JWT not valid yet', async () => bearer(await jwt({ scope: 'process:read', notBefore: Math.floor(Date.now() / 1000) + 120 }))],
    ['Basic credentials', async () => ({ authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` })],
  ];

  it.each(refusals)('refuses %s with 401 UNAUTHENTICATED and no upstream call', async (_name, credentials) => {
    const processId = processOfA();
    harness().sandbox.control.resetCounts();
    const answer = await post(PROCESS, { id: processId }, await credentials());
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(upstreamCalls()).toEqual({});
  });

  it('accepts a JWT a few seconds past its expiry (clock skew) and refuses one well past it', async () => {
    const now = Math.floor(Date.now() / 1000);
    const justExpired = await post(PROCESS, { id: processOfA() }, bearer(await jwt({ scope: 'process:read', expiresIn: now - 2 })));
    expect(justExpired.status).toBe(200);
    const longExpired = await post(PROCESS, { id: processOfA() }, bearer(await jwt({ scope: 'process:read', expiresIn: now - 30 })));
    expect(longExpired.status).toBe(401);
  });

  it('lets an authenticated caller with no scope and no user introspect, and nothing more (no upstream call)', async () => {
    const introspection = await post(
      graphql(`
        query QueryTypeName {
          __schema {
            queryType {
              name
            }
          }
        }
      `),
      {},
      as('nobody'),
    );
    expect(introspection.body.data?.__schema.queryType.name).toBe('Query');
    const processId = processOfA();
    harness().sandbox.control.resetCounts();
    const read = await post(PROCESS, { id: processId }, as('nobody'));
    expect(read.body.data).toEqual({ process: null });
    expect(read.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(upstreamCalls()).toEqual({});
  });
});

describe('what they may see', () => {
  it('a reader reads any process, any inbox and the tenant-wide list', async () => {
    const processId = processOfA();
    const process = await post(PROCESS, { id: processId }, as('reader'));
    expect(process.body).toEqual({ data: { process: { processId, status: 'IN_PROGRESS', initiator: { id: cast.initiator.openId } } } });
    const inbox = await post(InboxProcessIdsDocument, { u: cast.a.openId, first: 5 }, as('reader'));
    expect(inbox.body.errors).toBeUndefined();
    expect(inbox.body.data?.approverTasks.edges.length).toBeGreaterThan(0);
    const now = Date.now();
    const list = await post(
      PROCESSES,
      { f: { modifiedAfter: new Date(now - 86_400_000).toISOString(), modifiedBefore: new Date(now + 60_000).toISOString() }, first: 3 },
      as('reader'),
    );
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data?.processes.edges.length).toBeGreaterThan(0);
  });

  it('a user reads the processes it initiated, holds a task on, or is copied on', async () => {
    const processId = processOfA();
    for (const role of ['initiator', 'user-a', 'user-c']) {
      const answer = await post(PROCESS, { id: processId }, as(role));
      expect(answer.body.errors, role).toBeUndefined();
      expect(answer.body.data, role).toMatchObject({ process: { processId } });
    }
  });

  it('a user reading a process it is not part of gets null and FORBIDDEN, for no more than the one detail read', async () => {
    const processId = processOfOthers();
    harness().sandbox.control.resetCounts();
    const answer = await post(PROCESS, { id: processId }, as('user-d'));
    expect(answer.body.data).toEqual({ process: null });
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ path: ['process'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    expect(upstreamCalls()).toEqual({ getProcess: 1 });
  });

  it('node(id) obeys the same rules, for processes and their tasks', async () => {
    const processId = processOfOthers();
    const ids = await post(GLOBAL_IDS, { id: processId }, as('reader'));
    const { id, approverTasks } = ids.body.data!.process!;
    for (const nodeId of [id, approverTasks[0]!.id]) {
      const refused = await post(NODE, { id: nodeId }, as('user-d'));
      expect(refused.body.data).toEqual({ node: null });
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const allowed = await post(NODE, { id: nodeId }, as('reader'));
      expect(allowed.body.data?.node?.id).toBe(nodeId);
    }
    const own = await post(GLOBAL_IDS, { id: processOfA() }, as('user-a'));
    const ownNode = await post(NODE, { id: own.body.data!.process!.id }, as('user-a'));
    expect(ownNode.body.data?.node?.id).toBe(own.body.data!.process!.id);
  });

  it("a user reading another user's inbox is refused without any upstream call; its own inbox is served", async () => {
    processOfA();
    harness().sandbox.control.resetCounts();
    const refused = await post(InboxProcessIdsDocument, { u: cast.b.openId, first: 5 }, as('user-a'));
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(upstreamCalls()).toEqual({});
    const own = await post(InboxProcessIdsDocument, { u: cast.a.openId, first: 5 }, as('user-a'));
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.approverTasks.edges.length).toBeGreaterThan(0);
  });

  it('a user may not list the tenant’s processes: FORBIDDEN, no upstream call', async () => {
    const now = Date.now();
    const answer = await post(
      PROCESSES,
      { f: { modifiedAfter: new Date(now - 86_400_000).toISOString(), modifiedBefore: new Date(now).toISOString() } },
      as('user-a'),
    );
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(upstreamCalls()).toEqual({});
  });
});

describe('whom they may act as', () => {
  it('a reader trying to act gets a ForbiddenError result and nothing is sent', async () => {
    const processId = processOfA();
    const before = puts().length;
    const result = await mutateAs(as('reader'), 'approveTask', {
      processId,
      approverId: todoOf(harness(), processId, cast.a),
      actorId: cast.a.openId,
    });
    expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(puts().length).toBe(before);
  });

  it.each([
    [
      'as another user',
      (processId: string) => ({
        name: 'approveTask' as const,
        input: { processId, approverId: todoOf(harness(), processId, cast.a), actorId: cast.a.openId },
      }),
    ],
    [
      'as the system',
      (processId: string) => ({
        name: 'approveTask' as const,
        input: { processId, approverId: todoOf(harness(), processId, cast.a), asSystem: true },
      }),
    ],
    ['by revoking', (processId: string) => ({ name: 'revokeProcess' as const, input: { processId } })],
  ])('a user acting %s gets a ForbiddenError result and nothing is sent', async (_how, request) => {
    const processId = processOfA();
    const { name, input } = request(processId);
    const before = puts().length;
    const result = await mutateAs(as('user-d'), name, input);
    expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(result.message).toContain('process:admin');
    expect(puts().length).toBe(before);
  });

  it('a user approves its own task without actorId, and the PUT names that user', async () => {
    const processId = processOfA();
    const result = await mutateAs(as('user-a'), 'approveTask', { processId, approverId: todoOf(harness(), processId, cast.a) });
    expect(result.__typename).toBe('ApproveTaskSuccess');
    const sent = puts().filter((request) => request.path.includes(processId));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ user_id: cast.a.openId });
  });

  it('a JWT user acts as its own user too', async () => {
    const processId = harness().sandbox.control.createProcess({
      initiator: cast.initiator.openId,
      nodes: [node('OR', cast.b)],
      emitEvents: false,
    });
    const token = await jwt({ user: cast.b.openId, scope: 'task:act' });
    const result = await mutateAs(bearer(token), 'approveTask', { processId, approverId: todoOf(harness(), processId, cast.b) });
    expect(result.__typename).toBe('ApproveTaskSuccess');
    expect(puts().filter((request) => request.path.includes(processId))[0]!.body).toMatchObject({ user_id: cast.b.openId });
  });

  it('an admin acts as the assignee', async () => {
    const processId = processOfA();
    const result = await mutateAs(as('admin'), 'approveTask', {
      processId,
      approverId: todoOf(harness(), processId, cast.a),
      actorId: cast.a.openId,
    });
    expect(result.__typename).toBe('ApproveTaskSuccess');
    expect(puts().filter((request) => request.path.includes(processId))[0]!.body).toMatchObject({ user_id: cast.a.openId });
  });

  it("scopes idempotency keys to the caller: one caller's key never replays another's answer", async () => {
    const processId = processOfA();
    const input = {
      processId,
      approverId: todoOf(harness(), processId, cast.a),
      actorId: cast.a.openId,
      idempotencyKey: `shared-${randomBytes(4).toString('hex')}`,
    };
    const first = await mutateAs(as('user-a'), 'approveTask', input);
    expect(first.__typename).toBe('ApproveTaskSuccess');
    expect((await mutateAs(as('user-a'), 'approveTask', input)).__typename).toBe('ApproveTaskSuccess');
    expect(puts().filter((request) => request.path.includes(processId))).toHaveLength(1);
    // The admin's key of the same name is its own: its PUT is sent, and Feishu says the task is done.
    const other = await mutateAs(as('admin'), 'approveTask', input);
    expect(other).toMatchObject({ __typename: 'TaskAlreadyProcessedError' });
    expect(puts().filter((request) => request.path.includes(processId))).toHaveLength(2);
  });

  it('writes one audit line per attempt: caller, actor, action, process, outcome, Feishu code and log id', async () => {
    const processId = processOfA();
    const approverId = todoOf(harness(), processId, cast.a);
    logLines.length = 0;
    await mutateAs(as('user-d'), 'approveTask', { processId, approverId, asSystem: true });
    await mutateAs(as('user-a'), 'approveTask', { processId, approverId });
    await mutateAs(as('user-a'), 'approveTask', { processId, approverId });
    const audit = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line['component'] === 'audit');
    expect(audit).toEqual([
      expect.objectContaining({
        msg: 'mutation',
        caller: 'user-d',
        callerKind: 'api-key',
        action: 'approveTask',
        processId,
        outcome: 'FORBIDDEN',
      }),
      expect.objectContaining({
        caller: 'user-a',
        actor: `${cast.a.openId} (OPEN_ID)`,
        action: 'approveTask',
        processId,
        outcome: 'SUCCESS',
      }),
      expect.objectContaining({ caller: 'user-a', outcome: 'TASK_ALREADY_PROCESSED', feishuCode: 1161001, logId: expect.any(String) }),
    ]);
  });
});

describe('browsers', () => {
  const mutationBody = (processId: string, approverId: string) =>
    JSON.stringify({ query: mutationDocument('approveTask'), variables: { input: { processId, approverId } } });

  it('gives CORS headers to a listed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(harness().gateway.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const nullOrigin = await preflight('null');
    expect(nullOrigin.headers.get('access-control-allow-origin')).toBeNull();

    const read = await post(PROCESS, { id: processOfA() }, { ...as('reader'), origin: ALLOWED_ORIGIN });
    expect(read.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    const readElsewhere = await post(PROCESS, { id: processOfA() }, { ...as('reader'), origin: 'https://evil.example.com' });
    expect(readElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  // A multipart body carries no content-type of ours: fetch writes its own, with the boundary.
  it.each<[string, (body: string) => { contentType?: string; body: string | FormData }]>([
    [
      'form-encoded',
      (body) => ({
        contentType: 'application/x-www-form-urlencoded',
        body: new URLSearchParams(JSON.parse(body) as Record<string, string>).toString(),
      }),
    ],
    ['text/plain', (body) => ({ contentType: 'text/plain', body })],
    [
      'multipart',
      (body) => {
        const form = new FormData();
        form.set('operations', body);
        form.set('map', '{}');
        return { body: form };
      },
    ],
  ])('refuses a %s mutation with 415 and sends nothing', async (_kind, encode) => {
    const processId = processOfA();
    const approverId = todoOf(harness(), processId, cast.a);
    harness().sandbox.control.resetCounts();
    const { contentType, body } = encode(mutationBody(processId, approverId));
    const response = await fetch(harness().gateway.graphqlUrl, {
      method: 'POST',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...as('user-a') },
      body,
    });
    responses.push(await response.text());
    expect(response.status).toBe(415);
    expect(upstreamCalls()).toEqual({});
    expect(puts().filter((request) => request.path.includes(processId))).toHaveLength(0);
  });

  it('refuses a mutation over GET and sends nothing', async () => {
    const processId = processOfA();
    const approverId = todoOf(harness(), processId, cast.a);
    const url = new URL(harness().gateway.graphqlUrl);
    url.searchParams.set('query', mutationDocument('approveTask'));
    url.searchParams.set('variables', JSON.stringify({ input: { processId, approverId } }));
    const response = await fetch(url, { headers: { accept: 'application/json', ...as('user-a') } });
    responses.push(await response.text());
    expect(response.status).toBe(405);
    expect(puts().filter((request) => request.path.includes(processId))).toHaveLength(0);
  });

  it('serves GraphiQL’s page without credentials, but not its schema', async () => {
    const page = await fetch(harness().gateway.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    await page.text();
    const schema = await post('{ __schema { types { name } } }', {}, {});
    expect(schema.status).toBe(401);
  });
});

describe('subscriptions', () => {
  const WATCH = graphql(`
    subscription CallerWatch {
      processEvents {
        processId
        type
      }
    }
  `);
  let sequence = 0;
  const record = (processId: string) =>
    events.record({
      eventId: `evt-${(sequence += 1)}-${randomBytes(3).toString('hex')}`,
      occurredAt: new Date(),
      processId,
      type: 'PROCESS_STATUS_CHANGED',
      status: 'IN_PROGRESS',
    });

  it('closes a WebSocket without credentials, or with a wrong key, with 4403 before any operation', async () => {
    const url = harness().gateway.graphqlUrl.replace(/^http/, 'ws');
    const closeCode = (payload?: Record<string, unknown>) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', ...(payload && { payload }) })));
        socket.on('message', (data) => reject(new Error(`unexpected message ${String(data)}`)));
        socket.on('close', (code) => resolve(code));
        socket.on('error', reject);
      });
    expect(await closeCode()).toBe(4403);
    expect(await closeCode({ authorization: 'Bearer not-a-key-of-this-gateway' })).toBe(4403);
    expect(upstreamCalls()).toEqual({});
  });

  it('refuses a WebSocket upgrade from an origin outside the list', async () => {
    const url = harness().gateway.graphqlUrl.replace(/^http/, 'ws');
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(url, 'graphql-transport-ws', { origin: 'https://evil.example.com', headers: as('reader') });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => reject(new Error('the upgrade was accepted')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });

  it('refuses SSE without credentials with 401', async () => {
    const response = await fetch(harness().gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: operationText(WATCH) }),
    });
    responses.push(await response.text());
    expect(response.status).toBe(401);
    const feed = subscribeOver('sse', harness().gateway.graphqlUrl, WATCH, {});
    await expect(feed.waitForCompletion()).rejects.toThrow();
    await feed.close();
  });

  it("delivers a user's own processes' events and not others', over WebSocket and SSE; a reader gets all", async () => {
    const own = processOfA();
    const others = processOfOthers();
    const url = harness().gateway.graphqlUrl;
    const userOverWs = subscribeOver('ws', url, WATCH, {}, { connectionParams: { authorization: `Bearer ${keys['user-a']}` } });
    const userOverSse = subscribeOver('sse', url, WATCH, {}, { headers: bearer(await jwt({ user: cast.c.openId })) });
    const readerOverWs = subscribeOver('ws', url, WATCH, {}, { headers: as('reader') });
    const feeds = [userOverWs, userOverSse, readerOverWs];
    try {
      await until(() => harness().gateway.activeSubscriptions() === 3, 'three subscriptions');
      await record(others);
      await record(own);
      await readerOverWs.waitFor(2);
      await userOverWs.waitFor(1);
      await userOverSse.waitFor(1);
      // The reader saw the others' event first, so the users' streams have judged it by now.
      expect(readerOverWs.results.map((result) => result.data?.processEvents.processId)).toEqual([others, own]);
      for (const feed of [userOverWs, userOverSse]) {
        expect(feed.results.map((result) => result.data?.processEvents.processId)).toEqual([own]);
      }
    } finally {
      for (const feed of feeds) await feed.close();
    }
  });

  it('ends a subscription, over SSE and WebSocket, when the JWT it was opened with expires', async () => {
    const token = await jwt({ user: cast.a.openId, expiresIn: Math.floor(Date.now() / 1000) + 2 });
    const url = harness().gateway.graphqlUrl;
    const feeds = [
      subscribeOver('sse', url, WATCH, {}, { headers: bearer(token) }),
      subscribeOver('ws', url, WATCH, {}, { connectionParams: bearer(token) }),
    ];
    for (const feed of feeds) {
      const results = await feed.waitForCompletion(10_000);
      expect(results).toHaveLength(1);
      expect(results[0]?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      await feed.close();
    }
  });

  it("lets a user watch its own inbox, and refuses another user's", async () => {
    const watch = (userId: string) =>
      subscribeOver(
        'ws',
        harness().gateway.graphqlUrl,
        ApproverTasksChangedDocument,
        { userId },
        {
          connectionParams: { authorization: `Bearer ${keys['user-a']}` },
        },
      );
    const own = watch(cast.a.openId);
    await until(() => harness().gateway.activeSubscriptions() === 1, 'the own inbox subscription');
    expect(own.completed).toBe(false);
    await own.close();
    const other = watch(cast.b.openId);
    const results = await other.waitForCompletion().catch((error: unknown) => error);
    await other.close();
    expect(JSON.stringify(results)).toContain('FORBIDDEN');
  });
});

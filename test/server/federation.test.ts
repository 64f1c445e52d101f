/**
 * The Apollo Federation v2 subgraph at /graphql/subgraph, over real HTTP against the sandbox with
 * authentication on: its SDL (fetched from the running gateway's `_service`) composes with a second
 * subgraph that references Process and ApproverTask by key, under both composition libraries; and
 * `_entities` resolves representations through the request's loaders (one get-process per distinct
 * process), refuses what the caller may not see as `node(id:)` does, and is authenticated and costed
 * like every other operation.
 */
import { randomBytes } from 'node:crypto';
import { composeServices as composeWithApollo } from '@apollo/composition';
import { composeServices as composeWithTheGuild } from '@theguild/federation-composition';
import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator, type Authenticator } from '../../src/auth/authenticator.js';
import type { Scope } from '../../src/auth/caller.js';
import { sha256Hex, type ApiKeyDefinition } from '../../src/config-callers.js';
import type { SandboxUser } from '../../src/sandbox/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';
import { castOf, node, todoOf, type Cast } from '../helpers/mutations.js';

let authenticator: Authenticator | undefined;
const harness = useGatewayHarness({
  sandbox: { processes: 10 },
  // The users exist once the sandbox runs: the real authenticator is built in beforeAll below.
  gateway: { auth: { authenticate: (credentials) => (authenticator as Authenticator).authenticate(credentials) } },
});

const keys: Record<string, string> = {};
let cast: Cast;

function apiKey(role: string, scopes: Scope[], user?: SandboxUser): ApiKeyDefinition {
  const key = `${role}-${randomBytes(18).toString('base64url')}`;
  keys[role] = key;
  return { name: role, keySha256: sha256Hex(key), scopes, ...(user && { user: { id: user.openId, idType: 'OPEN_ID' as const } }) };
}

beforeAll(() => {
  cast = castOf(harness());
  authenticator = createAuthenticator({ apiKeys: [apiKey('router', ['process:read']), apiKey('user-d', [], cast.d)] });
});

beforeEach(() => harness().sandbox.control.resetCounts());

interface Answer<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  role?: string,
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(role && { authorization: `Bearer ${keys[role]}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer<T>['body'] };
}

const subgraph = <T>(query: string, variables: Record<string, unknown>, role?: string) =>
  post<T>(harness().gateway.subgraphUrl, query, variables, role);
const upstreamCalls = () => harness().calls();

/** A process started by b with one pending task of `approver`. */
function processWaitingFor(approver: SandboxUser): string {
  return harness().sandbox.control.createProcess({ initiator: cast.b.openId, nodes: [node('OR', approver)], emitEvents: false });
}

/** What a supergraph router sends to resolve Process and ApproverTask references. */
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Process {
        processId
        status
        initiator {
          id
        }
      }
      ... on ApproverTask {
        processId
        approverId
        assignee {
          id
        }
        process {
          processId
        }
      }
    }
  }
`;

interface Entity {
  __typename: string;
  processId: string;
  approverId?: string;
  status?: string;
  initiator?: { id: string };
  assignee?: { id: string } | null;
  process?: { processId: string };
}

const processRef = (processId: string) => ({ __typename: 'Process', processId });
const taskRef = (processId: string, approverId: string) => ({ __typename: 'ApproverTask', processId, approverId });

/** A small second subgraph, as another team would write it: it holds Feishu ids and lets this gateway resolve them. */
const OFFBOARDING_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    offboarding(id: ID!): Offboarding
  }

  type Offboarding @key(fields: "id") {
    id: ID!
    process: Process
    approvals: [ApproverTask!]!
  }

  type Process @key(fields: "processId", resolvable: false) {
    processId: ID!
  }

  type ApproverTask @key(fields: "processId approverId", resolvable: false) {
    processId: ID!
    approverId: ID!
  }
`;

/** The `@join__type` directives of a supergraph type, whatever library printed it. */
function joinsOf(supergraph: DocumentNode, typeName: string): Record<string, string | boolean | undefined>[] {
  const type = supergraph.definitions.find(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === typeName,
  );
  return (type?.directives ?? [])
    .filter((directive) => directive.name.value === 'join__type')
    .map((directive) =>
      Object.fromEntries(
        (directive.arguments ?? []).map((argument) => {
          const { value } = argument;
          return [
            argument.name.value,
            value.kind === Kind.BOOLEAN || value.kind === Kind.STRING || value.kind === Kind.ENUM ? value.value : undefined,
          ];
        }),
      ),
    );
}

describe('composition', () => {
  let sdl: string;
  beforeAll(async () => {
    const answer = await subgraph<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, 'router');
    expect(answer.status).toBe(200);
    sdl = answer.body.data!._service.sdl;
  });

  const services = () => [
    { name: 'processes', typeDefs: parse(sdl), url: harness().gateway.subgraphUrl },
    { name: 'offboarding', typeDefs: parse(OFFBOARDING_SDL), url: 'http://offboarding.invalid/graphql' },
  ];

  it.each([
    ['@apollo/composition', () => composeWithApollo(services())],
    ['@theguild/federation-composition', () => composeWithTheGuild(services())],
  ])('%s composes the served SDL with a subgraph that references Process and ApproverTask by key', (_library, compose) => {
    const result = compose();
    expect(result.errors ?? []).toEqual([]);
    const supergraph = parse(result.supergraphSdl!);
    // The gateway resolves both entities by their keys; the other subgraph only references them.
    expect(joinsOf(supergraph, 'Process')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ graph: 'PROCESSES', key: 'processId' }),
        expect.objectContaining({ graph: 'OFFBOARDING', key: 'processId', resolvable: false }),
      ]),
    );
    expect(joinsOf(supergraph, 'ApproverTask')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ graph: 'PROCESSES', key: 'processId approverId' }),
        expect.objectContaining({ graph: 'OFFBOARDING', key: 'processId approverId', resolvable: false }),
      ]),
    );
    expect(joinsOf(supergraph, 'Process').find((join) => join.graph === 'PROCESSES')?.resolvable).not.toBe(false);
  });

  it('the served SDL is the committed schema/subgraph.graphql, and /graphql stays plain', async () => {
    const { readFileSync } = await import('node:fs');
    expect(sdl.trimEnd()).toBe(readFileSync(new URL('../../schema/subgraph.graphql', import.meta.url), 'utf8').trimEnd());
    const plain = await post(harness().gateway.graphqlUrl, '{ _service { sdl } }', {}, 'router');
    expect(plain.body.errors?.[0]?.message).toMatch(/Cannot query field "_service"/);
  });
});

describe('_entities', () => {
  it('resolves Process and ApproverTask representations with one get-process per distinct process', async () => {
    const [p1, p2, p3] = [processWaitingFor(cast.a), processWaitingFor(cast.c), processWaitingFor(cast.d)];
    const [t1, t2] = [todoOf(harness(), p1, cast.a), todoOf(harness(), p2, cast.c)];
    harness().sandbox.control.resetCounts();
    const representations = [
      processRef(p1),
      taskRef(p1, t1),
      processRef(p2),
      processRef(p3),
      taskRef(p2, t2),
      processRef(p1),
      taskRef(p3, 'no-such-task'),
    ];
    const answer = await subgraph<{ _entities: (Entity | null)[] }>(ENTITIES, { representations }, 'router');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?._entities).toEqual([
      { __typename: 'Process', processId: p1, status: 'IN_PROGRESS', initiator: { id: cast.b.openId } },
      { __typename: 'ApproverTask', processId: p1, approverId: t1, assignee: { id: cast.a.openId }, process: { processId: p1 } },
      { __typename: 'Process', processId: p2, status: 'IN_PROGRESS', initiator: { id: cast.b.openId } },
      { __typename: 'Process', processId: p3, status: 'IN_PROGRESS', initiator: { id: cast.b.openId } },
      { __typename: 'ApproverTask', processId: p2, approverId: t2, assignee: { id: cast.c.openId }, process: { processId: p2 } },
      { __typename: 'Process', processId: p1, status: 'IN_PROGRESS', initiator: { id: cast.b.openId } },
      null,
    ]);
    expect(upstreamCalls()).toEqual({ getProcess: 3 });
  });

  it('answers null for a process Feishu does not know, as node(id:) does', async () => {
    const answer = await subgraph<{ _entities: (Entity | null)[] }>(
      ENTITIES,
      { representations: [processRef('7000000000000000000')] },
      'router',
    );
    expect(answer.body).toEqual({ data: { _entities: [null] } });
  });

  it('refuses a caller the process does not concern exactly as node(id:) does, for no more than the detail read', async () => {
    const others = processWaitingFor(cast.a);
    const own = processWaitingFor(cast.d);
    const [othersTask, ownTask] = [todoOf(harness(), others, cast.a), todoOf(harness(), own, cast.d)];
    harness().sandbox.control.resetCounts();
    const representations = [processRef(others), taskRef(others, othersTask), processRef(own), taskRef(own, ownTask)];
    const answer = await subgraph<{ _entities: (Entity | null)[] }>(ENTITIES, { representations }, 'user-d');
    expect(upstreamCalls()).toEqual({ getProcess: 2 });
    expect(answer.body.data?._entities.map((entity) => entity && `${entity.__typename} ${entity.processId}`)).toEqual([
      null,
      null,
      `Process ${own}`,
      `ApproverTask ${own}`,
    ]);
    const refusals = (answer.body.errors ?? []).map(({ message, path, extensions }) => ({ message, path, code: extensions?.['code'] }));
    expect(refusals).toHaveLength(2);

    // node(id:) on /graphql, for the same process and task, as the same caller.
    const ids = await post<{ process: { id: string; approverTasks: { id: string; approverId: string }[] } }>(
      harness().gateway.graphqlUrl,
      'query ($p: ID!) { process(processId: $p) { id approverTasks { id approverId } } }',
      { p: others },
      'router',
    );
    const { id, approverTasks } = ids.body.data!.process;
    const taskId = approverTasks.find((task) => task.approverId === othersTask)!.id;
    for (const [index, nodeId] of [id, taskId].entries()) {
      const refused = await post(harness().gateway.graphqlUrl, 'query ($id: ID!) { node(id: $id) { id } }', { id: nodeId }, 'user-d');
      expect(refused.body.data).toEqual({ node: null });
      expect(refusals).toContainEqual({ message: refused.body.errors?.[0]?.message, path: ['_entities', index], code: 'FORBIDDEN' });
    }
  });

  it('refuses a representation without a usable key before asking Feishu', async () => {
    const answer = await subgraph<{ _entities: (Entity | null)[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: 'Process', processId: ' ' },
          { __typename: 'ApproverTask', processId: 7 },
        ],
      },
      'router',
    );
    expect(answer.body.data?._entities).toEqual([null, null]);
    expect(answer.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(upstreamCalls()).toEqual({});
  });
});

describe('the subgraph route is guarded like /graphql', () => {
  it('refuses a request without credentials with 401, before anything runs', async () => {
    const answer = await subgraph(ENTITIES, { representations: [processRef(processWaitingFor(cast.a))] });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(upstreamCalls()).toEqual({});
  });

  it("enforces FieldValueInput's @oneOf, which the subgraph SDL cannot carry, before anything is written", async () => {
    const twoKinds =
      'mutation { approveTask(input: { processId: "p", approverId: "a", formValues: [{ apiName: "x", value: { text: "a", bool: true } }] }) { __typename } }';
    const answer = await subgraph(twoKinds, {}, 'router');
    expect(answer.body.errors?.[0]?.message).toMatch(/FieldValueInput.*exactly one/);
    expect(
      harness()
        .sandbox.control.requests()
        .filter((request) => request.method === 'PUT'),
    ).toEqual([]);
  });

  it('costs each representation like an id of nodes(ids:): too many are refused before any read', async () => {
    const processId = processWaitingFor(cast.a);
    const answer = await subgraph(ENTITIES, { representations: Array.from({ length: 250 }, () => processRef(processId)) }, 'router');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
    expect(upstreamCalls()).toEqual({});
  });
});

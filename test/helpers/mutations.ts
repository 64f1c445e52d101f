/**
 * Shared pieces of the mutation tests: the harness (with client retries on, so "one PUT" means the
 * client chose not to retry), fixture processes built in the sandbox, and one typed document per
 * mutation that selects everything a result can carry.
 */
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';
import type { GatewayHarness, GraphQLResponse, HarnessOptions } from './gateway-harness.js';
import { operationText } from './typed-operations.js';
import type { NodeSpec, SandboxRequest, SandboxUser } from '../../src/sandbox/index.js';

export const MUTATION_HARNESS: HarnessOptions = {
  sandbox: { processes: 10, revokeDelayMs: 30 },
  client: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } },
};

// Fragments the documents below spread: codegen registers them from these calls, nothing reads the values.
const _PROCESS_STATE = graphql(`
  fragment MutatedProcess on Process {
    processId
    status
    approverTasks {
      approverId
      status
      assignee {
        id
      }
    }
  }
`);
const _FAILURE = graphql(`
  fragment MutationFailure on Error {
    message
    code
    feishuCode
    logId
    ... on InvalidInputError {
      field
    }
    ... on RateLimitedError {
      retryAfter
    }
  }
`);

/**
 * One document per mutation selecting everything its result union can carry. Written out six times on
 * purpose: codegen types only literal `graphql()` templates (no interpolation, no generated text), and
 * each union has its own success type with no interface in common, so no fragment can stand for the
 * success branch; the failure and process selections are the shared fragments above.
 */
export const MUTATION_DOCUMENTS = {
  approveTask: graphql(`
    mutation EveryApproveTaskResult($input: ApproveTaskInput!) {
      result: approveTask(input: $input) {
        __typename
        ... on ApproveTaskSuccess {
          processId
          process {
            ...MutatedProcess
          }
        }
        ...MutationFailure
      }
    }
  `),
  rejectTask: graphql(`
    mutation EveryRejectTaskResult($input: RejectTaskInput!) {
      result: rejectTask(input: $input) {
        __typename
        ... on RejectTaskSuccess {
          processId
          process {
            ...MutatedProcess
          }
        }
        ...MutationFailure
      }
    }
  `),
  transferTasks: graphql(`
    mutation EveryTransferTasksResult($input: TransferTasksInput!) {
      result: transferTasks(input: $input) {
        __typename
        ... on TransferTasksSuccess {
          processId
          process {
            ...MutatedProcess
          }
        }
        ...MutationFailure
      }
    }
  `),
  addApprovers: graphql(`
    mutation EveryAddApproversResult($input: AddApproversInput!) {
      result: addApprovers(input: $input) {
        __typename
        ... on AddApproversSuccess {
          processId
          process {
            ...MutatedProcess
          }
        }
        ...MutationFailure
      }
    }
  `),
  withdrawProcess: graphql(`
    mutation EveryWithdrawProcessResult($input: WithdrawProcessInput!) {
      result: withdrawProcess(input: $input) {
        __typename
        ... on WithdrawProcessSuccess {
          processId
          process {
            ...MutatedProcess
          }
        }
        ...MutationFailure
      }
    }
  `),
  revokeProcess: graphql(`
    mutation EveryRevokeProcessResult($input: RevokeProcessInput!) {
      result: revokeProcess(input: $input) {
        __typename
        ... on RevokeProcessSuccess {
          processId
          process {
            ...MutatedProcess
          }
        }
        ...MutationFailure
      }
    }
  `),
};
export type MutationName = keyof typeof MUTATION_DOCUMENTS;
export type MutationInput<N extends MutationName> = VariablesOf<(typeof MUTATION_DOCUMENTS)[N]>['input'];

type KeysOfUnion<U> = U extends unknown ? keyof U : never;
type FieldOfUnion<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/**
 * A result union read without narrowing: the tests assert on `__typename` together with the fields of that
 * member, and a field another member has reads as undefined, as it is absent from the JSON.
 */
export type AnyMember<U> = { [K in KeysOfUnion<U>]?: FieldOfUnion<U, K> } & { __typename: FieldOfUnion<U, '__typename'> };

/** Any member of the `<Name>Result` union of the named mutation(s), with the fields its kind has. */
export type MutationResult<N extends MutationName = MutationName> = AnyMember<ResultOf<(typeof MUTATION_DOCUMENTS)[N]>['result']>;

/** The mutation as text, for a test that posts it with a body or headers of its own. */
export function mutationDocument(name: MutationName): string {
  return operationText(MUTATION_DOCUMENTS[name]);
}

/** The typed document of the named mutation, its result read as `MutationResult`. */
export function mutationOperation<N extends MutationName>(
  name: N,
): TypedDocumentNode<{ result: MutationResult<N> }, { input: MutationInput<N> }> {
  // TypeScript cannot relate a generic index into the documents to their result types; the cast only names the `result` alias.
  return MUTATION_DOCUMENTS[name] as unknown as TypedDocumentNode<{ result: MutationResult<N> }, { input: MutationInput<N> }>;
}

const PROCESS_QUERY = graphql(`
  query MutatedProcessState($processId: ID!) {
    process(processId: $processId) {
      ...MutatedProcess
    }
  }
`);

export async function mutate<N extends MutationName>(
  harness: GatewayHarness,
  name: N,
  input: MutationInput<N>,
): Promise<MutationResult<N>> {
  const { data, errors } = await harness.query(mutationOperation(name), { input });
  if (errors) throw new Error(`${name} answered errors: ${JSON.stringify(errors)}`);
  return data!.result;
}

/** Posts a mutation with extra HTTP headers (e.g. Idempotency-Key), as a browser or service would. */
export async function mutateWithHeaders<N extends MutationName>(
  harness: GatewayHarness,
  name: N,
  input: MutationInput<N>,
  headers: Record<string, string>,
): Promise<GraphQLResponse<{ result: MutationResult<N> }>> {
  const response = await harness.gateway.yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: mutationDocument(name), variables: { input } }),
  });
  return (await response.json()) as GraphQLResponse<{ result: MutationResult<N> }>;
}

export async function readProcess(harness: GatewayHarness, processId: string) {
  const { data, errors } = await harness.query(PROCESS_QUERY, { processId });
  if (errors) throw new Error(`process answered errors: ${JSON.stringify(errors)}`);
  return data!.process;
}

export interface Cast {
  initiator: SandboxUser;
  a: SandboxUser;
  b: SandboxUser;
  c: SandboxUser;
  d: SandboxUser;
  admin: SandboxUser;
}

/** Distinct employees for the roles a test needs, and a process admin. */
export function castOf(harness: GatewayHarness): Cast {
  const users = harness.sandbox.control.users();
  const employees = users.filter((user) => user.role === 'employee');
  const admin = users.find((user) => user.role === 'hr_admin');
  const [initiator, a, b, c, d] = employees;
  if (!initiator || !a || !b || !c || !d || !admin) throw new Error('the sandbox tenant lacks the users these tests need');
  return { initiator, a, b, c, d, admin };
}

export const node = (mode: 'OR' | 'AND', ...users: SandboxUser[]): NodeSpec => ({ mode, approvers: users.map((user) => user.openId) });

export function createProcess(harness: GatewayHarness, initiator: SandboxUser, ...nodes: NodeSpec[]): string {
  return harness.sandbox.control.createProcess({ initiator: initiator.openId, nodes, emitEvents: false });
}

/** The pending task of `user` on the process, as the sandbox's own detail lists it. */
export function todoOf(harness: GatewayHarness, processId: string, user: SandboxUser): string {
  const todo = harness.sandbox.control.getProcessWire(processId)?.todos?.find((item) => item.operator_id === user.openId);
  if (!todo) throw new Error(`${user.openId} has no pending task on ${processId}`);
  return todo.approver_id;
}

/** The write requests the sandbox received for a process, oldest first. */
export function putsFor(harness: GatewayHarness, processId: string): SandboxRequest[] {
  return harness.sandbox.control.requests().filter((request) => request.method === 'PUT' && request.path.includes(processId));
}

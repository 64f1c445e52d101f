/**
 * Shared pieces of the mutation tests: the harness (with client retries on, so "one PUT" means the
 * client chose not to retry), fixture processes built in the sandbox, and one document per mutation
 * that selects everything a result can carry.
 */
import type { GatewayHarness, GraphQLResponse, HarnessOptions } from './gateway-harness.js';
import type { NodeSpec, SandboxRequest, SandboxUser } from '../../src/sandbox/index.js';

export const MUTATION_HARNESS: HarnessOptions = {
  sandbox: { processes: 10, revokeDelayMs: 30 },
  client: { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } },
};

export const MUTATIONS = {
  approveTask: 'ApproveTaskInput',
  rejectTask: 'RejectTaskInput',
  transferTasks: 'TransferTasksInput',
  addApprovers: 'AddApproversInput',
  withdrawProcess: 'WithdrawProcessInput',
  revokeProcess: 'RevokeProcessInput',
} as const;
export type MutationName = keyof typeof MUTATIONS;

export interface TaskState {
  approverId: string;
  status: string;
  assignee: { id: string } | null;
}

export interface ProcessState {
  processId: string;
  status: string;
  approverTasks: TaskState[];
}

/** Any member of a `<Name>Result` union, with the fields its kind has. */
export interface MutationResult {
  __typename: string;
  processId?: string;
  process?: ProcessState | null;
  message?: string;
  code?: string;
  feishuCode?: number | null;
  logId?: string | null;
  field?: string | null;
  retryAfter?: number | null;
}

const PROCESS_STATE = 'processId status approverTasks { approverId status assignee { id } }';

export function mutationDocument(name: MutationName): string {
  const success = `${name.charAt(0).toUpperCase()}${name.slice(1)}Success`;
  return /* GraphQL */ `
    mutation ($input: ${MUTATIONS[name]}!) {
      result: ${name}(input: $input) {
        __typename
        ... on ${success} { processId process { ${PROCESS_STATE} } }
        ... on Error { message code feishuCode logId }
        ... on InvalidInputError { field }
        ... on RateLimitedError { retryAfter }
      }
    }
  `;
}

export const PROCESS_QUERY = /* GraphQL */ `
  query ($processId: ID!) { process(processId: $processId) { ${PROCESS_STATE} } }
`;

export async function mutate(harness: GatewayHarness, name: MutationName, input: Record<string, unknown>): Promise<MutationResult> {
  const { data, errors } = await harness.query<{ result: MutationResult }>(mutationDocument(name), { input });
  if (errors) throw new Error(`${name} answered errors: ${JSON.stringify(errors)}`);
  return data!.result;
}

/** Posts a mutation with extra HTTP headers (e.g. Idempotency-Key), as a browser or service would. */
export async function mutateWithHeaders(
  harness: GatewayHarness,
  name: MutationName,
  input: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLResponse<{ result: MutationResult }>> {
  const response = await harness.gateway.yoga.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query: mutationDocument(name), variables: { input } }),
  });
  return (await response.json()) as GraphQLResponse<{ result: MutationResult }>;
}

export async function readProcess(harness: GatewayHarness, processId: string): Promise<ProcessState | null> {
  const { data, errors } = await harness.query<{ process: ProcessState | null }>(PROCESS_QUERY, { processId });
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

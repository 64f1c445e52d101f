/**
 * Domain queries and commands to Feishu requests (method, path, query, body) for the ten endpoints.
 * Pure: the client sends what these return, and tests compare them to the documented examples.
 */
import type {
  Actor,
  AddApproversCommand,
  ApproveTaskCommand,
  EndProcessCommand,
  RejectTaskCommand,
  TransferTasksCommand,
} from '../domain/actions.js';
import type { UserIdType } from '../domain/process.js';
import type { Endpoint, ListApproverTasksQuery, ListProcessesQuery } from './api.js';
import {
  approvalTypeCodes,
  approverActionCodes,
  approverListStatusCodes,
  extraTypeCodes,
  processStatusCodes,
  USER_ID_TYPE_PARAM,
} from './codes.js';
import type { QueryValue } from './http.js';
import { toWireFormValues } from './map.js';
import type { WireApproverUpdateBody, WireEndProcessBody, WireExtraBody, WireTransferBody } from './wire.js';

export interface EndpointRequest {
  endpoint: Endpoint;
  method: 'GET' | 'PUT';
  /** Below `/open-apis`, with every id segment URL-encoded. */
  path: string;
  query: Readonly<Record<string, QueryValue>>;
  body?: WireApproverUpdateBody | WireExtraBody | WireTransferBody | WireEndProcessBody;
  /** Approve/reject answer with a second code inside `data`. */
  nestedCode?: boolean;
}

const PROCESSES = '/corehr/v2/processes';
/** An empty id would name another resource (`/processes/` is the list): never sent. */
function segment(id: string): string {
  if (id === '') throw new RangeError('an id in a Feishu path must not be empty');
  return encodeURIComponent(id);
}

function userIdType(type: UserIdType | undefined): string | undefined {
  return type === undefined ? undefined : USER_ID_TYPE_PARAM[type];
}

/** The actor's id type governs every user id in a write body; the system acts without one. */
function actorQuery(actor: Actor): Record<string, QueryValue> {
  return { user_id_type: userIdType(actor.userIdType) };
}

export function listProcessesRequest(query: ListProcessesQuery): EndpointRequest {
  return {
    endpoint: 'listProcesses',
    method: 'GET',
    path: PROCESSES,
    query: {
      modify_time_from: String(query.modifiedFrom.getTime()),
      modify_time_to: String(query.modifiedTo.getTime()),
      page_size: query.pageSize,
      page_token: query.pageToken,
      statuses: query.statuses?.map((status) => processStatusCodes.codeOf(status)),
      flow_definition_id: query.flowDefinitionId,
    },
  };
}

export function getProcessRequest(processId: string, idType: UserIdType = 'OPEN_ID'): EndpointRequest {
  return { endpoint: 'getProcess', method: 'GET', path: `${PROCESSES}/${segment(processId)}`, query: { user_id_type: userIdType(idType) } };
}

/** Feishu's default id type here is people_corehr_id, so `user_id_type` is sent only when asked for. */
export function formDataRequest(processId: string, idType?: UserIdType): EndpointRequest {
  return {
    endpoint: 'getFormData',
    method: 'GET',
    path: `${PROCESSES}/${segment(processId)}/form_variable_data`,
    query: { user_id_type: userIdType(idType) },
  };
}

export function flowDataRequest(processId: string, keys: readonly string[] = [], idType?: UserIdType): EndpointRequest {
  return {
    endpoint: 'getFlowData',
    method: 'GET',
    path: `${PROCESSES}/${segment(processId)}/flow_variable_data`,
    query: { user_id_type: userIdType(idType), variable_keys: keys.length > 0 ? keys : undefined },
  };
}

export function listApproversRequest(query: ListApproverTasksQuery): EndpointRequest {
  return {
    endpoint: 'listApprovers',
    method: 'GET',
    path: '/corehr/v2/approvers',
    query: {
      user_id: query.userId,
      user_id_type: userIdType(query.userIdType),
      page_size: query.pageSize,
      page_token: query.pageToken,
      approver_status: query.status === undefined ? undefined : approverListStatusCodes.codeOf(query.status),
    },
  };
}

/**
 * The actor as each write endpoint names it: Feishu calls the user's field `user_id` or `operator`,
 * and the "the system acts" flag `system_approval` or `system_user`, depending on the endpoint.
 */
function actorFields<I extends string, S extends string>(
  actor: Actor,
  idField: I,
  systemField: S,
): Partial<Record<I, string>> & Record<S, boolean> {
  const fields = actor.kind === 'user' ? { [idField]: actor.userId, [systemField]: false } : { [systemField]: true };
  return fields as Partial<Record<I, string>> & Record<S, boolean>;
}

/** A PUT below one process (`processes/:id/<below>`), naming the actor's id type in the query. */
function processPut(
  endpoint: Endpoint,
  command: { processId: string; actor: Actor },
  below: string,
  body: NonNullable<EndpointRequest['body']>,
): EndpointRequest {
  return { endpoint, method: 'PUT', path: `${PROCESSES}/${segment(command.processId)}/${below}`, query: actorQuery(command.actor), body };
}

function approverUpdate(command: ApproveTaskCommand | RejectTaskCommand, body: WireApproverUpdateBody): EndpointRequest {
  const full = { ...body, ...actorFields(command.actor, 'user_id', 'system_approval'), reason: command.reason };
  return { ...processPut('updateApprover', command, `approvers/${segment(command.approverId)}`, full), nestedCode: true };
}

export function approveRequest(command: ApproveTaskCommand): EndpointRequest {
  const formValues = command.formValues ?? [];
  return approverUpdate(command, {
    status: approverActionCodes.codeOf('APPROVE'),
    field_values_v2: formValues.length > 0 ? toWireFormValues(formValues) : undefined,
  });
}

export function rejectRequest(command: RejectTaskCommand): EndpointRequest {
  return approverUpdate(command, { status: approverActionCodes.codeOf('REJECT') });
}

export function addApproversRequest(command: AddApproversCommand): EndpointRequest {
  const body: WireExtraBody = {
    ...actorFields(command.actor, 'operator', 'system_user'),
    // Feishu lets node_id win when both are given; sending one keeps the request unambiguous.
    ...(command.nodeId !== undefined ? { node_id: command.nodeId } : { approver_id: command.approverId }),
    extra_type: extraTypeCodes.codeOf(command.position),
    approval_type: command.approvalMode === undefined ? undefined : approvalTypeCodes.codeOf(command.approvalMode),
    extra_user_ids: command.userIds,
    remark: command.remark,
  };
  return processPut('addApprovers', command, 'extra', body);
}

export function transferRequest(command: TransferTasksCommand): EndpointRequest {
  const body: WireTransferBody = {
    ...actorFields(command.actor, 'operator', 'system_user'),
    to_user_id: command.toUserId,
    approver_ids: command.approverIds,
    remark: command.remark,
  };
  return processPut('transferTasks', command, 'transfer', body);
}

/** Withdraw and revoke share a body; their paths are top-level resources, not under `processes`. */
export function endProcessRequest(endpoint: 'withdrawProcess' | 'revokeProcess', command: EndProcessCommand): EndpointRequest {
  const resource = endpoint === 'withdrawProcess' ? 'process_withdraw' : 'process_revoke';
  const body: WireEndProcessBody = {
    ...actorFields(command.actor, 'user_id', 'system_user'),
    reason: command.reason,
  };
  return { endpoint, method: 'PUT', path: `/corehr/v2/${resource}/${segment(command.processId)}`, query: actorQuery(command.actor), body };
}

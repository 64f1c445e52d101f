/** The five write endpoints (actions.md §6-10): body validation and id resolution, then the machine. */
import { approverActionCodes, extraTypeCodes } from '../../upstream/codes.js';
import type { WireApproverUpdateData, WireFormValueWrite } from '../../upstream/wire.js';
import type { SandboxCore } from '../core.js';
import type { UserIdTypeParam } from '../directory.js';
import { CODES, SimError } from '../errors.js';
import type { SimActor } from '../machine.js';
import type { SimUser } from '../model.js';
import { canonicalWrites } from '../variables.js';
import { departmentIdTypeParam, objectBody, optionalBoolean, optionalString, stringList, userIdTypeParam } from './params.js';

export interface WriteRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
}

type EmptyData = Record<string, never>;

function resolveUser(core: SandboxCore, id: string, type: UserIdTypeParam, unknown: number): SimUser {
  const user = core.tenant.directory.findUser(id, type);
  if (!user) throw new SimError(unknown, `no user ${id} (${type})`);
  return user;
}

/** The acting user from `key`, or the system when `systemKey` is true (then the user may be omitted). */
function actorOf(
  core: SandboxCore,
  body: Record<string, unknown>,
  key: string,
  systemKey: string,
  type: UserIdTypeParam,
  invalid: number,
): SimActor {
  if (optionalBoolean(body, systemKey, invalid)) return 'system';
  const id = optionalString(body, key, invalid);
  if (!id) throw new SimError(invalid, `${key} is required unless ${systemKey} is true`);
  return resolveUser(core, id, type, CODES.cannotResolveUser);
}

function formValues(value: unknown): WireFormValueWrite[] {
  if (value === undefined || value === null) return [];
  const valid =
    Array.isArray(value) &&
    value.every(
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        typeof v.variable_api_name === 'string' &&
        typeof v.variable_value === 'object' &&
        v.variable_value !== null,
    );
  if (!valid) throw new SimError(CODES.invalidActionParam, 'field_values_v2 must be a list of {variable_api_name, variable_value}');
  return value as WireFormValueWrite[];
}

export function updateApprover(core: SandboxCore, { params, query, body: raw }: WriteRequest): WireApproverUpdateData {
  const invalid = CODES.invalidActionParam;
  const body = objectBody(raw, invalid);
  const users = userIdTypeParam(query, 'open_id', invalid);
  const departments = departmentIdTypeParam(query, 'open_department_id', invalid);
  const action = approverActionCodes.nameOf(typeof body.status === 'number' ? body.status : undefined);
  if (!action) throw new SimError(invalid, 'status must be 2 (reject) or 3 (approve)');
  const actor = actorOf(core, body, 'user_id', 'system_approval', users, invalid);
  const reason = optionalString(body, 'reason', invalid, 1000) ?? '';
  if (action === 'REJECT' && reason.trim() === '') throw new SimError(invalid, 'reason is required when rejecting');
  const writes = canonicalWrites(formValues(body.field_values_v2), { directory: core.tenant.directory, users, departments });
  core.machine.decide(params.process_id!, params.approver_id!, {
    action: action === 'APPROVE' ? 'approve' : 'reject',
    actor,
    reason,
    formWrites: writes,
  });
  return { code: 0, msg: 'success' };
}

export function addApprovers(core: SandboxCore, { params, query, body: raw }: WriteRequest): EmptyData {
  const invalid = CODES.invalidParam;
  const body = objectBody(raw, invalid);
  const users = userIdTypeParam(query, 'open_id');
  const position = extraTypeCodes.nameOf(typeof body.extra_type === 'number' ? body.extra_type : undefined);
  if (!position) throw new SimError(invalid, 'extra_type must be 0 (before), 1 (parallel) or 2 (after)');
  const approvalType = body.approval_type ?? undefined;
  if (approvalType !== undefined && approvalType !== 0 && approvalType !== 1) throw new SimError(invalid, 'approval_type must be 0 or 1');
  if (position === 'PARALLEL' && approvalType !== 1) throw new SimError(invalid, 'a parallel add-sign needs approval_type 1');
  const nodeId = optionalString(body, 'node_id', invalid);
  const approverId = optionalString(body, 'approver_id', invalid);
  if (!nodeId && !approverId) throw new SimError(invalid, 'node_id or approver_id is required');
  optionalString(body, 'remark', invalid);
  const actor = actorOf(core, body, 'operator', 'system_user', users, invalid);
  const added = stringList(body, 'extra_user_ids', 1, 20, invalid).map((id) => resolveUser(core, id, users, CODES.cannotResolveUser));
  core.machine.addSigners(params.process_id!, {
    actor,
    nodeId: nodeId || undefined,
    approverId: approverId || undefined,
    position,
    mode: approvalType === 1 ? 'AND' : 'OR',
    users: added,
  });
  return {};
}

export function transferTasks(core: SandboxCore, { params, query, body: raw }: WriteRequest): EmptyData {
  const invalid = CODES.invalidParam;
  const body = objectBody(raw, invalid);
  const users = userIdTypeParam(query, 'open_id');
  const toId = optionalString(body, 'to_user_id', invalid);
  if (!toId) throw new SimError(invalid, 'to_user_id is required');
  const approverIds = stringList(body, 'approver_ids', 1, 20, invalid);
  optionalString(body, 'remark', invalid);
  const actor = actorOf(core, body, 'operator', 'system_user', users, invalid);
  const to = resolveUser(core, toId, users, CODES.employeeNotFound);
  core.machine.transfer(params.process_id!, actor, to, approverIds);
  return {};
}

function endProcessActor(core: SandboxCore, { query, body: raw }: WriteRequest): SimActor {
  const invalid = CODES.invalidParam;
  const body = objectBody(raw, invalid);
  const users = userIdTypeParam(query, 'open_id');
  optionalString(body, 'reason', invalid, 500);
  return actorOf(core, body, 'user_id', 'system_user', users, invalid);
}

export function withdrawProcess(core: SandboxCore, request: WriteRequest): EmptyData {
  core.machine.withdraw(request.params.process_id!, endProcessActor(core, request));
  return {};
}

export function revokeProcess(core: SandboxCore, request: WriteRequest): EmptyData {
  core.machine.revoke(request.params.process_id!, endProcessActor(core, request));
  return {};
}

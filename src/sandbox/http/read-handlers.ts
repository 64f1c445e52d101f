/** The five read endpoints (processes.md §1-5). Each returns the envelope's `data` or throws a SimError. */
import { APPROVER_STATUS_FILTERABLE, approverListStatusCodes, processStatusCodes } from '../../upstream/codes.js';
import type { WireApproversData, WireProcess, WireProcessListData, WireVariableData } from '../../upstream/wire.js';
import { HIRE_BPM_BIZ_TYPES } from '../catalog.js';
import type { SandboxCore } from '../core.js';
import { CODES, SimError } from '../errors.js';
import { compareIds } from '../ids.js';
import type { SimProcess } from '../model.js';
import { approverPage, renderProcess } from '../render.js';
import { flowVariables, formVariables, renderVariables } from '../variables.js';
import { departmentIdTypeParam, integerParam, pageSizeParam, repeatedParam, userIdTypeParam } from './params.js';

export interface ReadRequest {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
}

/** The list's window must be shorter than 31 days. */
const MAX_WINDOW_MS = 31 * 86_400_000;
const PROCESS_STATUSES = new Set(processStatusCodes.codes());
const FILTERABLE_APPROVER_STATUSES = new Set(APPROVER_STATUS_FILTERABLE.map((name) => approverListStatusCodes.codeOf(name)));

function msParam(query: URLSearchParams, name: string): number {
  const raw = query.get(name);
  if (raw === null || !/^\d{1,16}$/.test(raw)) throw new SimError(CODES.invalidParam, `${name} must be a Unix time in ms`);
  return Number(raw);
}

export function listProcesses(core: SandboxCore, { query }: ReadRequest): WireProcessListData {
  const from = msParam(query, 'modify_time_from');
  const to = msParam(query, 'modify_time_to');
  if (to < from) throw new SimError(CODES.invalidParam, 'modify_time_to is before modify_time_from');
  if (to - from >= MAX_WINDOW_MS) throw new SimError(CODES.invalidParam, 'the modification time window must be shorter than 31 days');
  const pageSize = pageSizeParam(query);
  const statuses = repeatedParam(query, 'statuses').map((raw) => {
    const status = Number(raw);
    if (!Number.isInteger(status) || !PROCESS_STATUSES.has(status)) throw new SimError(CODES.invalidParam, `unknown status ${raw}`);
    return status;
  });
  const flowDefinitionId = query.get('flow_definition_id') || undefined;
  const after = query.get('page_token') || undefined;
  if (after !== undefined && !/^\d+$/.test(after)) throw new SimError(CODES.invalidParam, 'invalid page_token');
  // Ordered by id, the page token is the last id given: stable even while processes change.
  const matching = core.tenant
    .modifiedBetween(from, to)
    .filter((p) => (statuses.length === 0 || statuses.includes(p.status)) && (!flowDefinitionId || p.flow.id === flowDefinitionId))
    .filter((p) => after === undefined || compareIds(p.id, after) > 0)
    .map((p) => p.id)
    .sort(compareIds);
  const page = matching.slice(0, pageSize);
  const hasMore = matching.length > pageSize;
  return hasMore ? { process_ids: page, has_more: true, page_token: page[page.length - 1] } : { process_ids: page, has_more: false };
}

function existing(core: SandboxCore, processId: string | undefined): SimProcess {
  const process = processId === undefined ? undefined : core.tenant.processes.get(processId);
  if (!process) throw new SimError(CODES.notFound);
  return process;
}

export function getProcess(core: SandboxCore, { params, query }: ReadRequest): WireProcess {
  const users = userIdTypeParam(query, 'open_id');
  return renderProcess(existing(core, params.process_id), users, core.tenant);
}

export function getFormData(core: SandboxCore, { params, query }: ReadRequest): WireVariableData {
  const users = userIdTypeParam(query, 'people_corehr_id');
  const departments = departmentIdTypeParam(query, 'people_corehr_department_id');
  const process = existing(core, params.process_id);
  if (HIRE_BPM_BIZ_TYPES.has(process.flow.bizType))
    throw new SimError(CODES.notFound, 'process not found: Hire BPM processes are not served here');
  const { directory } = core.tenant;
  return {
    field_variable_values: renderVariables(formVariables(process, directory), { directory, users, departments }),
    process_id: process.id,
  };
}

export function getFlowData(core: SandboxCore, { params, query }: ReadRequest): WireVariableData {
  const users = userIdTypeParam(query, 'people_corehr_id');
  const departments = departmentIdTypeParam(query, 'people_corehr_department_id');
  const keys = new Set(repeatedParam(query, 'variable_keys'));
  const process = existing(core, params.process_id);
  const { directory } = core.tenant;
  const fields = flowVariables(process, directory).filter((field) => keys.size === 0 || keys.has(field.variable_api_name));
  return { field_variable_values: renderVariables(fields, { directory, users, departments }), process_id: process.id };
}

export function listApprovers(core: SandboxCore, { query }: ReadRequest): WireApproversData {
  const userIdType = userIdTypeParam(query, 'open_id');
  const userId = query.get('user_id');
  if (!userId) throw new SimError(CODES.invalidParam, 'user_id is required');
  const pageSize = pageSizeParam(query);
  const page = integerParam(query, 'page_token') ?? 1;
  if (page < 1) throw new SimError(CODES.invalidParam, 'invalid page_token');
  const status = integerParam(query, 'approver_status');
  if (status !== undefined && !FILTERABLE_APPROVER_STATUSES.has(status)) throw new SimError(CODES.listTypeNotFound);
  const user = core.tenant.directory.findUser(userId, userIdType);
  if (!user) throw new SimError(CODES.cannotResolveUser);
  const { entries, hasMore } = approverPage(user, core.tenant, status, (page - 1) * pageSize, pageSize);
  return hasMore ? { page_token: String(page + 1), has_more: true, approver_list: entries } : { has_more: false, approver_list: entries };
}

/**
 * The one wire → domain mapping (and domain → wire for request bodies). Nothing else in the gateway
 * reads snake_case.
 */
import type { ApproverTaskUpdatedEvent, ProcessEvent } from '../domain/events.js';
import type { FieldRecord, FieldValue, FieldValueInput, FieldVariable, FormValueInput } from '../domain/field-value.js';
import type {
  ApproverTask,
  ApproverTaskPage,
  CcTask,
  I18nText,
  Person,
  Process,
  ProcessIdPage,
  ProcessLinks,
  TaskSource,
} from '../domain/process.js';
import {
  approverListStatusCodes,
  doneItemStatusCodes,
  nodeStatusCodes,
  nodeTypeCodes,
  processKindCodes,
  processStatusCodes,
  taskEventStatusCodes,
  taskTypeCodes,
} from './codes.js';
import {
  EVENT_TYPES,
  type WireApproverEvent,
  type WireApproversData,
  type WireCcEvent,
  type WireCommentEvent,
  type WireDoneItem,
  type WireEventEnvelope,
  type WireFieldVariableValue,
  type WireFormValueWrite,
  type WireI18n,
  type WireLink,
  type WireNodeEvent,
  type WireProcess,
  type WireProcessListData,
  type WireProcessStatusEvent,
  type WireSubValue,
  type WireVariableData,
  type WireVariableValue,
  type WireVariableValueWrite,
} from './wire.js';

/** Thrown when a wire value has no name in its code space: Feishu sent something we do not know. */
export class UnknownCodeError extends Error {
  constructor(space: string, code: unknown) {
    super(`unknown ${space} code ${String(code)}`);
    this.name = 'UnknownCodeError';
  }
}

function required<N>(name: N | undefined, space: string, code: unknown): N {
  if (name === undefined) throw new UnknownCodeError(space, code);
  return name;
}

export function mapI18n(value: WireI18n | undefined): I18nText | undefined {
  if (!value) return undefined;
  const text: I18nText = {};
  if (value.zh_cn !== undefined) text.zhCn = value.zh_cn;
  if (value.en_us !== undefined) text.enUs = value.en_us;
  return text;
}

/** Unix ms as a string (Feishu's timestamps) to a Date; empty or garbage is no date. */
export function msToDate(ms: string | undefined): Date | undefined {
  if (ms === undefined || ms === '') return undefined;
  const n = Number(ms);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const date = new Date(n);
  // Past the Date range (e.g. a 20-digit value) the Date is invalid: no date rather than a broken one.
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function daysToIsoDate(days: string): string {
  return new Date(Number(days) * 86_400_000).toISOString().slice(0, 10);
}

export function isoDateToDays(date: string): string {
  return String(Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000));
}

function mapLinks(links: WireLink | undefined): ProcessLinks | undefined {
  if (!links) return undefined;
  return { webLink: links.web_link, pcLink: links.pc_link, mobileLink: links.mobile_link };
}

function person(id: string | undefined, name: WireI18n | undefined): Person | null {
  return id ? { id, name: mapI18n(name) } : null;
}

function mapTaskItem(processId: string, item: WireDoneItem, source: TaskSource): ApproverTask {
  const open = source === 'TODO' || source === 'SYSTEM_TODO';
  const status = open ? 'IN_PROGRESS' : required(doneItemStatusCodes.nameOf(item.status), 'done item status', item.status);
  const system = source === 'SYSTEM_TODO' || source === 'SYSTEM_DONE';
  return {
    approverId: item.approver_id,
    processId,
    status,
    source,
    type: taskTypeCodes.nameOf(item.type),
    assignee: system ? null : person(item.operator_id, item.operator_name),
    operatorName: mapI18n(item.operator_name),
    nodeDefinitionId: item.node_definition_id,
    nodeName: mapI18n(item.node_name),
    links: mapLinks(item.links),
    createdAt: msToDate(item.create_time),
    completedAt: msToDate(item.complete_time),
    opinion: item.approval_opinion,
  };
}

export function mapProcess(wire: WireProcess): Process {
  const id = wire.process_id;
  const tasks = (items: WireDoneItem[] | undefined, source: TaskSource) => (items ?? []).map((item) => mapTaskItem(id, item, source));
  const ccTasks: CcTask[] = (wire.cc_list ?? []).map((cc) => ({
    approverId: cc.approver_id,
    processId: id,
    recipient: person(cc.operator_id, cc.operator_name),
    nodeDefinitionId: cc.node_definition_id,
    nodeName: mapI18n(cc.node_name),
    links: mapLinks(cc.links),
    createdAt: msToDate(cc.create_time),
  }));
  return {
    processId: id,
    status: required(processStatusCodes.nameOf(wire.status), 'process status', wire.status),
    kind: processKindCodes.nameOf(wire.properties),
    processName: mapI18n(wire.process_name),
    flowTemplateId: wire.flow_template_id,
    flowTemplateName: mapI18n(wire.flow_template_name),
    flowDefinitionId: wire.flow_definition_id,
    flowDefinitionName: mapI18n(wire.flow_definition_name),
    initiator: person(wire.initiator_id, wire.initiator_name),
    createdAt: msToDate(wire.create_time),
    completedAt: msToDate(wire.complete_time),
    startLinks: mapLinks(wire.start_links),
    abstracts: (wire.abstracts ?? []).map((a) => ({ name: mapI18n(a.name), value: mapI18n(a.value) })),
    approverTasks: [
      ...tasks(wire.todos, 'TODO'),
      ...tasks(wire.done_list, 'DONE'),
      ...tasks(wire.system_todos, 'SYSTEM_TODO'),
      ...tasks(wire.system_done_list, 'SYSTEM_DONE'),
    ],
    ccTasks,
    comments: (wire.comment_infos ?? []).map((c) => ({
      commentId: c.comment_id,
      commentor: person(c.commentor_id, c.commentor_name),
      commentedAt: msToDate(c.comment_time),
      message: c.comment_msg,
      atUserIds: c.at_user_ids ?? [],
      fileCount: c.file_count ?? 0,
      imageCount: c.image_count ?? 0,
    })),
    originalProcessId: wire.original_process_id || undefined,
    isLastCompletedCorrectProcess: wire.is_last_completed_correct_process,
  };
}

export function mapProcessIdPage(data: WireProcessListData | undefined): ProcessIdPage {
  const hasMore = data?.has_more ?? false;
  return { processIds: data?.process_ids ?? [], hasMore, pageToken: hasMore ? data?.page_token : undefined };
}

export function mapApproverTaskPage(data: WireApproversData | undefined): ApproverTaskPage {
  const hasMore = data?.has_more ?? false;
  const items = data?.approver_list ?? data?.approvers ?? [];
  return {
    tasks: items.map((item) => ({
      approverId: item.approver_id,
      processId: item.process_id,
      status: required(approverListStatusCodes.nameOf(item.approver_status), 'approver status', item.approver_status),
      source: 'APPROVERS_LIST',
      assignee: null,
    })),
    hasMore,
    pageToken: hasMore ? data?.page_token : undefined,
  };
}

class UnresolvableValue extends Error {}

/** Resolves one VariableValue; list and record members are looked up in `subValues`, recursively. */
function resolveValue(
  value: WireVariableValue,
  subValues: ReadonlyMap<string, WireVariableValue>,
  path: readonly string[],
): FieldValue | null {
  const lookup = (key: string): FieldValue | null => {
    if (path.includes(key)) throw new UnresolvableValue(`reference cycle through sub-value key "${key}"`);
    const sub = subValues.get(key);
    if (!sub) throw new UnresolvableValue(`missing sub-value key "${key}"`);
    return resolveValue(sub, subValues, [...path, key]);
  };
  if (value.list_values !== undefined) {
    return { kind: 'list', items: value.list_values.map(lookup).filter((v): v is FieldValue => v !== null) };
  }
  if (value.record_values !== undefined) {
    const records: FieldRecord[] = value.record_values.map((r) => ({
      apiName: r.variable_api_name,
      recordId: r.record_id,
      value: lookup(r.sub_value_key),
    }));
    return { kind: 'record', records };
  }
  if (value.text_value !== undefined) return { kind: 'text', text: value.text_value };
  if (value.bool_value !== undefined) return { kind: 'bool', bool: value.bool_value };
  if (value.number_value !== undefined) return { kind: 'number', number: value.number_value };
  if (value.enum_value !== undefined) return { kind: 'enum', enumId: value.enum_value };
  if (value.date_value !== undefined) {
    if (!/^-?\d{1,7}$/.test(value.date_value)) throw new UnresolvableValue(`date_value "${value.date_value}" is not a day count`);
    return { kind: 'date', date: daysToIsoDate(value.date_value) };
  }
  if (value.date_time_value !== undefined) {
    const dateTime = msToDate(value.date_time_value);
    if (!dateTime) throw new UnresolvableValue(`date_time_value "${value.date_time_value}" is not a time in ms`);
    return { kind: 'dateTime', dateTime };
  }
  if (value.i18n_value !== undefined) return { kind: 'i18n', i18n: mapI18n(value.i18n_value) ?? {} };
  if (value.object_value !== undefined) {
    return { kind: 'object', object: { wkId: value.object_value.wk_id, wkApiName: value.object_value.wk_api_name } };
  }
  if (value.user_value !== undefined) return { kind: 'user', userId: value.user_value };
  if (value.department_value !== undefined) return { kind: 'department', departmentId: value.department_value };
  if (value.employment_value !== undefined) return { kind: 'employment', employmentId: value.employment_value };
  if (value.file_value !== undefined) {
    const f = value.file_value;
    return { kind: 'file', file: { openFileId: f.open_file_id, fileName: f.file_name, length: f.length, mimeType: f.mime_type } };
  }
  return null;
}

function mapFieldVariable(wire: WireFieldVariableValue): FieldVariable {
  const base = { apiName: wire.variable_api_name, name: mapI18n(wire.variable_name) };
  if (!wire.variable_value) return { ...base, value: null };
  const subValues = new Map((wire.sub_values ?? []).map((s: WireSubValue) => [s.key, s.value]));
  try {
    return { ...base, value: resolveValue(wire.variable_value, subValues, []) };
  } catch (error) {
    if (error instanceof UnresolvableValue) return { ...base, value: null, problem: error.message };
    throw error;
  }
}

export function mapVariableData(data: WireVariableData | undefined): FieldVariable[] {
  return (data?.field_variable_values ?? []).map(mapFieldVariable);
}

/** Domain form values to `field_values_v2`; list items become generated sub-value keys. */
export function toWireFormValues(values: readonly FormValueInput[]): WireFormValueWrite[] {
  return values.map((input) => {
    const subValues: { key: string; value: WireVariableValueWrite }[] = [];
    const write = (value: FieldValueInput): WireVariableValueWrite => {
      switch (value.kind) {
        case 'text':
          return { text_value: value.text };
        case 'bool':
          return { bool_value: value.bool };
        case 'number':
          return { number_value: value.number };
        case 'enum':
          return { enum_value: value.enumId };
        case 'date':
          return { date_value: isoDateToDays(value.date) };
        case 'dateTime':
          return { date_time_value: String(value.dateTime.getTime()) };
        case 'i18n':
          return { i18n_value: { zh_cn: value.i18n.zhCn, en_us: value.i18n.enUs } };
        case 'object':
          return { object_value: { wk_id: value.object.wkId, wk_api_name: value.object.wkApiName } };
        case 'department':
          return { department_value: value.departmentId };
        case 'employment':
          return { employment_value: value.employmentId };
        case 'file':
          return { file_value: { open_file_id: value.file.openFileId, file_name: value.file.fileName, length: value.file.length } };
        case 'list': {
          const keys = value.items.map((item) => {
            const itemValue = write(item);
            const key = `k${subValues.length + 1}`;
            subValues.push({ key, value: itemValue });
            return key;
          });
          return { list_values: keys };
        }
      }
    };
    const variableValue = write(input.value);
    return subValues.length > 0
      ? { variable_api_name: input.apiName, variable_value: variableValue, sub_values: subValues }
      : { variable_api_name: input.apiName, variable_value: variableValue };
  });
}

/** A schema-2.0 process event to its domain form; undefined for event types we do not handle. */
export function mapEvent(envelope: WireEventEnvelope): ProcessEvent | undefined {
  const header = envelope.header;
  const base = { eventId: header.event_id, occurredAt: msToDate(header.create_time) ?? new Date() };
  switch (header.event_type) {
    case EVENT_TYPES.statusUpdate:
    case EVENT_TYPES.updated: {
      const e = envelope.event as WireProcessStatusEvent;
      return {
        ...base,
        type: header.event_type === EVENT_TYPES.statusUpdate ? 'PROCESS_STATUS_CHANGED' : 'PROCESS_UPDATED',
        processId: e.process_id,
        bizType: e.biz_type,
        status: required(processStatusCodes.nameOf(e.status), 'process status', e.status),
        flowDefinitionId: e.flow_definition_id,
        kind: processKindCodes.nameOf(e.properties),
      };
    }
    case EVENT_TYPES.nodeUpdated: {
      const e = envelope.event as WireNodeEvent;
      return {
        ...base,
        type: 'NODE_UPDATED',
        processId: e.process_id,
        bizType: e.biz_type,
        flowDefinitionId: e.flow_definition_id,
        nodeDefinitionId: e.node_definition_id,
        processNodeId: e.process_node_id,
        nodeType: nodeTypeCodes.nameOf(e.node_type),
        nodeStatus: required(nodeStatusCodes.nameOf(e.node_status), 'node status', e.node_status),
      };
    }
    case EVENT_TYPES.approverUpdated: {
      const e = envelope.event as WireApproverEvent;
      const event: ApproverTaskUpdatedEvent = {
        ...base,
        type: 'APPROVER_TASK_UPDATED',
        processId: e.process_id,
        bizType: e.biz_type,
        approverId: e.approver_id,
        taskType: taskTypeCodes.nameOf(e.type),
        taskStatus: required(taskEventStatusCodes.nameOf(e.status), 'approver event status', e.status),
        flowDefinitionId: e.flow_definition_id,
        nodeDefinitionId: e.node_definition_id,
        nodeId: e.node_id_str ?? e.node_id,
      };
      return event;
    }
    case EVENT_TYPES.ccUpdated: {
      const e = envelope.event as WireCcEvent;
      return { ...base, type: 'CC_UPDATED', processId: e.process_id, bizType: e.biz_type, approverId: e.approver_id };
    }
    case EVENT_TYPES.commentUpdated: {
      const e = envelope.event as WireCommentEvent;
      return { ...base, type: 'COMMENT_ADDED', processId: e.process_id, commentId: e.comment_id };
    }
    default:
      return undefined;
  }
}

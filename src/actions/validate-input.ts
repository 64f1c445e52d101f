/**
 * Mutation inputs checked and turned into commands before anything is sent to Feishu. Limits are
 * Feishu's documented ones where it documents them, so a request we let through is never refused for
 * its shape; elsewhere (ids, remarks, form values) bounds generous for real use keep one request from
 * carrying megabytes to Feishu or into the audit log.
 */
import type {
  Actor,
  AddApproverPosition,
  AddApproversCommand,
  ApprovalMode,
  ApproveTaskCommand,
  EndProcessCommand,
  RejectTaskCommand,
  TransferTasksCommand,
} from '../domain/actions.js';
import type { FieldValueInput, FormValueInput } from '../domain/field-value.js';
import type { I18nText, UserIdType } from '../domain/process.js';
import { invalidInput } from './action-error.js';

type Maybe<T> = T | null | undefined;

export interface ActorInput {
  actorId?: Maybe<string>;
  actorIdType?: Maybe<UserIdType>;
  asSystem?: Maybe<boolean>;
}

/** The caller's own Feishu user (from its API key or JWT): the actor when an input names none. */
export interface CallerIdentity {
  userId: string;
  userIdType: UserIdType;
}

export interface FieldValueGraphInput {
  text?: Maybe<string>;
  bool?: Maybe<boolean>;
  number?: Maybe<string>;
  enumId?: Maybe<string>;
  date?: Maybe<string>;
  dateTime?: Maybe<Date>;
  i18n?: Maybe<{ zhCn?: Maybe<string>; enUs?: Maybe<string> }>;
  object?: Maybe<{ wkId: string; wkApiName: string }>;
  departmentId?: Maybe<string>;
  employmentId?: Maybe<string>;
  list?: Maybe<readonly FieldValueGraphInput[]>;
  file?: Maybe<{ openFileId: string; fileName?: Maybe<string>; length?: Maybe<number> }>;
}

export interface FormValueGraphInput {
  apiName: string;
  value: FieldValueGraphInput;
}

export interface ApproveTaskInput extends ActorInput {
  processId: string;
  approverId: string;
  reason?: Maybe<string>;
  formValues?: Maybe<readonly FormValueGraphInput[]>;
}

export interface RejectTaskInput extends ActorInput {
  processId: string;
  approverId: string;
  reason: string;
}

export interface TransferTasksInput extends ActorInput {
  processId: string;
  approverIds: readonly string[];
  toUserId: string;
  remark?: Maybe<string>;
}

export interface AddApproversInput extends ActorInput {
  processId: string;
  nodeId?: Maybe<string>;
  approverId?: Maybe<string>;
  position: AddApproverPosition;
  approvalMode?: Maybe<ApprovalMode>;
  userIds: readonly string[];
  remark?: Maybe<string>;
}

export interface EndProcessInput extends ActorInput {
  processId: string;
  reason?: Maybe<string>;
}

export const INPUT_LIMITS = {
  /** Approve and reject reasons (Feishu: 1000). */
  decisionReason: 1000,
  /** Withdraw and revoke reasons (Feishu: 500). */
  endReason: 500,
  /** Transfer and add-sign remarks (Feishu documents none). */
  remark: 500,
  /** Any id: Feishu's are a few dozen characters. */
  idLength: 128,
  /** Ids in one list (approverIds, userIds; Feishu: 20). */
  ids: 20,
  /** Form values written with one approval. */
  formValues: 100,
  /** Items of one list value. */
  listItems: 100,
  /** Characters of one text (a text, a number, a date, each language of an i18n value, a file name). */
  text: 10_000,
} as const;

const APPROVE_REASON_MAX = INPUT_LIMITS.decisionReason;
const END_REASON_MAX = INPUT_LIMITS.endReason;
const MAX_IDS = INPUT_LIMITS.ids;

function id(field: string, value: Maybe<string>): string {
  const trimmed = value?.trim();
  if (!trimmed) throw invalidInput(field, 'must not be empty');
  if (trimmed.length > INPUT_LIMITS.idLength)
    throw invalidInput(field, `at most ${INPUT_LIMITS.idLength} characters (got ${trimmed.length})`);
  return trimmed;
}

function text(field: string, value: string): string {
  if (value.length > INPUT_LIMITS.text) throw invalidInput(field, `at most ${INPUT_LIMITS.text} characters (got ${value.length})`);
  return value;
}

function optionalText(field: string, value: Maybe<string>, max: number): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length > max) throw invalidInput(field, `at most ${max} characters (got ${value.length})`);
  return value;
}

function idList(field: string, values: readonly string[]): string[] {
  if (values.length < 1 || values.length > MAX_IDS) throw invalidInput(field, `1 to ${MAX_IDS} ids (got ${values.length})`);
  const ids = values.map((value, i) => id(`${field}[${i}]`, value));
  if (new Set(ids).size !== ids.length) throw invalidInput(field, 'ids must be distinct');
  return ids;
}

/** Exactly one of a user or the system acts; an authenticated caller is the default user. */
export function resolveActor(input: ActorInput, caller?: CallerIdentity): Actor {
  if (input.asSystem) {
    if (input.actorId) throw invalidInput('actorId', 'give actorId or asSystem: true, not both');
    return input.actorIdType ? { kind: 'system', userIdType: input.actorIdType } : { kind: 'system' };
  }
  if (input.actorId) return { kind: 'user', userId: id('actorId', input.actorId), userIdType: input.actorIdType ?? 'OPEN_ID' };
  if (caller) return { kind: 'user', ...caller };
  throw invalidInput('actorId', 'say who acts: actorId, or asSystem: true');
}

function i18n(field: string, value: { zhCn?: Maybe<string>; enUs?: Maybe<string> }): I18nText {
  const result: I18nText = {};
  if (value.zhCn != null) result.zhCn = text(`${field}.zhCn`, value.zhCn);
  if (value.enUs != null) result.enUs = text(`${field}.enUs`, value.enUs);
  return result;
}

function fieldValue(field: string, input: FieldValueGraphInput): FieldValueInput {
  const set = Object.entries(input).filter(([, v]) => v !== null && v !== undefined);
  if (set.length !== 1) throw invalidInput(field, `set exactly one value kind (got ${set.length})`);
  if (input.text != null) return { kind: 'text', text: text(field, input.text) };
  if (input.bool != null) return { kind: 'bool', bool: input.bool };
  if (input.number != null) {
    if (input.number.length > 100) throw invalidInput(field, `number must be at most 100 characters (got ${input.number.length})`);
    if (!/^-?\d+(\.\d+)?$/.test(input.number)) throw invalidInput(field, `number must be a decimal string, got "${input.number}"`);
    return { kind: 'number', number: input.number };
  }
  if (input.enumId != null) return { kind: 'enum', enumId: id(field, input.enumId) };
  if (input.date != null) return { kind: 'date', date: text(field, input.date) };
  if (input.dateTime != null) return { kind: 'dateTime', dateTime: input.dateTime };
  if (input.i18n != null) return { kind: 'i18n', i18n: i18n(field, input.i18n) };
  if (input.object != null)
    return {
      kind: 'object',
      object: { wkId: id(`${field}.wkId`, input.object.wkId), wkApiName: id(`${field}.wkApiName`, input.object.wkApiName) },
    };
  if (input.departmentId != null) return { kind: 'department', departmentId: id(field, input.departmentId) };
  if (input.employmentId != null) return { kind: 'employment', employmentId: id(field, input.employmentId) };
  if (input.list != null) {
    if (input.list.length > INPUT_LIMITS.listItems)
      throw invalidInput(field, `a list of at most ${INPUT_LIMITS.listItems} items (got ${input.list.length})`);
    return { kind: 'list', items: input.list.map((item, i) => fieldValue(`${field}.list[${i}]`, item)) };
  }
  const file = input.file;
  if (file == null) throw invalidInput(field, 'unknown value kind');
  if (file.length != null && (file.length < 0 || file.length > 52_428_800))
    throw invalidInput(`${field}.length`, 'from 0 to 52428800 bytes');
  return {
    kind: 'file',
    file: {
      openFileId: id(`${field}.openFileId`, file.openFileId),
      fileName: file.fileName == null ? undefined : text(`${field}.fileName`, file.fileName),
      length: file.length ?? undefined,
    },
  };
}

function formValues(values: Maybe<readonly FormValueGraphInput[]>): FormValueInput[] | undefined {
  if (!values || values.length === 0) return undefined;
  if (values.length > INPUT_LIMITS.formValues)
    throw invalidInput('formValues', `at most ${INPUT_LIMITS.formValues} values (got ${values.length})`);
  return values.map((v, i) => ({
    apiName: id(`formValues[${i}].apiName`, v.apiName),
    value: fieldValue(`formValues[${i}].value`, v.value),
  }));
}

export function toApproveCommand(input: ApproveTaskInput, caller?: CallerIdentity): ApproveTaskCommand {
  return {
    processId: id('processId', input.processId),
    approverId: id('approverId', input.approverId),
    actor: resolveActor(input, caller),
    reason: optionalText('reason', input.reason, APPROVE_REASON_MAX),
    formValues: formValues(input.formValues),
  };
}

export function toRejectCommand(input: RejectTaskInput, caller?: CallerIdentity): RejectTaskCommand {
  if (!input.reason?.trim()) throw invalidInput('reason', 'a rejection needs a reason');
  return {
    processId: id('processId', input.processId),
    approverId: id('approverId', input.approverId),
    actor: resolveActor(input, caller),
    reason: optionalText('reason', input.reason, APPROVE_REASON_MAX) as string,
  };
}

export function toTransferCommand(input: TransferTasksInput, caller?: CallerIdentity): TransferTasksCommand {
  return {
    processId: id('processId', input.processId),
    approverIds: idList('approverIds', input.approverIds),
    toUserId: id('toUserId', input.toUserId),
    actor: resolveActor(input, caller),
    remark: optionalText('remark', input.remark, INPUT_LIMITS.remark),
  };
}

export function toAddApproversCommand(input: AddApproversInput, caller?: CallerIdentity): AddApproversCommand {
  if (!input.nodeId && !input.approverId) throw invalidInput('nodeId', 'give nodeId or approverId');
  // Feishu allows only all-must-approve for parallel add-sign; default to it rather than fail.
  const approvalMode = input.approvalMode ?? (input.position === 'PARALLEL' ? 'ALL' : undefined);
  if (input.position === 'PARALLEL' && approvalMode !== 'ALL') {
    throw invalidInput('approvalMode', 'PARALLEL add-sign needs approvalMode ALL');
  }
  return {
    processId: id('processId', input.processId),
    nodeId: input.nodeId ? id('nodeId', input.nodeId) : undefined,
    approverId: input.approverId ? id('approverId', input.approverId) : undefined,
    position: input.position,
    approvalMode,
    userIds: idList('userIds', input.userIds),
    actor: resolveActor(input, caller),
    remark: optionalText('remark', input.remark, INPUT_LIMITS.remark),
  };
}

export function toEndProcessCommand(input: EndProcessInput, caller?: CallerIdentity): EndProcessCommand {
  return {
    processId: id('processId', input.processId),
    actor: resolveActor(input, caller),
    reason: optionalText('reason', input.reason, END_REASON_MAX),
  };
}

/** The simulator's state as Feishu's wire shapes: the process detail and a user's task list. */
import { approverListStatusCodes, doneItemStatusCodes, taskTypeCodes } from '../upstream/codes.js';
import type { WireApproverInfo, WireCcItem, WireComment, WireDoneItem, WireLink, WireProcess, WireTodoItem } from '../upstream/wire.js';
import { userIdOf, type UserIdTypeParam } from './directory.js';
import { compareIds } from './ids.js';
import { PROPERTIES, STATUS, SYSTEM_NAME, type SimProcess, type SimTask, type SimUser } from './model.js';
import type { Tenant, UserItem } from './tenant.js';
import { abstractsOf } from './variables.js';

/** The People mini program that Feishu's applinks open (not the calling app). */
const PEOPLE_APP_ID = 'cli_9c1b2a3d4e5f6071';
const WEB_ROOT = 'https://people.example.feishu.cn/approval';

function links(page: 'start' | 'task' | 'cc', processId: string, itemId: string): WireLink {
  const path = encodeURIComponent(`approval/${page}?id=${itemId}`);
  const applink = `https://applink.feishu.cn/client/mini_program/open?appId=${PEOPLE_APP_ID}`;
  return {
    web_link: `${WEB_ROOT}/${page}?process_id=${processId}&approver_id=${itemId}`,
    pc_link: `${applink}&path=${path}`,
    mobile_link: `${applink}&mode=window&path=${path}`,
  };
}

const TASK_TYPE = { approval: taskTypeCodes.codeOf('APPROVAL'), form: taskTypeCodes.codeOf('FORM') };
const DONE_STATUS = {
  approved: doneItemStatusCodes.codeOf('APPROVED'),
  rejected: doneItemStatusCodes.codeOf('REJECTED'),
  cancelled: doneItemStatusCodes.codeOf('CANCELLED'),
} as const;

export function taskTypeOf(task: SimTask): number {
  return task.node.kind === 'form' ? TASK_TYPE.form : TASK_TYPE.approval;
}

function todoItem(task: SimTask, users: UserIdTypeParam): WireTodoItem {
  const item: WireTodoItem = {
    approver_id: task.id,
    type: taskTypeOf(task),
    links: links('task', task.process.id, task.id),
    operator_name: task.assignee?.name ?? SYSTEM_NAME,
    node_name: task.node.name,
    create_time: String(task.createdAt),
    node_definition_id: task.node.defId,
  };
  // System tasks carry no operator_id at all (ProcessSystemTodoItem has no such field).
  if (task.assignee) item.operator_id = userIdOf(task.assignee, users);
  return item;
}

function doneItem(task: SimTask, users: UserIdTypeParam): WireDoneItem {
  const state = task.state as keyof typeof DONE_STATUS;
  return {
    ...todoItem(task, users),
    status: DONE_STATUS[state],
    complete_time: String(task.completedAt ?? task.createdAt),
    approval_opinion: task.opinion ?? '',
  };
}

function byNodeThenCreation(process: SimProcess) {
  return (a: SimTask, b: SimTask) =>
    process.nodes.indexOf(a.node) - process.nodes.indexOf(b.node) || a.createdAt - b.createdAt || compareIds(a.id, b.id);
}

/** In the order things happened: at one instant the decision comes before the cancellations it caused. */
function byCompletion(process: SimProcess) {
  const byNode = byNodeThenCreation(process);
  const cancelled = (t: SimTask) => (t.state === 'cancelled' ? 1 : 0);
  return (a: SimTask, b: SimTask) => (a.completedAt ?? 0) - (b.completedAt ?? 0) || cancelled(a) - cancelled(b) || byNode(a, b);
}

/** Exactly what GET /corehr/v2/processes/:id answers in `data`. */
export function renderProcess(process: SimProcess, users: UserIdTypeParam, tenant: Tenant): WireProcess {
  const tasks = process.nodes.flatMap((node) => node.tasks);
  const open = tasks.filter((t) => t.state === 'pending').sort(byNodeThenCreation(process));
  const done = tasks.filter((t) => t.state === 'approved' || t.state === 'rejected' || t.state === 'cancelled').sort(byCompletion(process));
  const person = (user: SimUser) => userIdOf(user, users);
  const ccList: WireCcItem[] = process.nodes.flatMap((node) =>
    node.cc.map((cc) => ({
      approver_id: cc.id,
      links: links('cc', process.id, cc.id),
      operator_id: person(cc.recipient),
      operator_name: cc.recipient.name,
      node_name: node.name,
      create_time: String(cc.createdAt),
      node_definition_id: node.defId,
    })),
  );
  const comments: WireComment[] = process.comments.map((c) => ({
    commentor_id: person(c.commentor),
    commentor_name: c.commentor.name,
    comment_time: String(c.at),
    comment_msg: c.message,
    at_user_ids: c.atUsers.map(person),
    file_count: c.fileCount,
    image_count: c.imageCount,
    comment_id: c.id,
  }));
  const wire: WireProcess = {
    process_id: process.id,
    status: process.status,
    flow_template_id: process.flow.templateId,
    flow_template_name: process.flow.templateName,
    flow_definition_id: process.flow.id,
    flow_definition_name: process.flow.name,
    initiator_id: process.initiator ? person(process.initiator) : '',
    initiator_name: process.initiator?.name ?? SYSTEM_NAME,
    create_time: String(process.createdAt),
    start_links: links('start', process.id, process.id),
    abstracts: abstractsOf(process, tenant.directory),
    todos: open.filter((t) => t.assignee).map((t) => todoItem(t, users)),
    cc_list: ccList,
    done_list: done.filter((t) => t.assignee).map((t) => doneItem(t, users)),
    properties: process.properties,
    system_todos: open.filter((t) => !t.assignee).map((t) => todoItem(t, users)),
    system_done_list: done.filter((t) => !t.assignee).map((t) => doneItem(t, users)),
    comment_infos: comments,
    is_last_completed_correct_process: process.properties === PROPERTIES.correction && process.status === STATUS.completed,
    process_name: process.flow.name,
  };
  if (process.completedAt !== undefined) wire.complete_time = String(process.completedAt);
  if (process.originalProcessId) wire.original_process_id = process.originalProcessId;
  return wire;
}

const LIST_STATUS = {
  initiated: approverListStatusCodes.codeOf('INITIATED'),
  pending: approverListStatusCodes.codeOf('IN_PROGRESS'),
  rejected: approverListStatusCodes.codeOf('REJECTED'),
  approved: approverListStatusCodes.codeOf('APPROVED'),
  /** The list has no "cancelled": a task ended by a peer or a withdrawal shows as withdrawn. */
  cancelled: approverListStatusCodes.codeOf('WITHDRAWN'),
  cc: approverListStatusCodes.codeOf('CC'),
  formSubmitted: approverListStatusCodes.codeOf('FORM_SUBMITTED'),
} as const;

interface ApproverEntry extends WireApproverInfo {
  /** An approved form task: matched by the FORM_SUBMITTED (6) filter as well as by APPROVED (3). */
  formSubmitted: boolean;
}

function entryOf(item: UserItem): ApproverEntry | undefined {
  switch (item.kind) {
    case 'task': {
      const { task } = item;
      if (task.state === 'waiting') return undefined;
      const formSubmitted = task.state === 'approved' && task.node.kind === 'form';
      return { approver_id: task.id, process_id: task.process.id, approver_status: LIST_STATUS[task.state], formSubmitted };
    }
    case 'cc':
      return { approver_id: item.cc.id, process_id: item.cc.process.id, approver_status: LIST_STATUS.cc, formSubmitted: false };
    case 'initiated':
      // The initiator's own entry; Feishu's start links use the process id as its approver id.
      return { approver_id: item.process.id, process_id: item.process.id, approver_status: LIST_STATUS.initiated, formSubmitted: false };
  }
}

function matchesStatusFilter(entry: ApproverEntry, status: number): boolean {
  return status === LIST_STATUS.formSubmitted ? entry.formSubmitted : entry.approver_status === status;
}

/** Every item GET /corehr/v2/approvers lists for a user, in list order (by approver_id). */
export function approverEntries(user: SimUser, tenant: Tenant): WireApproverInfo[] {
  return approverPage(user, tenant, undefined, 0, Infinity).entries;
}

/** One page of a user's list, optionally filtered by status: a single pass, no full copy for a busy user. */
export function approverPage(
  user: SimUser,
  tenant: Tenant,
  status: number | undefined,
  offset: number,
  limit: number,
): { entries: WireApproverInfo[]; hasMore: boolean } {
  const entries: WireApproverInfo[] = [];
  let matched = 0;
  for (const item of tenant.itemsOf(user)) {
    const entry = entryOf(item);
    if (!entry || (status !== undefined && !matchesStatusFilter(entry, status))) continue;
    if (matched >= offset + limit) return { entries, hasMore: true };
    if (matched >= offset) entries.push(toApproverInfo(entry));
    matched++;
  }
  return { entries, hasMore: false };
}

function toApproverInfo(entry: ApproverEntry): WireApproverInfo {
  return { approver_id: entry.approver_id, process_id: entry.process_id, approver_status: entry.approver_status };
}

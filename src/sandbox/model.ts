/**
 * The simulator's own state: the tenant's people and processes as a process engine would hold them.
 * Wire shapes are produced from these on demand (render.ts), so one change shows up everywhere.
 */
import { processKindCodes, processStatusCodes } from '../upstream/codes.js';
import type { WireFieldVariableValue, WireI18n } from '../upstream/wire.js';
import type { FormFamily } from './form-fields.js';

export type Role = 'ceo' | 'hr_admin' | 'hrbp' | 'finance' | 'manager' | 'employee';

export interface SimDepartment {
  openDepartmentId: string;
  departmentId: string;
  peopleCorehrDepartmentId: string;
  name: Required<WireI18n>;
}

export interface SimUser {
  /** The canonical id: every stored user reference is an open_id, converted per `user_id_type` on output. */
  openId: string;
  unionId: string;
  userId: string;
  peopleCorehrId: string;
  name: Required<WireI18n>;
  role: Role;
  department: SimDepartment;
  manager: SimUser | null;
}

export type NodeKind = 'approval' | 'form' | 'cc' | 'system';
/** OR-sign (或签): one approval completes the node; AND-sign (会签): every approver must approve. */
export type SignMode = 'OR' | 'AND';
/** Who a configured node goes to, resolved per process from the initiator and the org chart. */
export type ApproverRole = 'manager' | 'hrbp' | 'hrbp_pair' | 'finance' | 'ceo' | 'hr_admin' | 'initiator' | 'system';

export interface PlanNode {
  defId: string;
  name: Required<WireI18n>;
  kind: NodeKind;
  mode: SignMode;
  approvers: ApproverRole;
}

export interface FlowDefinition {
  id: string;
  name: Required<WireI18n>;
  bizType: string;
  templateId: string;
  templateName: Required<WireI18n>;
  plan: readonly PlanNode[];
  family: FormFamily;
}

/** `waiting`: the node was reached, then a before-sign put new approvers ahead of it. */
export type NodeState = 'future' | 'pending' | 'waiting' | 'done' | 'rejected' | 'withdrawn';
export type TaskState = 'pending' | 'waiting' | 'approved' | 'rejected' | 'cancelled';

export interface SimNode {
  /** Node-instance id, given when the node is first reached. */
  id?: string;
  defId: string;
  name: Required<WireI18n>;
  kind: NodeKind;
  mode: SignMode;
  /** Assignees the node gets when reached; null is the system. */
  planned: (SimUser | null)[];
  state: NodeState;
  tasks: SimTask[];
  cc: SimCc[];
}

export interface SimTask {
  id: string;
  process: SimProcess;
  node: SimNode;
  /** Null: the task is held by the system (system_todos / system_done_list). */
  assignee: SimUser | null;
  /** `peer` tasks share the node's OR/AND rule; `required` ones came from a parallel add-sign and must approve. */
  rule: 'peer' | 'required';
  state: TaskState;
  createdAt: number;
  completedAt?: number;
  opinion?: string;
}

export interface SimCc {
  id: string;
  process: SimProcess;
  node: SimNode;
  recipient: SimUser;
  createdAt: number;
}

export interface SimComment {
  id: string;
  commentor: SimUser;
  at: number;
  message: string;
  atUsers: SimUser[];
  fileCount: number;
  imageCount: number;
}

export interface SimProcess {
  id: string;
  status: number;
  properties: number;
  originalProcessId?: string;
  flow: FlowDefinition;
  initiator: SimUser | null;
  createdAt: number;
  completedAt?: number;
  modifiedAt: number;
  nodes: SimNode[];
  comments: SimComment[];
  /** Seeds the lazily generated form and flow data, so they cost nothing until asked for. */
  seed: number;
  /** Given verbatim by a fixture; otherwise generated from `seed`. */
  formOverride?: WireFieldVariableValue[];
  flowOverride?: WireFieldVariableValue[];
  /** Values written by approvals (field_values_v2), by variable api name. */
  formWrites: Map<string, WireFieldVariableValue>;
  abstractsOverride?: { name?: WireI18n; value?: WireI18n }[];
}

export const STATUS = {
  inProgress: processStatusCodes.codeOf('IN_PROGRESS'),
  rejected: processStatusCodes.codeOf('REJECTED'),
  withdrawn: processStatusCodes.codeOf('WITHDRAWN'),
  revoked: processStatusCodes.codeOf('REVOKED'),
  completed: processStatusCodes.codeOf('COMPLETED'),
  revoking: processStatusCodes.codeOf('REVOKING'),
} as const;

export const PROPERTIES = {
  normal: processKindCodes.codeOf('NORMAL'),
  revoke: processKindCodes.codeOf('REVOKE'),
  correction: processKindCodes.codeOf('CORRECTION'),
} as const;

export const SYSTEM_NAME: Required<WireI18n> = { zh_cn: '系统', en_us: 'System' };

/** The node currently waiting for action, if the process is running. */
export function currentNode(process: SimProcess): SimNode | undefined {
  return process.nodes.find((node) => node.state === 'pending');
}

/**
 * The five write actions with Feishu's rules and error codes (actions.md): who may act, in which
 * process state, on which task or node. Each success moves the modification time and ends with
 * `corehr.process.updated_v2`.
 */
import type { AddApproverPosition } from '../domain/actions.js';
import type { WireFieldVariableValue } from '../upstream/wire.js';
import { CODES, SimError } from './errors.js';
import type { ProcessEvents } from './events/process-events.js';
import { addSigners, approve, beginRevoke, reject, settleRevoke, transferTask, withdraw, type FlowContext } from './flow-engine.js';
import type { IdFactory } from './ids.js';
import { STATUS, type SignMode, type SimComment, type SimNode, type SimProcess, type SimTask, type SimUser } from './model.js';
import type { Tenant } from './tenant.js';
import type { WorkTracker } from './work-tracker.js';

/** A Feishu user, or the system acting in someone's place (`system_approval` / `system_user`). */
export type SimActor = SimUser | 'system';

export interface MachineDeps {
  tenant: Tenant;
  ids: IdFactory;
  events: ProcessEvents;
  now: () => number;
  tracker: WorkTracker;
  revokeDelayMs: number;
}

export interface Decision {
  action: 'approve' | 'reject';
  actor: SimActor;
  reason: string;
  formWrites?: WireFieldVariableValue[];
}

export interface AddSigners {
  actor: SimActor;
  nodeId?: string;
  approverId?: string;
  position: AddApproverPosition;
  mode: SignMode;
  users: SimUser[];
}

const isAdmin = (actor: SimActor) => actor === 'system' || actor.role === 'hr_admin';

export class ProcessMachine {
  private readonly ctx: FlowContext;
  /** Scheduled revoke settlements, each with the tracker's end-of-work callback. */
  private readonly timers = new Map<NodeJS.Timeout, () => void>();

  constructor(private readonly deps: MachineDeps) {
    this.ctx = { ids: deps.ids, observer: deps.events, registry: deps.tenant };
  }

  process(processId: string): SimProcess {
    const process = this.deps.tenant.processes.get(processId);
    if (!process) throw new SimError(CODES.notFound);
    return process;
  }

  decide(processId: string, approverId: string, decision: Decision): void {
    const process = this.process(processId);
    const task = this.taskOf(process, approverId);
    if (task.state === 'waiting') throw new SimError(CODES.invalidActionParam, 'task is waiting for signers added before it');
    if (task.state !== 'pending') throw new SimError(CODES.taskProcessed);
    if (decision.actor !== 'system' && decision.actor !== task.assignee)
      throw new SimError(CODES.noPermission, 'user is not the approver of this task', 403);
    const at = this.deps.now();
    if (decision.action === 'reject') {
      reject(this.ctx, task, at, decision.reason);
    } else {
      for (const field of decision.formWrites ?? []) process.formWrites.set(field.variable_api_name, field);
      approve(this.ctx, task, at, decision.reason);
    }
    this.changed(process);
  }

  transfer(processId: string, actor: SimActor, to: SimUser, approverIds: readonly string[]): void {
    const process = this.process(processId);
    if (process.status !== STATUS.inProgress) throw new SimError(CODES.illegalStatusForTransfer);
    const tasks = approverIds.map((id) => {
      if (process.nodes.some((node) => node.cc.some((cc) => cc.id === id))) throw new SimError(CODES.transferNotSupported);
      const task = this.taskOf(process, id, CODES.invalidParam);
      if (task.node.kind === 'system') throw new SimError(CODES.transferNotSupported);
      if (task.state !== 'pending') throw new SimError(CODES.taskProcessed);
      if (actor !== 'system' && actor !== task.assignee) throw new SimError(CODES.noPermission, 'operator does not hold this task');
      if (task.node.tasks.some((t) => t.assignee === to && t.state !== 'cancelled')) throw new SimError(CODES.alreadyHandler);
      return task;
    });
    for (const task of tasks) transferTask(this.ctx, task, to);
    this.changed(process);
  }

  addSigners(processId: string, request: AddSigners): void {
    const process = this.process(processId);
    if (process.status !== STATUS.inProgress) throw new SimError(CODES.allApprovalsFinished);
    const node = this.targetNode(process, request);
    if (node.kind === 'cc' || node.kind === 'system') throw new SimError(CODES.addSignNotSupported);
    if (node.state === 'done' || node.state === 'rejected' || node.state === 'withdrawn') throw new SimError(CODES.nodeFinished);
    if (node.state !== 'pending') throw new SimError(CODES.addSignNotSupported, 'signers can only be added to the node in progress');
    const { actor, users } = request;
    if (actor !== 'system' && !node.tasks.some((t) => t.assignee === actor && t.state === 'pending')) {
      throw new SimError(CODES.noPermission, 'operator is not an approver of this node');
    }
    const onNode = new Set(node.tasks.filter((t) => t.state !== 'cancelled').map((t) => t.assignee));
    if (new Set(users).size !== users.length || users.some((user) => onNode.has(user))) throw new SimError(CODES.duplicateApprover);
    addSigners(this.ctx, node, process, request.position, request.mode, users, this.deps.now());
    this.changed(process);
  }

  withdraw(processId: string, actor: SimActor): void {
    const process = this.process(processId);
    if (process.status !== STATUS.inProgress) throw new SimError(CODES.approvalsEnded);
    if (!isAdmin(actor) && actor !== process.initiator) {
      throw new SimError(CODES.noPermission, 'only the initiator or a process admin can withdraw', 403);
    }
    withdraw(this.ctx, process, this.deps.now());
    this.changed(process);
  }

  /** Revoking (15) now, revoked (8) after the configured delay. */
  revoke(processId: string, actor: SimActor): void {
    const process = this.process(processId);
    if (process.status !== STATUS.completed) throw new SimError(CODES.notRevocable);
    if (!isAdmin(actor)) throw new SimError(CODES.noPermission, 'only a process admin can revoke', 403);
    beginRevoke(this.ctx, process);
    this.changed(process);
    const done = this.deps.tracker.begin();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      settleRevoke(this.ctx, process);
      this.changed(process);
      done();
    }, this.deps.revokeDelayMs);
    this.timers.set(timer, done);
  }

  comment(processId: string, commentor: SimUser, message: string, atUsers: SimUser[] = []): SimComment {
    const process = this.process(processId);
    const at = this.deps.now();
    const comment: SimComment = { id: this.deps.ids.next(at), commentor, at, message, atUsers, fileCount: 0, imageCount: 0 };
    process.comments.push(comment);
    this.deps.tenant.touch(process, at);
    this.deps.events.commentAdded(process, comment);
    return comment;
  }

  /** Stops scheduled transitions (the tenant they belong to is being replaced or closed). */
  stop(): void {
    for (const [timer, done] of this.timers) {
      clearTimeout(timer);
      done();
    }
    this.timers.clear();
  }

  private taskOf(process: SimProcess, approverId: string, missing: number = CODES.notFound): SimTask {
    const task = this.deps.tenant.tasks.get(approverId);
    if (!task || task.process !== process) throw new SimError(missing, 'no such task in this process');
    return task;
  }

  private targetNode(process: SimProcess, request: AddSigners): SimNode {
    if (request.nodeId !== undefined) {
      const node = process.nodes.find((n) => n.id === request.nodeId);
      if (!node) throw new SimError(CODES.invalidParam, 'no such node in this process');
      return node;
    }
    const task = this.taskOf(process, request.approverId ?? '', CODES.invalidParam);
    if (task.state === 'approved') throw new SimError(CODES.alreadyApproved);
    return task.node;
  }

  private changed(process: SimProcess): void {
    this.deps.tenant.touch(process, this.deps.now());
    this.deps.events.processUpdated(process);
  }
}

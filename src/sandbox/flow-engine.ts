/**
 * The process engine: nodes are reached in order, OR-sign nodes complete on one approval (the other
 * peers are cancelled), AND-sign nodes on all, the last node completes the process, a rejection ends
 * it. Generated histories, fixtures and live actions all go through these functions, so a generated
 * tenant is exactly what live actions would have produced.
 */
import type { AddApproverPosition } from '../domain/actions.js';
import type { IdFactory } from './ids.js';
import { currentNode, STATUS, type SignMode, type SimCc, type SimNode, type SimProcess, type SimTask, type SimUser } from './model.js';

export type NodeOutcome = 'IN_PROGRESS' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

/** Told about every change, in order; the event emitter implements it, history generation ignores it. */
export interface FlowObserver {
  taskChanged(task: SimTask): void;
  nodeChanged(node: SimNode, process: SimProcess, outcome: NodeOutcome): void;
  ccCreated(cc: SimCc): void;
  statusChanged(process: SimProcess): void;
}

export const ignoreFlow: FlowObserver = {
  taskChanged: () => {},
  nodeChanged: () => {},
  ccCreated: () => {},
  statusChanged: () => {},
};

export interface FlowContext {
  ids: IdFactory;
  observer: FlowObserver;
  /** Indexes new tasks and CC items; absent while a process is built before it joins the tenant. */
  registry?: { addTask(task: SimTask): void; addCc(cc: SimCc): void; reassign(task: SimTask, to: SimUser): void };
}

const isOpen = (task: SimTask) => task.state === 'pending' || task.state === 'waiting';

function createTask(
  ctx: FlowContext,
  process: SimProcess,
  node: SimNode,
  assignee: SimUser | null,
  rule: SimTask['rule'],
  atMs: number,
): SimTask {
  const task: SimTask = { id: ctx.ids.next(atMs), process, node, assignee, rule, state: 'pending', createdAt: atMs };
  node.tasks.push(task);
  ctx.registry?.addTask(task);
  ctx.observer.taskChanged(task);
  return task;
}

/** Reaches a node: CC nodes deliver and pass at once; the others get their tasks. */
function reach(ctx: FlowContext, process: SimProcess, node: SimNode, atMs: number): 'passed' | 'waiting-for-action' {
  node.id ??= ctx.ids.next(atMs);
  if (node.kind === 'cc') {
    for (const recipient of node.planned) {
      if (!recipient) continue;
      const cc: SimCc = { id: ctx.ids.next(atMs), process, node, recipient, createdAt: atMs };
      node.cc.push(cc);
      ctx.registry?.addCc(cc);
      ctx.observer.ccCreated(cc);
    }
    node.state = 'done';
    ctx.observer.nodeChanged(node, process, 'APPROVED');
    return 'passed';
  }
  node.state = 'pending';
  ctx.observer.nodeChanged(node, process, 'IN_PROGRESS');
  const waiting = node.tasks.filter((task) => task.state === 'waiting');
  if (waiting.length > 0) {
    for (const task of waiting) {
      task.state = 'pending';
      ctx.observer.taskChanged(task);
    }
  } else {
    for (const assignee of node.planned) createTask(ctx, process, node, assignee, 'peer', atMs);
  }
  return 'waiting-for-action';
}

/** Moves to the first node not yet finished after `fromIndex`; none left completes the process. */
function advance(ctx: FlowContext, process: SimProcess, fromIndex: number, atMs: number): void {
  for (let i = fromIndex + 1; i < process.nodes.length; i++) {
    const node = process.nodes[i]!;
    if (node.state !== 'future' && node.state !== 'waiting') continue;
    if (reach(ctx, process, node, atMs) === 'waiting-for-action') return;
  }
  process.status = STATUS.completed;
  process.completedAt = atMs;
  ctx.observer.statusChanged(process);
}

/** Starts a freshly built process: its first node is reached at creation time. */
export function start(ctx: FlowContext, process: SimProcess): void {
  advance(ctx, process, -1, process.createdAt);
}

function finishTask(ctx: FlowContext, task: SimTask, state: 'approved' | 'rejected' | 'cancelled', atMs: number, opinion?: string): void {
  task.state = state;
  task.completedAt = atMs;
  if (opinion !== undefined) task.opinion = opinion;
  ctx.observer.taskChanged(task);
}

export function approve(ctx: FlowContext, task: SimTask, atMs: number, opinion = ''): void {
  const { node, process } = task;
  finishTask(ctx, task, 'approved', atMs, opinion);
  if (task.rule === 'peer' && node.mode === 'OR') {
    for (const peer of node.tasks) {
      if (peer.rule === 'peer' && isOpen(peer)) finishTask(ctx, peer, 'cancelled', atMs);
    }
  }
  if (node.tasks.some(isOpen)) return;
  node.state = 'done';
  ctx.observer.nodeChanged(node, process, 'APPROVED');
  advance(ctx, process, process.nodes.indexOf(node), atMs);
}

/** Ends every open task and parked node of the process; the current node ends with `outcome`. */
function endFlow(ctx: FlowContext, process: SimProcess, outcome: 'REJECTED' | 'WITHDRAWN', atMs: number): void {
  for (const node of process.nodes) {
    for (const task of node.tasks) if (isOpen(task)) finishTask(ctx, task, 'cancelled', atMs);
    if (node.state === 'pending') {
      node.state = outcome === 'REJECTED' ? 'rejected' : 'withdrawn';
      ctx.observer.nodeChanged(node, process, outcome);
    } else if (node.state === 'waiting') {
      node.state = 'withdrawn';
    }
  }
}

export function reject(ctx: FlowContext, task: SimTask, atMs: number, reason: string): void {
  finishTask(ctx, task, 'rejected', atMs, reason);
  endFlow(ctx, task.process, 'REJECTED', atMs);
  task.process.status = STATUS.rejected;
  task.process.completedAt = atMs;
  ctx.observer.statusChanged(task.process);
}

export function withdraw(ctx: FlowContext, process: SimProcess, atMs: number): void {
  endFlow(ctx, process, 'WITHDRAWN', atMs);
  process.status = STATUS.withdrawn;
  process.completedAt = atMs;
  ctx.observer.statusChanged(process);
}

/** A revoke first shows as "revoking"; `settleRevoke` completes it. */
export function beginRevoke(ctx: FlowContext, process: SimProcess): void {
  process.status = STATUS.revoking;
  ctx.observer.statusChanged(process);
}

export function settleRevoke(ctx: FlowContext, process: SimProcess): void {
  if (process.status !== STATUS.revoking) return;
  process.status = STATUS.revoked;
  ctx.observer.statusChanged(process);
}

/** Approves the current node the way its approvers typically would: the first peer on OR, everyone on AND. */
export function approveCurrentNode(ctx: FlowContext, process: SimProcess, atMs: number, opinion = ''): boolean {
  const node = currentNode(process);
  if (!node) return false;
  const open = node.tasks.filter((task) => task.state === 'pending');
  const approvers = node.mode === 'OR' ? open.filter((t) => t.rule === 'required').concat(open.find((t) => t.rule === 'peer') ?? []) : open;
  for (const task of approvers) {
    if (task.state === 'pending') approve(ctx, task, atMs, opinion);
  }
  return true;
}

const ADDED_NODE_NAME = { zh_cn: '加签审批', en_us: 'Added approval' };

/**
 * Add-sign (加签) on the node the process waits on. BEFORE parks the node behind a new one that gets
 * the added approvers now; PARALLEL adds approvers the node cannot complete without; AFTER queues a
 * new node that is reached when this one completes.
 */
export function addSigners(
  ctx: FlowContext,
  node: SimNode,
  process: SimProcess,
  position: AddApproverPosition,
  mode: SignMode,
  users: readonly SimUser[],
  atMs: number,
): void {
  if (position === 'PARALLEL') {
    for (const user of users) createTask(ctx, process, node, user, 'required', atMs);
    return;
  }
  const id = ctx.ids.next(atMs);
  const added: SimNode = {
    id,
    defId: `approval_${id.slice(-11)}`,
    name: ADDED_NODE_NAME,
    kind: 'approval',
    mode,
    planned: [...users],
    state: 'future',
    tasks: [],
    cc: [],
  };
  const index = process.nodes.indexOf(node);
  if (position === 'AFTER') {
    process.nodes.splice(index + 1, 0, added);
    return;
  }
  process.nodes.splice(index, 0, added);
  node.state = 'waiting';
  for (const task of node.tasks) if (task.state === 'pending') task.state = 'waiting';
  reach(ctx, process, added, atMs);
}

/** Transfer (转交): the task itself moves to the transferee, who now sees it pending. */
export function transferTask(ctx: FlowContext, task: SimTask, to: SimUser): void {
  if (ctx.registry) ctx.registry.reassign(task, to);
  else task.assignee = to;
  ctx.observer.taskChanged(task);
}

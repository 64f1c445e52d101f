/**
 * Builds a process and plays its history through the flow engine up to a target status, so that
 * generated processes and fixtures carry exactly the tasks, node ids and times live actions produce.
 */
import { approveCurrentNode, beginRevoke, reject, settleRevoke, start, withdraw, type FlowContext } from './flow-engine.js';
import {
  currentNode,
  STATUS,
  type FlowDefinition,
  type NodeKind,
  type SignMode,
  type SimNode,
  type SimProcess,
  type SimUser,
} from './model.js';
import type { WireI18n } from '../upstream/wire.js';

export interface NodeDraft {
  defId: string;
  name: Required<WireI18n>;
  kind: NodeKind;
  mode: SignMode;
  planned: (SimUser | null)[];
}

export interface ProcessDraft {
  flow: FlowDefinition;
  initiator: SimUser | null;
  createdAt: number;
  properties: number;
  originalProcessId?: string;
  seed: number;
  nodes: NodeDraft[];
}

export interface HistoryPlan {
  status: number;
  /** Running, rejected and withdrawn processes stop at the first node at or after this index. */
  stopAtNode: number;
  /** Each call returns the time of the next step, never going back. */
  nextTime: () => number;
  opinion: () => string;
  rejectReason: () => string;
}

export function newProcess(ctx: FlowContext, draft: ProcessDraft): SimProcess {
  const nodes: SimNode[] = draft.nodes.map((node) => ({
    defId: node.defId,
    name: node.name,
    kind: node.kind,
    mode: node.mode,
    planned: node.planned,
    state: 'future',
    tasks: [],
    cc: [],
  }));
  return {
    id: ctx.ids.next(draft.createdAt),
    status: STATUS.inProgress,
    properties: draft.properties,
    originalProcessId: draft.originalProcessId,
    flow: draft.flow,
    initiator: draft.initiator,
    createdAt: draft.createdAt,
    modifiedAt: draft.createdAt,
    nodes,
    comments: [],
    seed: draft.seed,
    formWrites: new Map(),
  };
}

/** Plays the history; returns the time of its last step (the process's modification time). */
export function playHistory(ctx: FlowContext, process: SimProcess, plan: HistoryPlan): number {
  let last = process.createdAt;
  const next = () => (last = plan.nextTime());
  start(ctx, process);
  const stops = plan.status === STATUS.inProgress || plan.status === STATUS.rejected || plan.status === STATUS.withdrawn;
  for (;;) {
    const node = currentNode(process);
    if (!node || (stops && process.nodes.indexOf(node) >= plan.stopAtNode)) break;
    approveCurrentNode(ctx, process, next(), plan.opinion());
  }
  if (plan.status === STATUS.rejected) {
    const task = currentNode(process)?.tasks.find((t) => t.state === 'pending');
    if (task) reject(ctx, task, next(), plan.rejectReason());
  } else if (plan.status === STATUS.withdrawn && process.status === STATUS.inProgress) {
    withdraw(ctx, process, next());
  } else if ((plan.status === STATUS.revoked || plan.status === STATUS.revoking) && process.status === STATUS.completed) {
    next();
    beginRevoke(ctx, process);
    if (plan.status === STATUS.revoked) settleRevoke(ctx, process);
  }
  return last;
}

/**
 * Turns engine changes into Feishu's six process events (events.md §1). Payloads carry no user ids,
 * as on the real platform.
 */
import { nodeStatusCodes, nodeTypeCodes, taskEventStatusCodes } from '../../upstream/codes.js';
import { EVENT_TYPES, type WireEventPayload, type WireEventType } from '../../upstream/wire.js';
import type { FlowObserver, NodeOutcome } from '../flow-engine.js';
import { currentNode, type NodeKind, type SimCc, type SimComment, type SimNode, type SimProcess, type SimTask } from '../model.js';
import { taskTypeOf } from '../render.js';

export type EventSink = (processId: string, eventType: WireEventType, event: WireEventPayload) => void;

const TASK_STATUS = {
  pending: taskEventStatusCodes.codeOf('PENDING'),
  approved: taskEventStatusCodes.codeOf('COMPLETED'),
  rejected: taskEventStatusCodes.codeOf('REJECTED'),
  cancelled: taskEventStatusCodes.codeOf('CANCELLED'),
} as const;

const NODE_TYPE: Readonly<Record<NodeKind, number>> = {
  approval: nodeTypeCodes.codeOf('APPROVAL'),
  system: nodeTypeCodes.codeOf('APPROVAL'),
  form: nodeTypeCodes.codeOf('FORM'),
  cc: nodeTypeCodes.codeOf('CC'),
};

/** enums.md §7 and §12: the only value of each. */
const CC_DELIVERED = 5;
const COMMENT_ADDED = 1;

export class ProcessEvents implements FlowObserver {
  constructor(private readonly sink: EventSink) {}

  taskChanged(task: SimTask): void {
    if (task.state === 'waiting') return;
    const { process, node } = task;
    this.sink(process.id, EVENT_TYPES.approverUpdated, {
      process_id: process.id,
      approver_id: task.id,
      type: taskTypeOf(task),
      status: TASK_STATUS[task.state],
      biz_type: process.flow.bizType,
      flow_definition_id: process.flow.id,
      node_definition_id: node.defId,
      node_id: node.id,
      node_id_str: node.id,
    });
  }

  nodeChanged(node: SimNode, process: SimProcess, outcome: NodeOutcome): void {
    this.sink(process.id, EVENT_TYPES.nodeUpdated, {
      flow_definition_id: process.flow.id,
      node_definition_id: node.defId,
      process_id: process.id,
      process_node_id: node.id,
      node_type: NODE_TYPE[node.kind],
      node_status: nodeStatusCodes.codeOf(outcome),
      biz_type: process.flow.bizType,
    });
  }

  ccCreated(cc: SimCc): void {
    this.sink(cc.process.id, EVENT_TYPES.ccUpdated, {
      process_id: cc.process.id,
      approver_id: cc.id,
      status: CC_DELIVERED,
      biz_type: cc.process.flow.bizType,
    });
  }

  statusChanged(process: SimProcess): void {
    this.sink(process.id, EVENT_TYPES.statusUpdate, this.processPayload(process));
  }

  /** `corehr.process.updated_v2`: once per action, after the more specific events. */
  processUpdated(process: SimProcess): void {
    this.sink(process.id, EVENT_TYPES.updated, this.processPayload(process));
  }

  commentAdded(process: SimProcess, comment: SimComment): void {
    this.sink(process.id, EVENT_TYPES.commentUpdated, { process_id: process.id, comment_id: comment.id, type: COMMENT_ADDED });
  }

  /** What a newly started process announces: its status, CC items delivered so far, the node it waits on. */
  initiated(process: SimProcess): void {
    this.statusChanged(process);
    for (const node of process.nodes) for (const cc of node.cc) this.ccCreated(cc);
    const node = currentNode(process);
    if (node) {
      this.nodeChanged(node, process, 'IN_PROGRESS');
      for (const task of node.tasks) if (task.state === 'pending') this.taskChanged(task);
    }
    this.processUpdated(process);
  }

  private processPayload(process: SimProcess): WireEventPayload {
    return {
      process_id: process.id,
      status: process.status,
      biz_type: process.flow.bizType,
      flow_definition_id: process.flow.id,
      properties: process.properties,
    };
  }
}

/** Fixture processes from a `ProcessSpec`: validated, then played through the engine like any other. */
import { processKindCodes, processStatusCodes } from '../upstream/codes.js';
import { resolveAssignees } from './assignees.js';
import { adHocDefinition } from './catalog.js';
import { ignoreFlow } from './flow-engine.js';
import type { IdFactory } from './ids.js';
import { STATUS, type FlowDefinition, type NodeKind, type SimComment, type SimProcess, type SimUser } from './model.js';
import { newProcess, playHistory, type NodeDraft } from './process-factory.js';
import type { Random } from './random.js';
import type { Tenant } from './tenant.js';
import type { NodeSpec, ProcessSpec } from './types.js';

export interface FixtureDeps {
  tenant: Tenant;
  ids: IdFactory;
  random: Random;
  now: () => number;
}

const DEFAULT_NODE_NAMES: Readonly<Record<NodeKind, { zh_cn: string; en_us: string }>> = {
  approval: { zh_cn: '审批', en_us: 'Approval' },
  form: { zh_cn: '填写表单', en_us: 'Fill in form' },
  cc: { zh_cn: '抄送', en_us: 'CC' },
  system: { zh_cn: '系统处理', en_us: 'System step' },
};

const DEF_PREFIX: Readonly<Record<NodeKind, string>> = { approval: 'approval_', form: 'form_', cc: 'cc_', system: 'auto_' };

/** Builds the process; throws an Error naming the problem when the spec does not describe a possible process. */
export function buildFixture(spec: ProcessSpec, deps: FixtureDeps): SimProcess {
  const { tenant, random } = deps;
  const user = (openId: string, what: string): SimUser => {
    const found = tenant.directory.findUser(openId);
    if (!found) throw new Error(`${what}: no user with open_id ${openId}`);
    return found;
  };
  const flow = definitionFor(spec, deps);
  const initiator =
    spec.initiator === null ? null : spec.initiator ? user(spec.initiator, 'initiator') : tenant.directory.withRole('employee')[0]!;
  const nodes: NodeDraft[] = spec.nodes
    ? spec.nodes.map((node, i) => nodeDraft(node, `nodes[${i}]`, user, random))
    : flow.plan.map((node) => ({ ...node, planned: resolveAssignees(node.approvers, initiator, tenant.directory, random) }));
  const status = processStatusCodes.codeOf(spec.status ?? 'IN_PROGRESS');
  const createdAt = spec.createdAt ?? deps.now();
  const ctx = { ids: deps.ids, observer: ignoreFlow };
  const process = newProcess(ctx, {
    flow,
    initiator,
    createdAt,
    properties: processKindCodes.codeOf(spec.kind ?? 'NORMAL'),
    originalProcessId: spec.originalProcessId,
    seed: random.uint32(),
    nodes,
  });
  let time = createdAt;
  const last = playHistory(ctx, process, {
    status,
    stopAtNode: stopNode(spec.nodes, status),
    nextTime: () => ++time,
    opinion: () => '',
    rejectReason: () => 'rejected',
  });
  if (process.status !== status) {
    throw new Error(`nodes do not allow status ${spec.status}: the flow ended ${processStatusCodes.nameOf(process.status)}`);
  }
  process.formOverride = spec.formVariables;
  process.flowOverride = spec.flowVariables;
  process.abstractsOverride = spec.abstracts;
  process.comments = (spec.comments ?? []).map((c, i): SimComment => {
    const at = c.at ?? last;
    return {
      id: deps.ids.next(at),
      commentor: user(c.commentor, `comments[${i}].commentor`),
      at,
      message: c.message,
      atUsers: (c.atUserIds ?? []).map((id) => user(id, `comments[${i}].atUserIds`)),
      fileCount: 0,
      imageCount: 0,
    };
  });
  process.modifiedAt = spec.modifiedAt ?? Math.max(last, ...process.comments.map((c) => c.at));
  return process;
}

function definitionFor(spec: ProcessSpec, deps: FixtureDeps): FlowDefinition {
  const { catalog } = deps.tenant;
  const bizType = spec.bizType ?? 'leave_application';
  if (spec.flowDefinitionId !== undefined) {
    const known = catalog.byId.get(spec.flowDefinitionId);
    if (known && spec.bizType !== undefined && known.bizType !== spec.bizType) {
      throw new Error(`flowDefinitionId ${spec.flowDefinitionId} belongs to ${known.bizType}, not ${spec.bizType}`);
    }
    return known ?? adHocDefinition(deps.random, catalog, bizType, spec.flowDefinitionId);
  }
  return catalog.byBizType.get(bizType)?.[0] ?? adHocDefinition(deps.random, catalog, bizType);
}

function nodeDraft(node: NodeSpec, where: string, user: (openId: string, what: string) => SimUser, random: Random): NodeDraft {
  const kind = node.kind ?? 'approval';
  if (kind !== 'system' && node.approvers.length === 0) throw new Error(`${where}: a ${kind} node needs approvers`);
  return {
    defId: node.nodeDefinitionId ?? DEF_PREFIX[kind] + random.hex(11),
    name: { ...DEFAULT_NODE_NAMES[kind], ...node.name },
    kind,
    mode: node.mode,
    planned: kind === 'system' ? [null] : node.approvers.map((id, i) => user(id, `${where}.approvers[${i}]`)),
  };
}

/** Index of the node a running (rejected, withdrawn) process stops at: the first one not marked done. */
function stopNode(nodes: readonly NodeSpec[] | undefined, status: number): number {
  if (!nodes) return 0;
  const pending = nodes.findIndex((node) => node.state === 'pending');
  const firstNotDone = nodes.findIndex((node) => node.state !== 'done');
  const stop = pending >= 0 ? pending : firstNotDone >= 0 ? firstNotDone : nodes.length;
  if (nodes.slice(stop).some((node) => node.state === 'done')) throw new Error('nodes: done nodes must come before the pending one');
  if (status === STATUS.inProgress && stop >= nodes.length) throw new Error('nodes: a running process needs a node that is not done');
  return stop;
}

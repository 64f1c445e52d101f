/**
 * The deterministic tenant: same seed and anchor, same tenant, byte for byte. Processes are spread
 * over the months before the anchor, in every status, and carry only what the engine needs; their
 * form and flow data are derived from a per-process seed when asked for.
 */
import { resolveAssignees } from './assignees.js';
import { buildCatalog } from './catalog.js';
import { ignoreFlow, type FlowContext } from './flow-engine.js';
import { generateDirectory, userCountFor } from './generate-people.js';
import { IdFactory } from './ids.js';
import { PROPERTIES, STATUS, type SimComment, type SimProcess, type SimUser } from './model.js';
import { newProcess, playHistory } from './process-factory.js';
import { Random } from './random.js';
import { Tenant } from './tenant.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

const STATUS_MIX: readonly { status: number; weight: number }[] = [
  { status: STATUS.inProgress, weight: 38 },
  { status: STATUS.completed, weight: 34 },
  { status: STATUS.rejected, weight: 10 },
  { status: STATUS.withdrawn, weight: 9 },
  { status: STATUS.revoked, weight: 6 },
  { status: STATUS.revoking, weight: 3 },
];

const OPINIONS = ['同意', '同意，辛苦了', '', 'OK', '已核对，无误', '情况属实，同意'];
const REJECT_REASONS = ['材料不完整，请补充后重新提交', '假期余额不足', '预算超支', '时间冲突，请调整后再提交', '信息有误'];
const COMMENTS = [
  '请提前交接工作',
  '已核对，没问题',
  '请补充相关附件',
  '麻烦尽快处理，谢谢',
  '注意合规要求',
  '请 HRBP 协助确认',
  'Please double-check the dates',
];

export interface TenantSpec {
  seed: number;
  processes: number;
  /** Generated history ends here (ms); defaults are chosen by the caller. */
  anchorMs: number;
}

export interface GeneratedTenant {
  tenant: Tenant;
  ids: IdFactory;
  generator: ProcessGenerator;
}

export function generateTenant(spec: TenantSpec): GeneratedTenant {
  const random = new Random(spec.seed);
  const ids = new IdFactory(random.uint32());
  const catalog = buildCatalog(random.fork());
  const directory = generateDirectory(random.fork(), ids, userCountFor(spec.processes));
  const tenant = new Tenant(directory, catalog);
  const generator = new ProcessGenerator(tenant, random.fork(), ids);
  const processes: SimProcess[] = [];
  const finished: SimProcess[] = [];
  for (let i = 0; i < spec.processes; i++) {
    const process = generator.historic(spec.anchorMs, finished);
    processes.push(process);
    if (process.status === STATUS.completed) finished.push(process);
  }
  tenant.load(processes);
  return { tenant, ids, generator };
}

export class ProcessGenerator {
  private readonly ctx: FlowContext;

  constructor(
    private readonly tenant: Tenant,
    private readonly random: Random,
    ids: IdFactory,
  ) {
    this.ctx = { ids, observer: ignoreFlow };
  }

  /** A process whose whole history happened before `anchorMs`. */
  historic(anchorMs: number, completedEarlier: readonly SimProcess[]): SimProcess {
    const random = this.random;
    const status = random.weighted(STATUS_MIX, (s) => s.weight).status;
    const running = status === STATUS.inProgress;
    const ageDays = running ? 21 * random.next() ** 2 : 2 + 148 * random.next() ** 1.5;
    const process = this.draft(Math.floor(anchorMs - ageDays * DAY - random.int(0, 600) * MINUTE), completedEarlier);
    let time = process.createdAt;
    const latest = anchorMs - MINUTE;
    const last = playHistory(this.ctx, process, {
      status,
      stopAtNode: this.stopNode(process, running),
      nextTime: () => (time = Math.min(time + random.int(5, 30 * 60) * MINUTE, Math.max(time, latest))),
      opinion: () => random.pick(OPINIONS),
      rejectReason: () => random.pick(REJECT_REASONS),
    });
    process.modifiedAt = last;
    this.addComments(process, Math.min(latest, last + random.int(0, 120) * MINUTE));
    return process;
  }

  /** A process initiated at `atMs`, waiting at its first node: what live activity starts. */
  fresh(atMs: number): SimProcess {
    const process = this.draft(atMs, []);
    playHistory(this.ctx, process, {
      status: STATUS.inProgress,
      stopAtNode: 0,
      nextTime: () => atMs,
      opinion: () => '',
      rejectReason: () => '',
    });
    return process;
  }

  private draft(createdAt: number, completedEarlier: readonly SimProcess[]): SimProcess {
    const random = this.random;
    const { catalog, directory } = this.tenant;
    const type = random.weighted(catalog.bizTypes, (t) => t.weight);
    const flow = random.pick(catalog.byBizType.get(type.key)!);
    const systemStarted = type.systemInitiated ? random.chance(0.85) : random.chance(0.02);
    const initiator = systemStarted ? null : random.pick(directory.users);
    const roll = random.next();
    const original = completedEarlier.length > 0 && roll < 0.06 ? random.pick(completedEarlier) : undefined;
    return newProcess(this.ctx, {
      flow,
      initiator,
      createdAt,
      properties: original ? (roll < 0.04 ? PROPERTIES.correction : PROPERTIES.revoke) : PROPERTIES.normal,
      originalProcessId: original?.id,
      seed: random.uint32(),
      nodes: flow.plan.map((node) => ({
        defId: node.defId,
        name: node.name,
        kind: node.kind,
        mode: node.mode,
        planned: resolveAssignees(node.approvers, initiator, directory, random),
      })),
    });
  }

  /**
   * Where a running (or rejected, withdrawn) process stopped. Running ones mostly wait on HR, for long
   * inboxes, and often on their system step, so system to-dos are common too.
   */
  private stopNode(process: SimProcess, running: boolean): number {
    const indexes = (keep: (node: SimProcess['nodes'][number]) => boolean) =>
      process.nodes.flatMap((node, index) => (keep(node) ? [index] : []));
    const system = indexes((node) => node.kind === 'system');
    const hr = indexes((node) => isHrNode(node.planned, this.tenant));
    if (running && system.length > 0 && this.random.chance(0.3)) return this.random.pick(system);
    if (running && hr.length > 0 && this.random.chance(0.7)) return this.random.pick(hr);
    return this.random.pick(indexes((node) => node.kind !== 'cc'));
  }

  private addComments(process: SimProcess, untilMs: number): void {
    const random = this.random;
    if (!random.chance(0.35)) return;
    const participants = [process.initiator, ...process.nodes.flatMap((n) => n.tasks.map((t) => t.assignee))].filter(
      (user): user is SimUser => user !== null,
    );
    if (participants.length === 0) return;
    const count = random.int(1, 3);
    const span = Math.max(1, untilMs - process.createdAt);
    const times = Array.from({ length: count }, () => process.createdAt + Math.floor(random.next() * span)).sort((a, b) => a - b);
    for (const at of times) {
      const commentor = random.pick(participants);
      const comment: SimComment = {
        id: this.ctx.ids.next(at),
        commentor,
        at,
        message: random.pick(COMMENTS),
        atUsers: random.chance(0.4) ? [random.pick(participants)] : [],
        fileCount: random.chance(0.15) ? random.int(1, 3) : 0,
        imageCount: random.chance(0.15) ? random.int(1, 2) : 0,
      };
      process.comments.push(comment);
    }
    process.modifiedAt = Math.max(process.modifiedAt, times[times.length - 1]!);
  }
}

function isHrNode(planned: readonly (SimUser | null)[], tenant: Tenant): boolean {
  const lead = tenant.directory.withRole('hrbp')[0];
  return planned.includes(lead ?? null);
}

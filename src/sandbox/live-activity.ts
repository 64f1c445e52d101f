/**
 * Someone is always busy in a live tenant: every few seconds a random person approves, rejects,
 * comments, transfers, withdraws or starts something, so subscriptions fire while you watch GraphiQL.
 */
import type { Logger } from '../logger.js';
import type { SandboxCore } from './core.js';
import { currentNode, STATUS, type SimProcess } from './model.js';
import type { Random } from './random.js';

const REASONS = ['信息不完整，请补充', '预算不足', '请与直属上级确认后再提交'];
const COMMENTS = ['收到，正在处理', '请补充附件', '已与候选人确认', 'Looks good to me'];

export interface LiveActivity {
  stop(): void;
}

export function startLiveActivity(core: SandboxCore, intervalSeconds: number, random: Random, logger: Logger): LiveActivity {
  const timer = setInterval(() => {
    try {
      act(core, random);
    } catch (error) {
      // A drawn action can be illegal at that moment (a transfer to someone already on the node, ...): skip it.
      logger.debug({ err: error }, 'sandbox: live action skipped');
    }
  }, intervalSeconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

function act(core: SandboxCore, random: Random): void {
  const running = [...core.tenant.processes.values()].filter((p) => p.status === STATUS.inProgress);
  if (running.length === 0 || random.chance(0.1)) {
    core.startRandomProcess();
    return;
  }
  const process = random.pick(running);
  const task = currentNode(process)?.tasks.find((t) => t.state === 'pending');
  if (!task) return;
  const actor = task.assignee ?? 'system';
  const roll = random.next();
  if (roll < 0.65) core.machine.decide(process.id, task.id, { action: 'approve', actor, reason: '同意' });
  else if (roll < 0.75) core.machine.decide(process.id, task.id, { action: 'reject', actor, reason: random.pick(REASONS) });
  else if (roll < 0.88) core.machine.comment(process.id, task.assignee ?? someone(core, process), random.pick(COMMENTS));
  else if (roll < 0.95) core.machine.transfer(process.id, actor, random.pick(core.tenant.directory.users), [task.id]);
  else if (process.initiator) core.machine.withdraw(process.id, process.initiator);
}

function someone(core: SandboxCore, process: SimProcess) {
  return process.initiator ?? core.tenant.directory.withRole('hr_admin')[0]!;
}

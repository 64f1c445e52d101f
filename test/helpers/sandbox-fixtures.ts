/** Sandbox fixtures the read-path tests share. */
import type { Sandbox, SandboxUser } from '../../src/sandbox/types.js';

/** open_ids of directory users without any task, so a test owns everything their approvers list shows. */
export function idleUsers(sandbox: Sandbox, count: number): string[] {
  const idle = sandbox.control
    .users()
    .map((user) => user.openId)
    .filter((openId) => sandbox.control.tasksOf(openId).length === 0);
  if (idle.length < count) throw new Error(`the sandbox tenant has only ${idle.length} users without tasks`);
  return idle.slice(0, count);
}

/**
 * `processes` processes on each of which `user` holds `tasksEach` tasks: nodes approved by them,
 * then one waiting for them. Started by `initiator`.
 */
export function processesWithTasks(sandbox: Sandbox, user: string, initiator: string, processes: number, tasksEach: number): string[] {
  return Array.from({ length: processes }, () =>
    sandbox.control.createProcess({
      initiator,
      nodes: Array.from({ length: tasksEach }, (_, i) => ({
        nodeDefinitionId: `approval_step_${i}`,
        mode: 'AND' as const,
        approvers: [user],
        state: i < tasksEach - 1 ? ('done' as const) : ('pending' as const),
      })),
    }),
  );
}

/** The tenant's users, fewest tasks first: the ones a test can follow without others' tasks in the way. */
export function usersByFewestTasks(sandbox: Sandbox): SandboxUser[] {
  return [...sandbox.control.users()].sort((x, y) => sandbox.control.tasksOf(x.openId).length - sandbox.control.tasksOf(y.openId).length);
}

/**
 * A process waiting for `first` whose next node gives `second` a task once `first` approves: the way a
 * user gains a task. Created without events, so the test's own step is the only change there is to hear of.
 */
export function taskHandedOnProcess(sandbox: Sandbox, initiator: string, first: string, second: string): string {
  return sandbox.control.createProcess({
    initiator,
    emitEvents: false,
    nodes: [
      { mode: 'OR', approvers: [first], state: 'pending' },
      { mode: 'OR', approvers: [second], state: 'future' },
    ],
  });
}

/** The distinct ids of the events the simulator delivered for `processId` (a duplicate push counts once). */
export function deliveredEventIds(sandbox: Sandbox, processId: string): string[] {
  const delivered = sandbox.control.pushedEvents().filter((push) => push.processId === processId && push.delivered);
  return [...new Set(delivered.map((push) => push.eventId))];
}

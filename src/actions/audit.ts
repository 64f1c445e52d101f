/**
 * The audit trail of writes: one structured line per mutation attempt (done, failed or refused),
 * saying who called, as whom it acted, what, on which process, and how it ended. Never a credential:
 * callers are named by their configured name or token subject.
 */
import type { Actor } from '../domain/actions.js';
import type { Logger } from '../logger.js';

export interface MutationAudit {
  /** The caller's name (API key name, JWT subject, or "anonymous" with auth off). */
  caller: string;
  callerKind: string;
  action: string;
  /** Absent when the input was refused before a process id could be read from it. */
  processId?: string;
  /** As resolved from the input and the caller; absent when refused before. */
  actor?: Actor;
  /** SUCCESS, or the failure's code (FORBIDDEN, INVALID_INPUT, TASK_ALREADY_PROCESSED ...). */
  outcome: string;
  feishuCode?: number;
  logId?: string;
}

/** `ou_x` (OPEN_ID), or "system". */
function describeActor(actor: Actor | undefined): string | undefined {
  if (!actor) return undefined;
  return actor.kind === 'system' ? 'system' : `${actor.userId} (${actor.userIdType})`;
}

export function auditTo(logger: Logger): (entry: MutationAudit) => void {
  const audit = logger.child({ component: 'audit' });
  return (entry) => {
    const { actor, ...rest } = entry;
    audit.info({ ...rest, actor: describeActor(actor) }, 'mutation');
  };
}

/**
 * What a caller may see. With process:read, everything; otherwise only what concerns its own user:
 * its own task lists, and the processes in which its user is the initiator, the assignee of a task
 * (todo or done) or a CC recipient. Decided from the process detail alone, which the gateway reads
 * to answer anyway, so a refusal costs no extra call.
 */
import type { Process, UserIdType } from '../domain/process.js';
import { isOwnUser, type Caller, type CallerUser } from './caller.js';

/** Whether the detail names `user` (the detail names people in `detailIdType`, the id type it was read with). */
export function processConcerns(process: Process, user: CallerUser, detailIdType: UserIdType): boolean {
  // A user known by another id type cannot be matched to the detail's people: it sees none (fail closed).
  if (user.idType !== detailIdType) return false;
  if (process.initiator?.id === user.id) return true;
  if (process.approverTasks.some((task) => task.assignee?.id === user.id)) return true;
  return process.ccTasks.some((cc) => cc.recipient?.id === user.id);
}

export function canReadEverything(caller: Caller): boolean {
  return caller.scopes.has('process:read');
}

export function maySeeProcess(caller: Caller, process: Process, detailIdType: UserIdType): boolean {
  return canReadEverything(caller) || (caller.user !== undefined && processConcerns(process, caller.user, detailIdType));
}

/** Whether a caller may see some process at all; one that may not is refused before anything is read. */
export function maySeeAnyProcess(caller: Caller): boolean {
  return canReadEverything(caller) || caller.user !== undefined;
}

/** A user's task lists (approverTasks, approverTasksChanged): one's own, or anyone's with process:read. */
export function maySeeTasksOf(caller: Caller, userId: string, idType: UserIdType): boolean {
  return canReadEverything(caller) || isOwnUser(caller, userId, idType);
}

/**
 * Callers who see the same things: every reader (process:read, or anyone with authentication off)
 * sees everything; any other caller sees what concerns its own user, or nothing without one. Answers
 * to reads may be shared within a scope and never across scopes.
 */
export function visibilityScope(caller: Caller): string {
  if (canReadEverything(caller)) return 'reader';
  return caller.user ? `user:${caller.user.idType}:${caller.user.id}` : 'none';
}

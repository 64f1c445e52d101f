/**
 * Whom a caller may act as. task:act acts as the caller's own user; another user (`actorId`), the
 * system (`asSystem`) and revoking need process:admin. Decided from the input alone, before anything
 * is sent to Feishu.
 */
import type { UserIdType } from '../domain/process.js';
import { isOwnUser, type Caller, type Scope } from './caller.js';

export interface ActingRequest {
  actorId?: string | null;
  actorIdType?: UserIdType | null;
  asSystem?: boolean | null;
  /** The action itself needs process:admin (revokeProcess). */
  adminOnly?: boolean;
}

export type ActingScope = Extract<Scope, 'task:act' | 'process:admin'>;

/** The scope the request needs from this caller. */
export function scopeNeededToAct(caller: Caller, request: ActingRequest): ActingScope {
  if (request.adminOnly || request.asSystem) return 'process:admin';
  if (request.actorId == null || request.actorId.trim() === '') {
    // Acting as "oneself" needs a self: a caller bound to no user can only name someone, as an admin.
    return caller.user || caller.kind === 'anonymous' ? 'task:act' : 'process:admin';
  }
  return isOwnUser(caller, request.actorId.trim(), request.actorIdType ?? 'OPEN_ID') ? 'task:act' : 'process:admin';
}

/** Why the caller may not act so, in words for the client; undefined when it may. */
export function refusalToAct(caller: Caller, request: ActingRequest, action: string): string | undefined {
  const needed = scopeNeededToAct(caller, request);
  if (caller.scopes.has(needed)) return undefined;
  if (needed === 'task:act') return `${action} needs the task:act scope`;
  if (request.adminOnly) return `${action} needs the process:admin scope`;
  if (request.asSystem) return 'acting as the system (asSystem) needs the process:admin scope';
  if (request.actorId == null || request.actorId.trim() === '') {
    return 'this caller is bound to no Feishu user: name actorId, which needs the process:admin scope';
  }
  return 'acting as another user (actorId) needs the process:admin scope';
}

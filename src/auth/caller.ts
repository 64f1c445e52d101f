/**
 * Who is calling: resolved once per HTTP request, SSE stream or WebSocket connection, before anything
 * executes, and read by everything after it (authorization, audit, idempotency, fair shares).
 */
import type { UserIdType } from '../domain/process.js';
import { SCOPES, type Scope } from '../domain/scopes.js';

export { SCOPES, isScope, type Scope } from '../domain/scopes.js';

export interface CallerUser {
  id: string;
  idType: UserIdType;
}

export interface Caller {
  /** For logs, audit and fair shares; never a secret. */
  name: string;
  /** 'anonymous' when caller authentication is off (GATEWAY_AUTH=off, or sandbox mode by default). */
  kind: 'api-key' | 'jwt' | 'anonymous';
  /** Already expanded: process:admin implies task:act. */
  scopes: ReadonlySet<Scope>;
  /** The caller's own Feishu user, when it has one. */
  user?: CallerUser;
  /** When the credential stops being valid (a JWT's `exp`): a subscription opened with it ends then. */
  expiresAt?: Date;
}

/** The set of scopes a grant amounts to: process:admin includes task:act. */
export function scopeSet(granted: Iterable<Scope>): ReadonlySet<Scope> {
  const scopes = new Set(granted);
  if (scopes.has('process:admin')) scopes.add('task:act');
  return scopes;
}

/** With authentication off the gateway trusts its network: every scope, no user (mutations name their actor). */
export const ANONYMOUS_CALLER: Caller = Object.freeze({ name: 'anonymous', kind: 'anonymous', scopes: scopeSet(SCOPES) });

export function isOwnUser(caller: Caller, userId: string, idType: UserIdType): boolean {
  return caller.user !== undefined && caller.user.id === userId && caller.user.idType === idType;
}

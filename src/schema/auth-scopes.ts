/**
 * The caller's scopes as @pothos/plugin-scope-auth sees them. Fields name these in `authScopes`;
 * what each one grants is decided in src/auth, from the Caller alone.
 */
import type { Caller } from '../auth/caller.js';

export interface GatewayAuthScopes {
  /** process:read: every process, every task list, every event. */
  processRead: boolean;
  /** task:act (or process:admin): act as the caller's own user. */
  taskAct: boolean;
  /** process:admin: act as anyone or as the system, and revoke. */
  processAdmin: boolean;
  /** The caller has a Feishu user of its own: it sees what concerns that user. */
  ownUser: boolean;
}

export function authScopesOf(caller: Caller): GatewayAuthScopes {
  return {
    processRead: caller.scopes.has('process:read'),
    taskAct: caller.scopes.has('task:act'),
    processAdmin: caller.scopes.has('process:admin'),
    ownUser: caller.user !== undefined,
  };
}

/** How a refusal reads, by what was refused (the plugin's own messages name Pothos internals). */
export const FORBIDDEN_MESSAGES = {
  process: 'this process does not concern your user: reading it needs the process:read scope',
  approverTask: "this task's process does not concern your user: reading it needs the process:read scope",
  processes: 'listing the tenant’s processes needs the process:read scope (a caller without it reads its own approverTasks and the processes they name)',
  tasksOf: "reading another user's tasks needs the process:read scope",
  noUser: 'this caller has neither the process:read scope nor a Feishu user of its own: it may introspect and nothing more',
} as const;

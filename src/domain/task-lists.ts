import type { UserIdType } from './process.js';

/** A user as Feishu names them under one id type. */
export interface UserRef {
  userId: string;
  userIdType: UserIdType;
}

/**
 * Task lists that may have changed, as every replica learns it (Feishu's events, this gateway's own
 * actions): through a process, and for the users whose lists went stale with it.
 */
export interface TaskListsChange {
  /** The process that changed, when known. */
  processId?: string;
  users: readonly UserRef[];
}

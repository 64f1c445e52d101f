/**
 * `Subscription.approverTasksChanged`: tells an inbox when to read its tasks again. It rides on the
 * changes every replica is told about (task lists dropped because a process changed), so the re-read
 * it prompts is served fresh. Live only: it has no log to resume from; `processEvents` is the record.
 */
import { maySeeTasksOf } from '../auth/visibility.js';
import type { UserIdType } from '../domain/process.js';
import type { TaskListsChange } from '../domain/task-lists.js';
import { AsyncQueue } from '../events/async-queue.js';
import { PROCESS_READ_ID_TYPE } from '../loaders/loaders.js';
import type { ProcessWatchers } from '../loaders/process-watchers.js';
import { FORBIDDEN_MESSAGES } from './auth-scopes.js';
import { builder } from './builder.js';
import type { ChangeFeed } from './context.js';
import { UserIdTypeEnum } from './enums.js';
import { forbidden } from './errors.js';

interface ApproverTasksChange {
  userId: string;
  userIdType: UserIdType;
  processId?: string;
  occurredAt: Date;
}

const ApproverTasksChangeRef = builder.objectRef<ApproverTasksChange>('ApproverTasksChange').implement({
  description: "A user's task lists may have changed: read `approverTasks` again (it is served fresh).",
  fields: (t) => ({
    userId: t.exposeID('userId'),
    userIdType: t.field({ type: UserIdTypeEnum, resolve: (change) => change.userIdType }),
    processId: t.exposeID('processId', { nullable: true, description: 'The process that changed, when known.' }),
    occurredAt: t.field({ type: 'DateTime', resolve: (change) => change.occurredAt }),
  }),
});

/**
 * Process details name users by open id; a list read under another id type cannot be matched to them,
 * so such a subscriber hears every change of anyone's task lists rather than miss its own.
 */
function concerns(change: TaskListsChange, userId: string, userIdType: UserIdType): boolean {
  const { users } = change;
  return userIdType === PROCESS_READ_ID_TYPE ? users.some((user) => user.userIdType === userIdType && user.userId === userId) : users.length > 0;
}

/** While it listens, every changed process is read again: only the fresh detail names the users who just gained a task. */
function changesFor(feed: ChangeFeed, watchers: ProcessWatchers, userId: string, userIdType: UserIdType): AsyncIterableIterator<ApproverTasksChange> {
  let stop = () => {};
  const unwatch = watchers.watch();
  const queue = new AsyncQueue<ApproverTasksChange>(() => {
    stop();
    unwatch();
  });
  stop = feed.subscribe(
    (change) => {
      if (concerns(change, userId, userIdType)) queue.push({ userId, userIdType, processId: change.processId, occurredAt: new Date() });
    },
    () => queue.finish(),
  );
  return queue;
}

builder.subscriptionField('approverTasksChanged', (t) =>
  t.field({
    type: ApproverTasksChangeRef,
    description: [
      "Fires when a user's tasks may have changed: a process they held, hold or just gained a task on changed",
      '(learned from Feishu\'s events or this gateway\'s own actions, on any replica). Live only, at least once per',
      'change, possibly more; re-read `approverTasks` when it fires.',
    ].join(' '),
    args: {
      userId: t.arg.id({ required: true }),
      userIdType: t.arg({ type: UserIdTypeEnum, defaultValue: 'OPEN_ID' }),
    },
    authScopes: (_root, args, context) => maySeeTasksOf(context.caller, String(args.userId), args.userIdType ?? 'OPEN_ID'),
    unauthorizedError: () => forbidden(FORBIDDEN_MESSAGES.tasksOf),
    subscribe: (_root, { userId, userIdType }, context) => changesFor(context.changes, context.watchers, String(userId), userIdType ?? 'OPEN_ID'),
    resolve: (change: ApproverTasksChange) => change,
  }),
);

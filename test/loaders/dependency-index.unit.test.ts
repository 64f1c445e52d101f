import { describe, expect, it } from 'vitest';
import { taskListsChangeOf, userKey } from '../../src/loaders/dependency-index.js';

describe('taskListsChangeOf', () => {
  it("tells a cache change in the domain's terms: users, not the cache's user keys", () => {
    const change = taskListsChangeOf({ processId: 'p1', users: [userKey('OPEN_ID', 'ou_1'), userKey('USER_ID', 'u:2')] });
    expect(change).toEqual({
      processId: 'p1',
      users: [
        { userIdType: 'OPEN_ID', userId: 'ou_1' },
        { userIdType: 'USER_ID', userId: 'u:2' },
      ],
    });
  });

  it('names no users for a change of a process alone, and no process for a change of users alone', () => {
    expect(taskListsChangeOf({ processId: 'p1' })).toEqual({ processId: 'p1', users: [] });
    expect(taskListsChangeOf({ users: [userKey('OPEN_ID', 'ou_1')] })).toEqual({ users: [{ userIdType: 'OPEN_ID', userId: 'ou_1' }] });
  });
});

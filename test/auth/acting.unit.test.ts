import { describe, expect, it } from 'vitest';
import { refusalToAct, scopeNeededToAct } from '../../src/auth/acting.js';
import { ANONYMOUS_CALLER, scopeSet, type Caller, type Scope } from '../../src/auth/caller.js';
import { maySeeProcess, maySeeTasksOf } from '../../src/auth/visibility.js';
import type { Process } from '../../src/domain/process.js';

const caller = (scopes: Scope[], user?: string): Caller => ({
  name: 'c',
  kind: 'api-key',
  scopes: scopeSet(scopes),
  ...(user && { user: { id: user, idType: 'OPEN_ID' as const } }),
});

describe('whom a caller may act as', () => {
  it('task:act acts as its own user only; process:admin (which includes task:act) as anyone, the system, and revokes', () => {
    const user = caller(['task:act'], 'ou_me');
    expect(refusalToAct(user, {}, 'approveTask')).toBeUndefined();
    expect(refusalToAct(user, { actorId: 'ou_me' }, 'approveTask')).toBeUndefined();
    expect(refusalToAct(user, { actorId: 'ou_me', actorIdType: 'USER_ID' }, 'approveTask')).toMatch(/process:admin/);
    expect(refusalToAct(user, { actorId: 'ou_other' }, 'approveTask')).toMatch(/another user/);
    expect(refusalToAct(user, { asSystem: true }, 'approveTask')).toMatch(/asSystem/);
    expect(refusalToAct(user, { adminOnly: true }, 'revokeProcess')).toMatch(/revokeProcess needs the process:admin scope/);
    const admin = caller(['process:admin']);
    expect(admin.scopes.has('task:act')).toBe(true);
    for (const request of [{ actorId: 'ou_other' }, { asSystem: true }, { adminOnly: true, actorId: 'ou_x' }]) {
      expect(refusalToAct(admin, request, 'approveTask')).toBeUndefined();
    }
  });

  it('a caller with task:act but no user of its own can act only by naming someone, as an admin', () => {
    const service = caller(['task:act']);
    expect(scopeNeededToAct(service, {})).toBe('process:admin');
    expect(refusalToAct(service, {}, 'approveTask')).toMatch(/bound to no Feishu user/);
  });

  it('a reader may not act at all; the anonymous caller (auth off) may do everything', () => {
    expect(refusalToAct(caller(['process:read'], 'ou_me'), {}, 'approveTask')).toBe('approveTask needs the task:act scope');
    expect(refusalToAct(ANONYMOUS_CALLER, { asSystem: true, adminOnly: true }, 'revokeProcess')).toBeUndefined();
  });
});

describe('what a caller may see', () => {
  const process = (initiator: string | null, assignees: string[], ccs: string[]): Process => ({
    processId: 'p',
    status: 'IN_PROGRESS',
    initiator: initiator ? { id: initiator } : null,
    abstracts: [],
    comments: [],
    approverTasks: assignees.map((id, i) => ({
      approverId: `t${i}`,
      processId: 'p',
      status: 'IN_PROGRESS',
      source: 'TODO',
      assignee: { id },
    })),
    ccTasks: ccs.map((id, i) => ({ approverId: `c${i}`, processId: 'p', recipient: { id } })),
  });

  it('sees processes naming its user as initiator, assignee or CC recipient, in the id type details use', () => {
    const p = process('ou_init', ['ou_a'], ['ou_cc']);
    for (const user of ['ou_init', 'ou_a', 'ou_cc']) expect(maySeeProcess(caller([], user), p, 'OPEN_ID')).toBe(true);
    expect(maySeeProcess(caller(['task:act', 'process:admin'], 'ou_z'), p, 'OPEN_ID')).toBe(false);
    expect(maySeeProcess(caller(['process:read']), p, 'OPEN_ID')).toBe(true);
    const userIdCaller: Caller = { ...caller([]), user: { id: 'ou_a', idType: 'USER_ID' } };
    expect(maySeeProcess(userIdCaller, p, 'OPEN_ID')).toBe(false);
  });

  it('sees its own task lists only, unless it reads everything', () => {
    expect(maySeeTasksOf(caller([], 'ou_a'), 'ou_a', 'OPEN_ID')).toBe(true);
    expect(maySeeTasksOf(caller([], 'ou_a'), 'ou_b', 'OPEN_ID')).toBe(false);
    expect(maySeeTasksOf(caller([], 'ou_a'), 'ou_a', 'USER_ID')).toBe(false);
    expect(maySeeTasksOf(caller(['process:read']), 'ou_b', 'OPEN_ID')).toBe(true);
  });
});

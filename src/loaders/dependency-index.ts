/**
 * What cached things depend on, and which of them a change makes stale. One index serves every
 * cache that is dropped by changes (the loader cache's entries, the result cache's answers), so a
 * change means the same thing to all of them.
 *
 * Tags: the processes an entry is about, the owner of a task list, and the operators of a process
 * (users whose task lists mention it). A change of process P makes stale every entry about P and
 * every task list of a user tied to P (owner or operator of something about P). Users named by a
 * change (new operators, learned from a fresh detail) make their task lists stale, and every list
 * kept under another id type too: those cannot be matched to the open ids that details name.
 */
import { USER_ID_TYPES, type UserIdType } from '../domain/process.js';
import type { TaskListsChange, UserRef } from '../domain/task-lists.js';

/** What an entry is about, so that invalidating a process finds it. */
export interface EntryTags {
  /** Processes whose change makes the entry stale. */
  processIds: readonly string[];
  /** Owner of a task-list page, as a user key (see `userKey`). */
  user?: string;
  /** Users holding tasks on the process: their task lists go stale when it changes. */
  operators?: readonly string[];
}

/**
 * What changed, as replicas tell each other: a process (its entries, and the task lists that mention
 * it), and users whose task lists are stale (new operators, found when the process is read again).
 */
export interface CacheChange {
  processId?: string;
  /** User keys (see `userKey`). */
  users?: readonly string[];
}

/** How task-list owners and process operators are named in tags. */
export function userKey(userIdType: string, userId: string): string {
  return `${userIdType}:${userId}`;
}

const idTypeOf = (user: string) => user.slice(0, user.indexOf(':'));

function userOfKey(user: string): UserRef | undefined {
  const userIdType = idTypeOf(user);
  if (!(USER_ID_TYPES as readonly string[]).includes(userIdType)) return undefined;
  return { userIdType: userIdType as UserIdType, userId: user.slice(userIdType.length + 1) };
}

/** A change in the domain's terms (users, not user keys), for those who only need to know whose task lists changed. */
export function taskListsChangeOf(change: CacheChange): TaskListsChange {
  const users = (change.users ?? []).map(userOfKey).filter((user) => user !== undefined);
  return { ...(change.processId !== undefined && { processId: change.processId }), users };
}

/** What the index keeps per key: an entry's tags, or an answer's (which may have read several users' lists). */
export interface IndexedTags {
  processIds: readonly string[];
  /** Owners of the task lists read. */
  users?: readonly string[];
  operators?: readonly string[];
}

/** The index's view of one loader-cache entry. */
export function indexedTags(tags: EntryTags): IndexedTags {
  return tags.user === undefined ? tags : { processIds: tags.processIds, users: [tags.user], operators: tags.operators };
}

class Index {
  private readonly map = new Map<string, Set<string>>();

  add(name: string, key: string): void {
    let keys = this.map.get(name);
    if (!keys) this.map.set(name, (keys = new Set()));
    keys.add(key);
  }

  remove(name: string, key: string): void {
    const keys = this.map.get(name);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) this.map.delete(name);
  }

  names(): string[] {
    return [...this.map.keys()];
  }

  keys(name: string): readonly string[] {
    const keys = this.map.get(name);
    return keys ? [...keys] : [];
  }
}

export class DependencyIndex {
  private readonly tags = new Map<string, IndexedTags>();
  private readonly byProcess = new Index();
  private readonly byUser = new Index();

  add(key: string, tags: IndexedTags): void {
    this.remove(key);
    this.tags.set(key, tags);
    for (const id of tags.processIds) this.byProcess.add(id, key);
    for (const user of tags.users ?? []) this.byUser.add(user, key);
  }

  remove(key: string): void {
    const tags = this.tags.get(key);
    if (!tags) return;
    this.tags.delete(key);
    for (const id of tags.processIds) this.byProcess.remove(id, key);
    for (const user of tags.users ?? []) this.byUser.remove(user, key);
  }

  /** Whether any indexed entry is about the process. */
  holds(processId: string): boolean {
    return this.byProcess.keys(processId).length > 0;
  }

  /** Users whose task lists the indexed entries tie to the process: list owners, and the operators of its detail. */
  usersOf(processId: string): string[] {
    const users = new Set<string>();
    for (const key of this.byProcess.keys(processId)) {
      const tags = this.tags.get(key);
      for (const user of tags?.users ?? []) users.add(user);
      for (const user of tags?.operators ?? []) users.add(user);
    }
    return [...users];
  }

  /** Keys of the entries about the process, and of the task lists of users tied to it (here, or in `alsoUsers`). */
  staleWithProcess(processId: string, alsoUsers: readonly string[] = []): Set<string> {
    const stale = new Set(this.byProcess.keys(processId));
    for (const user of [...this.usersOf(processId), ...alsoUsers]) for (const key of this.byUser.keys(user)) stale.add(key);
    return stale;
  }

  /** Keys of the task lists of these users (new operators), and of every list kept under another id type. */
  staleWithUsers(users: readonly string[]): Set<string> {
    const stale = new Set<string>();
    if (users.length === 0) return stale;
    const idTypes = new Set(users.map(idTypeOf));
    for (const user of this.byUser.names()) {
      if (users.includes(user) || !idTypes.has(idTypeOf(user))) for (const key of this.byUser.keys(user)) stale.add(key);
    }
    return stale;
  }

  /** Keys a change makes stale; `listsOf`: owners of task lists another index tied to the process. */
  staleWith(change: CacheChange & { listsOf?: readonly string[] }): Set<string> {
    const stale = change.processId === undefined ? new Set<string>() : this.staleWithProcess(change.processId, change.listsOf);
    for (const key of this.staleWithUsers(change.users ?? [])) stale.add(key);
    return stale;
  }
}

/**
 * Names of what a change touches, to tell whether something read before the change was stale when
 * it was stored: `marksOf(tags)` of a thing meets `changeMarks(change)` when the change makes it stale
 * (over-approximated: an id type is touched by a users change naming none of its users).
 */
export function changeMarks(change: CacheChange & { listsOf?: readonly string[] }): string[] {
  const marks: string[] = [];
  if (change.processId !== undefined) marks.push(`p:${change.processId}`);
  for (const user of change.listsOf ?? []) marks.push(`u:${user}`);
  const users = change.users ?? [];
  for (const user of users) marks.push(`u:${user}`);
  if (users.length > 0) {
    const named = new Set(users.map(idTypeOf));
    for (const idType of USER_ID_TYPES) if (!named.has(idType)) marks.push(`t:${idType}`);
  }
  return marks;
}

/** What a thing read, as marks (its processes and the task lists it read). */
export function marksOf(tags: IndexedTags): string[] {
  return [...tags.processIds.map((id) => `p:${id}`), ...(tags.users ?? []).flatMap((user) => [`u:${user}`, `t:${idTypeOf(user)}`])];
}

/** Changes remembered by a ChangeClock before the oldest are forgotten. */
const REMEMBERED_CHANGES = 50_000;

/**
 * Tells whether something read from `since` on may have missed a change: each change stamps the
 * marks it touches; what started before a stamp on one of its marks is stale. Bounded: once a stamp is
 * forgotten, everything that started before it counts as stale (refused, never wrongly kept).
 */
export class ChangeClock {
  private sequence = 0;
  /** The latest stamp forgotten: what started at or before it cannot be vouched for. */
  private forgottenBefore = -1;
  private readonly stamps = new Map<string, number>();

  now(): number {
    return this.sequence;
  }

  tick(marks: readonly string[]): void {
    const stamp = this.sequence++;
    for (const mark of marks) {
      this.stamps.delete(mark);
      this.stamps.set(mark, stamp);
    }
    // Oldest first (Map keeps insertion order, and a re-stamped mark moved to the end).
    for (const [mark, oldest] of this.stamps) {
      if (this.stamps.size <= REMEMBERED_CHANGES) break;
      this.stamps.delete(mark);
      this.forgottenBefore = Math.max(this.forgottenBefore, oldest);
    }
  }

  changedSince(marks: readonly string[], since: number): boolean {
    return since <= this.forgottenBefore || marks.some((mark) => (this.stamps.get(mark) ?? -1) >= since);
  }
}

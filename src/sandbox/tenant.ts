/**
 * Everything the simulated tenant holds, with the indexes the endpoints need: processes by id and by
 * modification time, tasks by id, and each user's tasks, CC items and initiated processes.
 */
import type { Catalog } from './catalog.js';
import type { Directory } from './directory.js';
import { compareIds } from './ids.js';
import { ModifiedIndex } from './modified-index.js';
import type { SimCc, SimProcess, SimTask, SimUser } from './model.js';

/** One line of a user's approvers list: a task, a CC item, or the process they initiated. */
export type UserItem =
  | { kind: 'task'; approverId: string; task: SimTask }
  | { kind: 'cc'; approverId: string; cc: SimCc }
  | { kind: 'initiated'; approverId: string; process: SimProcess };

export class Tenant {
  readonly processes = new Map<string, SimProcess>();
  readonly tasks = new Map<string, SimTask>();
  private readonly byModified = new ModifiedIndex<SimProcess>();
  private readonly tasksByUser = new Map<string, Set<SimTask>>();
  private readonly ccByUser = new Map<string, Set<SimCc>>();
  private readonly initiatedByUser = new Map<string, Set<SimProcess>>();
  /** Each user's items sorted by approver id; dropped whenever the user's set of items changes. */
  private readonly sortedItems = new Map<string, UserItem[]>();

  constructor(
    readonly directory: Directory,
    readonly catalog: Catalog,
  ) {}

  /** Adds a generated tenant in one go (one sort instead of one insert per process). */
  load(processes: readonly SimProcess[]): void {
    for (const process of processes) this.register(process);
    this.byModified.load(this.processes.values());
  }

  add(process: SimProcess): void {
    this.register(process);
    this.byModified.insert(process);
  }

  /** Moves the modification time forward (strictly, so every change is visible to the list's window). */
  touch(process: SimProcess, atMs: number): void {
    this.byModified.remove(process);
    process.modifiedAt = Math.max(atMs, process.modifiedAt + 1);
    this.byModified.insert(process);
  }

  modifiedBetween(fromMs: number, toMs: number): SimProcess[] {
    return this.byModified.range(fromMs, toMs);
  }

  addTask(task: SimTask): void {
    this.tasks.set(task.id, task);
    if (task.assignee) this.bucket(this.tasksByUser, task.assignee.openId).add(task);
  }

  reassign(task: SimTask, to: SimUser): void {
    if (task.assignee) this.bucket(this.tasksByUser, task.assignee.openId).delete(task);
    task.assignee = to;
    this.bucket(this.tasksByUser, to.openId).add(task);
  }

  addCc(cc: SimCc): void {
    this.bucket(this.ccByUser, cc.recipient.openId).add(cc);
  }

  /** The user's items in approvers-list order; sorted once and reused until they change (busy users have thousands). */
  itemsOf(user: SimUser): readonly UserItem[] {
    const cached = this.sortedItems.get(user.openId);
    if (cached) return cached;
    const items: UserItem[] = [
      ...[...(this.tasksByUser.get(user.openId) ?? [])].map((task): UserItem => ({ kind: 'task', approverId: task.id, task })),
      ...[...(this.ccByUser.get(user.openId) ?? [])].map((cc): UserItem => ({ kind: 'cc', approverId: cc.id, cc })),
      ...[...(this.initiatedByUser.get(user.openId) ?? [])].map((process): UserItem => ({
        kind: 'initiated',
        approverId: process.id,
        process,
      })),
    ].sort((a, b) => compareIds(a.approverId, b.approverId));
    this.sortedItems.set(user.openId, items);
    return items;
  }

  private register(process: SimProcess): void {
    this.processes.set(process.id, process);
    if (process.initiator) this.bucket(this.initiatedByUser, process.initiator.openId).add(process);
    for (const node of process.nodes) {
      for (const task of node.tasks) this.addTask(task);
      for (const cc of node.cc) this.addCc(cc);
    }
  }

  /** A user's set in one of the indexes, for a change: the user's sorted list is stale from here on. */
  private bucket<V>(map: Map<string, Set<V>>, openId: string): Set<V> {
    this.sortedItems.delete(openId);
    let set = map.get(openId);
    if (!set) {
      set = new Set();
      map.set(openId, set);
    }
    return set;
  }
}

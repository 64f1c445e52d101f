/**
 * Everything the simulated tenant holds, with the indexes the endpoints need: processes by id and by
 * modification time, tasks by id, and each user's tasks, CC items and initiated processes.
 */
import type { Catalog } from './catalog.js';
import type { Directory } from './directory.js';
import { ModifiedIndex } from './modified-index.js';
import type { SimCc, SimProcess, SimTask, SimUser } from './model.js';

export interface UserItems {
  tasks: SimTask[];
  cc: SimCc[];
  initiated: SimProcess[];
}

export class Tenant {
  readonly processes = new Map<string, SimProcess>();
  readonly tasks = new Map<string, SimTask>();
  private readonly byModified = new ModifiedIndex<SimProcess>();
  private readonly tasksByUser = new Map<string, Set<SimTask>>();
  private readonly ccByUser = new Map<string, Set<SimCc>>();
  private readonly initiatedByUser = new Map<string, Set<SimProcess>>();

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
    if (task.assignee) bucket(this.tasksByUser, task.assignee.openId).add(task);
  }

  reassign(task: SimTask, to: SimUser): void {
    if (task.assignee) this.tasksByUser.get(task.assignee.openId)?.delete(task);
    task.assignee = to;
    bucket(this.tasksByUser, to.openId).add(task);
  }

  addCc(cc: SimCc): void {
    bucket(this.ccByUser, cc.recipient.openId).add(cc);
  }

  itemsOf(user: SimUser): UserItems {
    return {
      tasks: [...(this.tasksByUser.get(user.openId) ?? [])],
      cc: [...(this.ccByUser.get(user.openId) ?? [])],
      initiated: [...(this.initiatedByUser.get(user.openId) ?? [])],
    };
  }

  private register(process: SimProcess): void {
    this.processes.set(process.id, process);
    if (process.initiator) bucket(this.initiatedByUser, process.initiator.openId).add(process);
    for (const node of process.nodes) {
      for (const task of node.tasks) this.addTask(task);
      for (const cc of node.cc) this.addCc(cc);
    }
  }
}

function bucket<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

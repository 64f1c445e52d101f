/**
 * A task read from a user's approvers list names only its ids and the list's status; everything else
 * about it, its status and source included, is what the process detail says. One task then reads the
 * same whichever way it was reached (a user's list, a process, an event, `node(id)`), which is what a
 * client's normalized cache assumes of one id. The list's own status belongs to the listing, not the task.
 */
import type { ApproverTask, Process } from './process.js';

/**
 * The detail's view of a task listed by the approvers list. A listed copy (CC) or a task the detail
 * does not list (an initiator's item, a task the detail no longer shows) has no other view: it keeps
 * the list's, completed by a CC item's fields.
 */
export function detailIn(process: Process, listed: ApproverTask): ApproverTask {
  const item = process.approverTasks.find((candidate) => candidate.approverId === listed.approverId);
  if (item) return item;
  const cc = process.ccTasks.find((candidate) => candidate.approverId === listed.approverId);
  if (!cc) return listed;
  const { recipient, nodeDefinitionId, nodeName, links, createdAt } = cc;
  return { ...listed, assignee: recipient, operatorName: recipient?.name, nodeDefinitionId, nodeName, links, createdAt };
}

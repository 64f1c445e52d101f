/** Who a configured node goes to for a given initiator: the org chart decides, nobody approves their own request. */
import type { Directory } from './directory.js';
import type { ApproverRole, SimUser } from './model.js';
import type { Random } from './random.js';

export function resolveAssignees(role: ApproverRole, initiator: SimUser | null, directory: Directory, random: Random): (SimUser | null)[] {
  const [ceo] = directory.withRole('ceo');
  const hrbps = directory.withRole('hrbp');
  const [lead] = hrbps;
  const others = hrbps.slice(1);
  const people = ((): SimUser[] => {
    switch (role) {
      case 'manager':
        return initiator?.manager ? [initiator.manager] : [];
      case 'hrbp':
        return random.chance(0.5) ? [lead!, random.pick(others)] : [lead!];
      case 'hrbp_pair':
        return [lead!, random.pick(others)];
      case 'finance':
        return random.sample(directory.withRole('finance'), 2);
      case 'ceo':
        return [ceo!];
      case 'hr_admin':
        return [...directory.withRole('hr_admin')];
      case 'initiator':
        return [initiator ?? lead!];
      case 'system':
        return [];
    }
  })();
  if (role === 'system') return [null];
  const assignees = people.filter((user) => user !== initiator);
  if (assignees.length > 0) return assignees;
  // The initiator was the only candidate (a manager's own request, the CEO's own request, ...).
  return [initiator === ceo ? directory.withRole('hr_admin')[0]! : ceo!];
}

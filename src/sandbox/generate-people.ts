/**
 * The tenant's org chart: a CEO, HR admins (the process admins), HRBPs, finance approvers, managers
 * and their teams. The first HRBP is the shared-service lead who sits on almost every HR node, so the
 * tenant always has people with long inboxes.
 */
import { Directory } from './directory.js';
import type { IdFactory } from './ids.js';
import type { Role, SimDepartment, SimUser } from './model.js';
import { DEPARTMENTS, GIVEN_NAMES, SURNAMES } from './names.js';
import type { Random } from './random.js';

/** Users with fixed roles, in this order, before the managers and their teams. */
const LEADERSHIP: readonly { role: Role; department: number }[] = [
  { role: 'ceo', department: 0 },
  { role: 'hr_admin', department: 1 },
  { role: 'hr_admin', department: 1 },
  { role: 'hrbp', department: 1 },
  { role: 'hrbp', department: 1 },
  { role: 'hrbp', department: 1 },
  { role: 'hrbp', department: 1 },
  { role: 'finance', department: 2 },
  { role: 'finance', department: 2 },
  { role: 'finance', department: 2 },
];

const TEAM_SIZE = 8;
/** People-directory ids are older than any process: they are minted around this time. */
const DIRECTORY_EPOCH_MS = Date.UTC(2021, 0, 1);

export function userCountFor(processes: number): number {
  return Math.min(5000, Math.max(40, Math.round(processes / 8)));
}

export function generateDirectory(random: Random, ids: IdFactory, userCount: number): Directory {
  const departments: SimDepartment[] = DEPARTMENTS.map(([zh, en], index) => ({
    openDepartmentId: `od-${random.hex(32)}`,
    departmentId: `D${String(index + 1).padStart(3, '0')}${random.hex(4)}`,
    peopleCorehrDepartmentId: ids.next(DIRECTORY_EPOCH_MS + index * 60_000),
    name: { zh_cn: zh, en_us: en },
  }));
  const usedOpenIds = new Set<string>();
  const users: SimUser[] = [];
  const person = (role: Role, department: SimDepartment, manager: SimUser | null): SimUser => {
    const [surname, surnamePinyin] = random.pick(SURNAMES);
    const [given, givenPinyin] = random.pick(GIVEN_NAMES);
    let openId = `ou_${random.hex(32)}`;
    while (usedOpenIds.has(openId)) openId = `ou_${random.hex(32)}`;
    usedOpenIds.add(openId);
    const user: SimUser = {
      openId,
      unionId: `on_${random.hex(32)}`,
      userId: random.hex(8),
      peopleCorehrId: ids.next(DIRECTORY_EPOCH_MS + users.length * 3_600_000),
      name: { zh_cn: surname + given, en_us: `${givenPinyin} ${surnamePinyin}` },
      role,
      department,
      manager,
    };
    users.push(user);
    return user;
  };
  const ceo = person('ceo', departments[0]!, null);
  for (const seat of LEADERSHIP.slice(1)) person(seat.role, departments[seat.department]!, ceo);
  // Everyone else: teams of TEAM_SIZE led by a manager, spread over the business departments.
  const businessDepartments = departments.slice(3);
  let manager: SimUser = ceo;
  for (let i = users.length; i < userCount; i++) {
    const seat = i - LEADERSHIP.length;
    if (seat % TEAM_SIZE === 0) {
      manager = person('manager', businessDepartments[(seat / TEAM_SIZE) % businessDepartments.length]!, ceo);
    } else {
      person('employee', manager.department, manager);
    }
  }
  return new Directory(users, departments);
}

/**
 * The tenant's people and departments, findable by any of their ids. Stored references are canonical
 * (open_id, open_department_id); this converts them to whatever id type a request asked for.
 */
import { DEPARTMENT_ID_TYPE_PARAM, USER_ID_TYPE_PARAM } from '../upstream/codes.js';
import type { Role, SimDepartment, SimUser } from './model.js';

export type UserIdTypeParam = 'open_id' | 'union_id' | 'user_id' | 'people_corehr_id';
export type DepartmentIdTypeParam = 'open_department_id' | 'department_id' | 'people_corehr_department_id';

const USER_ID_TYPES: readonly string[] = Object.values(USER_ID_TYPE_PARAM);
const DEPARTMENT_ID_TYPES: readonly string[] = Object.values(DEPARTMENT_ID_TYPE_PARAM);

export function isUserIdType(value: string): value is UserIdTypeParam {
  return USER_ID_TYPES.includes(value);
}

export function isDepartmentIdType(value: string): value is DepartmentIdTypeParam {
  return DEPARTMENT_ID_TYPES.includes(value);
}

/** Which of a user's ids each id type names. */
const USER_ID_FIELDS = {
  open_id: 'openId',
  union_id: 'unionId',
  user_id: 'userId',
  people_corehr_id: 'peopleCorehrId',
} as const satisfies Record<UserIdTypeParam, keyof SimUser>;

const DEPARTMENT_ID_FIELDS = {
  open_department_id: 'openDepartmentId',
  department_id: 'departmentId',
  people_corehr_department_id: 'peopleCorehrDepartmentId',
} as const satisfies Record<DepartmentIdTypeParam, keyof SimDepartment>;

export function userIdOf(user: SimUser, type: UserIdTypeParam): string {
  return user[USER_ID_FIELDS[type]];
}

function departmentIdOf(department: SimDepartment, type: DepartmentIdTypeParam): string {
  return department[DEPARTMENT_ID_FIELDS[type]];
}

export class Directory {
  private readonly usersById: ReadonlyMap<UserIdTypeParam, ReadonlyMap<string, SimUser>>;
  private readonly departmentsById: ReadonlyMap<DepartmentIdTypeParam, ReadonlyMap<string, SimDepartment>>;
  private readonly usersByRole = new Map<Role, SimUser[]>();

  constructor(
    readonly users: readonly SimUser[],
    readonly departments: readonly SimDepartment[],
  ) {
    this.usersById = new Map((USER_ID_TYPES as UserIdTypeParam[]).map((type) => [type, new Map(users.map((u) => [userIdOf(u, type), u]))]));
    this.departmentsById = new Map(
      (DEPARTMENT_ID_TYPES as DepartmentIdTypeParam[]).map((type) => [type, new Map(departments.map((d) => [departmentIdOf(d, type), d]))]),
    );
    for (const user of users) {
      const holders = this.usersByRole.get(user.role) ?? [];
      holders.push(user);
      this.usersByRole.set(user.role, holders);
    }
  }

  /** Users holding a role, in directory order (the first HRBP is the shared-service lead). */
  withRole(role: Role): readonly SimUser[] {
    return this.usersByRole.get(role) ?? [];
  }

  findUser(id: string, type: UserIdTypeParam = 'open_id'): SimUser | undefined {
    return this.usersById.get(type)?.get(id);
  }

  findDepartment(id: string, type: DepartmentIdTypeParam): SimDepartment | undefined {
    return this.departmentsById.get(type)?.get(id);
  }

  /** A stored (open_id) user reference in the requested id type; ids of nobody we know pass through. */
  renderUser(openId: string, type: UserIdTypeParam): string {
    const user = this.findUser(openId);
    return user ? userIdOf(user, type) : openId;
  }

  renderDepartment(openDepartmentId: string, type: DepartmentIdTypeParam): string {
    const department = this.findDepartment(openDepartmentId, 'open_department_id');
    return department ? departmentIdOf(department, type) : openDepartmentId;
  }

  /** A user id as a client wrote it, to the stored (open_id) form; unknown ids are kept as written. */
  canonicalUser(id: string, type: UserIdTypeParam): string {
    return this.findUser(id, type)?.openId ?? id;
  }

  canonicalDepartment(id: string, type: DepartmentIdTypeParam): string {
    return this.findDepartment(id, type)?.openDepartmentId ?? id;
  }
}

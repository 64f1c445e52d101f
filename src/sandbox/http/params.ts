/** Reading query parameters and JSON bodies with Feishu's answers to bad input. */
import { isDepartmentIdType, isUserIdType, type DepartmentIdTypeParam, type UserIdTypeParam } from '../directory.js';
import { CODES, SimError } from '../errors.js';

/** A body that was sent but is not JSON. */
export const NOT_JSON = Symbol('not JSON');

export function userIdTypeParam(query: URLSearchParams, fallback: UserIdTypeParam, invalid: number = CODES.invalidParam): UserIdTypeParam {
  const value = query.get('user_id_type') ?? fallback;
  if (!isUserIdType(value)) throw new SimError(invalid, `invalid user_id_type: ${value}`);
  return value;
}

export function departmentIdTypeParam(
  query: URLSearchParams,
  fallback: DepartmentIdTypeParam,
  invalid: number = CODES.invalidParam,
): DepartmentIdTypeParam {
  const value = query.get('department_id_type') ?? fallback;
  if (!isDepartmentIdType(value)) throw new SimError(invalid, `invalid department_id_type: ${value}`);
  return value;
}

function integer(text: string | null): number | undefined {
  return text !== null && /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

/** `page_size` is required on both paginated endpoints, 1 to 100. */
export function pageSizeParam(query: URLSearchParams): number {
  const size = integer(query.get('page_size'));
  if (size === undefined || size < 1 || size > 100) throw new SimError(CODES.invalidParam, 'page_size must be an integer from 1 to 100');
  return size;
}

export function integerParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = integer(raw);
  if (value === undefined) throw new SimError(CODES.invalidParam, `${name} must be an integer`);
  return value;
}

/** Array parameters come as repeated keys (`statuses=1&statuses=2`); comma lists are accepted too. */
export function repeatedParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function objectBody(body: unknown, invalid: number): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === NOT_JSON || typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SimError(invalid, 'request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

export function optionalString(body: Record<string, unknown>, key: string, invalid: number, maxLength = Infinity): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength)
    throw new SimError(invalid, `${key} must be a string of at most ${maxLength} characters`);
  return value;
}

export function optionalBoolean(body: Record<string, unknown>, key: string, invalid: number): boolean {
  const value = body[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new SimError(invalid, `${key} must be a boolean`);
  return value;
}

export function stringList(body: Record<string, unknown>, key: string, min: number, max: number, invalid: number): string[] {
  const value = body[key];
  if (!Array.isArray(value) || value.length < min || value.length > max || value.some((v) => typeof v !== 'string')) {
    throw new SimError(invalid, `${key} must be a list of ${min} to ${max} strings`);
  }
  return value as string[];
}

/**
 * Relay plumbing shared by the list fields: opaque cursors over upstream positions, page-size
 * checks, and a walk turned into a connection.
 */
import { createHash } from 'node:crypto';
import type { PagePosition, Walk } from '../loaders/page-walk.js';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Ties a cursor to the query that issued it, so it is never replayed against another. */
export function queryScope(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 12);
}

interface CursorBody {
  s: string;
  w: number;
  t?: string;
  o: number;
  /** Upstream page size the page token belongs to. */
  n?: number;
}

export interface Cursor {
  position: PagePosition;
  pageSize?: number;
}

export function encodeCursor(scope: string, position: PagePosition, pageSize?: number): string {
  const body: CursorBody = { s: scope, w: position.segment, t: position.pageToken, o: position.offset, n: pageSize };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function parseBody(cursor: string): Partial<CursorBody> | undefined {
  try {
    const body: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof body === 'object' && body !== null ? (body as Partial<CursorBody>) : undefined;
  } catch {
    return undefined;
  }
}

export function decodeCursor(scope: string, cursor: string): Cursor {
  const body = parseBody(cursor);
  const valid =
    body !== undefined &&
    isCount(body.w) &&
    isCount(body.o) &&
    (body.t === undefined || typeof body.t === 'string') &&
    (body.n === undefined || (isCount(body.n) && body.n >= 1 && body.n <= MAX_PAGE_SIZE));
  if (!valid) throw badUserInput('`after` is not a cursor issued by this gateway');
  if (body.s !== scope) throw badUserInput('`after` belongs to a different query (other arguments)');
  return { position: { segment: body.w as number, pageToken: body.t, offset: body.o as number }, pageSize: body.n };
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badUserInput(`\`first\` must be from 1 to ${MAX_PAGE_SIZE}`);
  return size;
}

export interface ConnectionShape<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function toConnection<T, N>(walk: Walk<T>, cursorOf: (position: PagePosition) => string, nodeOf: (item: T) => N, resumed: boolean): ConnectionShape<N> {
  const edges = walk.items.map((item) => ({ cursor: cursorOf(item.after), node: nodeOf(item.value) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: walk.hasNextPage,
      hasPreviousPage: resumed,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: cursorOf(walk.end),
    },
  };
}

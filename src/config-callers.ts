/**
 * The formats of the caller variables (GATEWAY_API_KEYS, GATEWAY_JWT_*, GATEWAY_CORS_ORIGINS). Each
 * parser throws a plain Error whose message names the problem and never echoes a secret; config.ts
 * turns it into a ConfigError naming the variable.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { USER_ID_TYPES, type UserIdType } from './domain/process.js';
import { isScope, type Scope } from './domain/scopes.js';

/** One service that presents an API key. */
export interface ApiKeyDefinition {
  name: string;
  /** Hex SHA-256 of the key: the only form the gateway keeps, whichever form the operator gave. */
  keySha256: string;
  scopes: readonly Scope[];
  /** The Feishu user the key acts as. */
  user?: { id: string; idType: UserIdType };
}

/** How caller JWTs are verified: an HS256 secret or a JWKS endpoint, never both. */
export interface JwtSettings {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The claim naming the caller's own Feishu user (an open_id). */
  userClaim: string;
}

/** A shorter HS256 secret can be brute-forced from any token it signed (RFC 7518 §3.2: at least the hash size). */
export const MIN_JWT_SECRET_BYTES = 32;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const MIN_KEY_LENGTH = 16;

type Json = Record<string, unknown>;

/** How keys are kept and compared: by their SHA-256, so the gateway never holds a plain key longer than parsing. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function describeEntry(index: number, entry: Json): string {
  return typeof entry['name'] === 'string' && entry['name'].trim() !== '' ? `entry ${index} ("${entry['name']}")` : `entry ${index}`;
}

function parseEntry(entry: unknown, index: number): ApiKeyDefinition {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`entry ${index} is not an object`);
  const fields = entry as Json;
  const where = describeEntry(index, fields);
  const known = new Set(['name', 'key', 'keySha256', 'scopes', 'user', 'userIdType']);
  const unknown = Object.keys(fields).filter((field) => !known.has(field));
  if (unknown.length > 0) throw new Error(`${where}: unknown field ${unknown.map((f) => `"${f}"`).join(', ')}`);
  const name = fields['name'];
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}: "name" must be a non-empty string`);
  const { key, keySha256 } = fields;
  if ((key === undefined) === (keySha256 === undefined)) throw new Error(`${where}: give exactly one of "key" or "keySha256"`);
  let digest: string;
  if (key !== undefined) {
    // The key itself is never echoed, only what is wrong with it.
    if (typeof key !== 'string' || key.length < MIN_KEY_LENGTH)
      throw new Error(`${where}: "key" must be a string of at least ${MIN_KEY_LENGTH} characters`);
    digest = sha256Hex(key);
  } else {
    if (typeof keySha256 !== 'string' || !SHA256_HEX.test(keySha256.toLowerCase()))
      throw new Error(`${where}: "keySha256" must be 64 hex digits`);
    digest = keySha256.toLowerCase();
  }
  const scopes = fields['scopes'] ?? [];
  if (!Array.isArray(scopes)) throw new Error(`${where}: "scopes" must be an array`);
  for (const scope of scopes) {
    if (!isScope(scope)) throw new Error(`${where}: unknown scope ${JSON.stringify(scope)} (known: process:read, task:act, process:admin)`);
  }
  const user = fields['user'];
  const userIdType = fields['userIdType'] ?? 'OPEN_ID';
  if (user !== undefined && (typeof user !== 'string' || user.trim() === ''))
    throw new Error(`${where}: "user" must be a non-empty string`);
  if (!(USER_ID_TYPES as readonly unknown[]).includes(userIdType))
    throw new Error(`${where}: "userIdType" must be one of ${USER_ID_TYPES.join(', ')}`);
  if (user === undefined && fields['userIdType'] !== undefined) throw new Error(`${where}: "userIdType" without "user"`);
  return {
    name: name.trim(),
    keySha256: digest,
    scopes: scopes as Scope[],
    ...(typeof user === 'string' && { user: { id: user.trim(), idType: userIdType as UserIdType } }),
  };
}

/**
 * GATEWAY_API_KEYS: a JSON array, or `@/path/to/file.json` holding one. Names must be unique (they
 * name callers in the audit log and scope their idempotency keys), and so must keys.
 */
export function parseApiKeys(raw: string): ApiKeyDefinition[] {
  let text = raw;
  if (raw.startsWith('@')) {
    const path = raw.slice(1);
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new Error(`cannot read ${path}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the fault, which may be a key.
    throw new Error('not valid JSON (expected an array of {"name", "key" or "keySha256", "scopes", "user"?, "userIdType"?})');
  }
  if (!Array.isArray(parsed)) throw new Error('expected a JSON array of key entries');
  const definitions = parsed.map((entry, index) => parseEntry(entry, index));
  const names = new Set<string>();
  const digests = new Set<string>();
  for (const definition of definitions) {
    if (names.has(definition.name)) throw new Error(`the name "${definition.name}" is used twice`);
    if (digests.has(definition.keySha256)) throw new Error(`the key of "${definition.name}" is also another entry's key`);
    names.add(definition.name);
    digests.add(definition.keySha256);
  }
  return definitions;
}

/** GATEWAY_CORS_ORIGINS: comma-separated origins (scheme://host[:port]), compared exactly as browsers send them. */
export function parseCorsOrigins(raw: string): string[] {
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new Error(`"${origin}" is not an origin (expected e.g. https://hr.example.com)`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`"${origin}" is not an origin (scheme://host[:port], no path; "*" is not accepted)`);
    }
  }
  return origins.map((origin) => new URL(origin).origin);
}

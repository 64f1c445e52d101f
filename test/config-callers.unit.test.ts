import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactConfig } from '../src/config.js';
import { sha256Hex } from '../src/config-callers.js';

const REAL = { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's3cret', FEISHU_VERIFICATION_TOKEN: 'v-token' };
const KEY = 'hr-portal-key-0123456789';
const SECRET = 'a-jwt-secret-of-at-least-32-bytes!!';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted it');
}

describe('GATEWAY_API_KEYS', () => {
  it('reads plain keys and SHA-256 digests, keeping only digests', () => {
    const config = loadConfig({
      ...REAL,
      GATEWAY_API_KEYS: JSON.stringify([
        { name: 'payroll', keySha256: sha256Hex('payroll-key-0123456789').toUpperCase(), scopes: ['process:read'] },
        { name: 'hr-portal', key: KEY, scopes: ['task:act'], user: 'ou_portal', userIdType: 'USER_ID' },
      ]),
    });
    expect(config.callers.apiKeys).toEqual([
      { name: 'payroll', keySha256: sha256Hex('payroll-key-0123456789'), scopes: ['process:read'] },
      { name: 'hr-portal', keySha256: sha256Hex(KEY), scopes: ['task:act'], user: { id: 'ou_portal', idType: 'USER_ID' } },
    ]);
    expect(JSON.stringify(config)).not.toContain(KEY);
  });

  it('reads the @/path/to/file.json form', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-keys-')), 'keys.json');
    writeFileSync(file, JSON.stringify([{ name: 'payroll', key: KEY, scopes: ['process:read'] }]));
    expect(loadConfig({ ...REAL, GATEWAY_API_KEYS: `@${file}` }).callers.apiKeys).toEqual([
      { name: 'payroll', keySha256: sha256Hex(KEY), scopes: ['process:read'] },
    ]);
  });

  it.each([
    ['not JSON', `[{"name":"x","key":"${KEY}"`, /not valid JSON/],
    ['not an array', JSON.stringify({ name: 'x', key: KEY }), /JSON array/],
    ['no name', JSON.stringify([{ key: KEY }]), /"name"/],
    ['both key forms', JSON.stringify([{ name: 'x', key: KEY, keySha256: sha256Hex(KEY) }]), /exactly one of "key" or "keySha256"/],
    ['a short key', JSON.stringify([{ name: 'x', key: 'short' }]), /at least 16 characters/],
    ['a bad digest', JSON.stringify([{ name: 'x', keySha256: 'abc' }]), /64 hex digits/],
    ['an unknown scope', JSON.stringify([{ name: 'x', key: KEY, scopes: ['process:write'] }]), /unknown scope "process:write"/],
    ['an unknown id type', JSON.stringify([{ name: 'x', key: KEY, user: 'ou_1', userIdType: 'EMAIL' }]), /userIdType/],
    ['an unknown field', JSON.stringify([{ name: 'x', key: KEY, scope: ['process:read'] }]), /unknown field "scope"/],
    [
      'a name twice',
      JSON.stringify([
        { name: 'x', key: KEY },
        { name: 'x', key: `${KEY}-2` },
      ]),
      /used twice/,
    ],
    [
      'a key twice',
      JSON.stringify([
        { name: 'x', key: KEY },
        { name: 'y', keySha256: sha256Hex(KEY) },
      ]),
      /also another entry's key/,
    ],
    ['an unreadable file', '@/nonexistent/keys.json', /cannot read \/nonexistent\/keys.json/],
  ])('stops on %s in one line naming GATEWAY_API_KEYS, never echoing a key', (_case, value, problem) => {
    const error = refusal({ ...REAL, GATEWAY_API_KEYS: value });
    expect(error.variable).toBe('GATEWAY_API_KEYS');
    expect(error.message).toMatch(problem);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain(KEY);
  });
});

describe('GATEWAY_JWT_*', () => {
  it('reads an HS256 secret with issuer, audience and the default user claim', () => {
    const config = loadConfig({
      ...REAL,
      GATEWAY_JWT_SECRET: SECRET,
      GATEWAY_JWT_ISSUER: 'https://id.example.com',
      GATEWAY_JWT_AUDIENCE: 'gw',
    });
    expect(config.callers.jwt).toEqual({
      secret: SECRET,
      jwksUrl: undefined,
      issuer: 'https://id.example.com',
      audience: 'gw',
      userClaim: 'feishu_open_id',
    });
    expect(
      loadConfig({ ...REAL, GATEWAY_JWKS_URL: 'https://id.example.com/jwks', GATEWAY_JWT_USER_CLAIM: 'oid' }).callers.jwt,
    ).toMatchObject({
      jwksUrl: 'https://id.example.com/jwks',
      userClaim: 'oid',
    });
  });

  it.each([
    [{ GATEWAY_JWT_SECRET: 'too-short' }, 'GATEWAY_JWT_SECRET', /at least 32 bytes/],
    [{ GATEWAY_JWT_SECRET: SECRET, GATEWAY_JWKS_URL: 'https://id.example.com/jwks' }, 'GATEWAY_JWKS_URL', /not both/],
    [{ GATEWAY_JWKS_URL: 'http://id.example.com/jwks' }, 'GATEWAY_JWKS_URL', /https/],
    [{ GATEWAY_JWT_AUDIENCE: 'gw', GATEWAY_API_KEYS: JSON.stringify([{ name: 'x', key: KEY }]) }, 'GATEWAY_JWT_AUDIENCE', /no effect/],
  ])('stops on %o naming %s', (env, variable, problem) => {
    const error = refusal({ ...REAL, ...env });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(problem);
    expect(error.message).not.toContain(SECRET);
  });

  it('accepts a plain-http JWKS on loopback only', () => {
    expect(loadConfig({ ...REAL, GATEWAY_JWKS_URL: 'http://127.0.0.1:9000/jwks' }).callers.jwt?.jwksUrl).toBe('http://127.0.0.1:9000/jwks');
  });
});

describe('GATEWAY_CORS_ORIGINS', () => {
  it('reads a comma-separated list of origins; none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ GATEWAY_CORS_ORIGINS: 'https://hr.example.com, http://localhost:5173' }).corsOrigins).toEqual([
      'https://hr.example.com',
      'http://localhost:5173',
    ]);
  });

  it.each(['*', 'https://hr.example.com/app', 'hr.example.com'])('refuses %s', (origin) => {
    expect(refusal({ GATEWAY_CORS_ORIGINS: origin }).variable).toBe('GATEWAY_CORS_ORIGINS');
  });
});

it('never prints API keys, their digests or the JWT secret', () => {
  const config = loadConfig({ ...REAL, GATEWAY_API_KEYS: JSON.stringify([{ name: 'hr-portal', key: KEY }]), GATEWAY_JWT_SECRET: SECRET });
  const printed = JSON.stringify(redactConfig(config));
  for (const secret of [KEY, sha256Hex(KEY), SECRET]) expect(printed).not.toContain(secret);
  expect(printed).toContain('hr-portal');
});

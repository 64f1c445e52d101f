/**
 * JWTs verified through a JWKS endpoint (a loopback HTTP server of this test), over real HTTP to the
 * gateway: keys are cached, a new `kid` is fetched (at most once per cooldown), an unreachable or
 * broken endpoint refuses the caller, and algorithm confusion is refused. Refusals cost no upstream call.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator, type Authenticator } from '../../src/auth/authenticator.js';
import type { JwksOptions } from '../../src/auth/jwt.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicJwk: JWK;
  publicPem: string;
}

async function signingKey(kid: string, alg: SigningKey['alg']): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return {
    kid,
    alg,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' },
    publicPem: await exportSPKI(publicKey),
  };
}

/** The identity provider's key endpoint: serves `published`, counts fetches, can fail. */
let published: SigningKey[] = [];
let jwksFetches = 0;
let jwksStatus = 200;
let jwksServer: Server;
let jwksUrl: string;

beforeAll(async () => {
  jwksServer = createServer((_request, response) => {
    jwksFetches += 1;
    response
      .writeHead(jwksStatus, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: published.map((key) => key.publicJwk) }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

let authenticator: Authenticator | undefined;
const harness = useGatewayHarness({
  sandbox: { processes: 5 },
  gateway: { auth: { authenticate: (credentials) => (authenticator as Authenticator).authenticate(credentials) } },
});

function verifyingWith(url: string, jwks: JwksOptions): void {
  authenticator = createAuthenticator({ apiKeys: [], jwt: { jwksUrl: url, userClaim: 'feishu_open_id' }, jwks });
}

function token(key: SigningKey): Promise<string> {
  return new SignJWT({ scope: 'process:read' })
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setSubject('reports-frontend')
    .setExpirationTime('5m')
    .sign(key.privateKey);
}

async function read(jwt: string): Promise<{ status: number; retryAfter: string | null; code?: unknown; message?: string }> {
  const processId = harness().sandbox.control.processIds()[0]!;
  const response = await fetch(harness().gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ query: `{ process(processId: "${processId}") { processId } }` }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: unknown } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
  };
}

beforeEach(() => {
  jwksFetches = 0;
  jwksStatus = 200;
  harness().sandbox.control.resetCounts();
});

describe('JWTs verified through a JWKS', () => {
  it('caches the keys, and picks up a rotation (a new kid) by fetching again', async () => {
    const first = await signingKey('2024-a', 'RS256');
    published = [first];
    verifyingWith(jwksUrl, { cooldownMs: 0 });
    expect((await read(await token(first))).status).toBe(200);
    expect((await read(await token(first))).status).toBe(200);
    expect(jwksFetches).toBe(1);

    const second = await signingKey('2024-b', 'ES256');
    published = [second];
    expect((await read(await token(second))).status).toBe(200);
    expect(jwksFetches).toBe(2);
  });

  it('fetches again at most once per cooldown, however many unknown kids arrive', async () => {
    const known = await signingKey('known', 'RS256');
    published = [known];
    verifyingWith(jwksUrl, { cooldownMs: 600_000 });
    expect((await read(await token(known))).status).toBe(200);
    harness().sandbox.control.resetCounts();
    for (let i = 0; i < 5; i += 1) {
      const stranger = await signingKey(`unknown-${i}`, 'RS256');
      expect(await read(await token(stranger))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    expect(jwksFetches).toBe(1);
    expect(harness().calls()).toEqual({});
  });

  it('refuses every caller with UNAUTHENTICATED, as 503 (the gateway could not check), while the JWKS is unreachable or broken, and never lets one through', async () => {
    const key = await signingKey('k1', 'RS256');
    published = [key];
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    verifyingWith(`http://127.0.0.1:${port}/jwks.json`, { cooldownMs: 0, timeoutMs: 1_000 });
    expect(await read(await token(key))).toMatchObject({
      status: 503,
      retryAfter: '5',
      code: 'UNAUTHENTICATED',
      message: 'token keys could not be fetched; try again later',
    });

    verifyingWith(jwksUrl, { cooldownMs: 0 });
    jwksStatus = 500;
    expect(await read(await token(key))).toMatchObject({ status: 503, code: 'UNAUTHENTICATED' });
    expect(harness().calls()).toEqual({});
  });

  it('refuses algorithm confusion: an HS256 token keyed with the public key, and alg: none', async () => {
    const key = await signingKey('k2', 'RS256');
    published = [key];
    verifyingWith(jwksUrl, { cooldownMs: 0 });
    for (const secret of [key.publicPem, JSON.stringify(key.publicJwk)]) {
      const forged = await new SignJWT({ scope: 'process:read' })
        .setProtectedHeader({ alg: 'HS256', kid: key.kid })
        .setSubject('forger')
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
      expect(await read(forged)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const none = `${part({ alg: 'none', kid: key.kid })}.${part({ sub: 'forger', scope: 'process:read', exp: Math.floor(Date.now() / 1000) + 300 })}.`;
    expect(await read(none)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(harness().calls()).toEqual({});
  });
});

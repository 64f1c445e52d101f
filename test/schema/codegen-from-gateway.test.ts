/**
 * What the README tells frontend teams: graphql-codegen generating from the running gateway (with a
 * reader key) keeps `@oneOf` on FieldValueInput only when asked (`oneOf: true`).
 */
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticator.js';
import { sha256Hex } from '../../src/config-callers.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const KEY = 'codegen-reader-key-0123456789';
const harness = useGatewayHarness({
  sandbox: { processes: 5 },
  gateway: { auth: createAuthenticator({ apiKeys: [{ name: 'codegen', keySha256: sha256Hex(KEY), scopes: ['process:read'] }] }) },
});

async function sdlFromGateway(introspection: Record<string, unknown>): Promise<string> {
  const [file] = (await generate(
    {
      silent: true,
      schema: { [harness().gateway.graphqlUrl]: { headers: { Authorization: `Bearer ${KEY}` }, ...introspection } as never },
      generates: { 'schema.graphql': { plugins: ['schema-ast'] } },
    },
    false,
  )) as { content: string }[];
  return file!.content;
}

describe('graphql-codegen from the gateway', () => {
  it('keeps @oneOf on FieldValueInput with oneOf: true, and loses it without', async () => {
    expect(await sdlFromGateway({ oneOf: true })).toMatch(/input FieldValueInput @oneOf \{/);
    expect(await sdlFromGateway({})).toMatch(/input FieldValueInput \{/);
  }, 60_000);
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, redactConfig } from '../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const keyed = {
  GATEWAY_AUTH: 'on',
  GATEWAY_API_KEYS: JSON.stringify([{ name: 'svc', key: 'a-long-enough-key-1', scopes: ['process:read'] }]),
};

describe('GATEWAY_TRUSTED_DOCUMENTS and GATEWAY_TRUSTED_DOCUMENTS_FILES', () => {
  it('default to allow with no manifest of their own, and read the manifests listed', () => {
    expect(loadConfig({}).trustedDocuments).toEqual({ mode: 'allow', manifests: [] });
    const portal = file('portal.json', JSON.stringify({ 'sha256:abc': '{ __typename }' }));
    const admin = file('admin.json', JSON.stringify({ d1: 'query A { __typename }' }));
    const config = loadConfig({ ...keyed, GATEWAY_TRUSTED_DOCUMENTS: 'ONLY', GATEWAY_TRUSTED_DOCUMENTS_FILES: `${portal}, ${admin}` });
    expect(config.trustedDocuments.mode).toBe('only');
    expect(config.trustedDocuments.manifests).toEqual([
      { source: portal, documents: { 'sha256:abc': '{ __typename }' } },
      { source: admin, documents: { d1: 'query A { __typename }' } },
    ]);
    expect(redactConfig(config)['trustedDocuments']).toEqual({
      mode: 'only',
      manifests: [
        { source: portal, documents: 1 },
        { source: admin, documents: 1 },
      ],
    });
  });

  it('refuse only without caller authentication, where every caller holds process:read', () => {
    expect(() => loadConfig({ GATEWAY_TRUSTED_DOCUMENTS: 'only' })).toThrow(/^GATEWAY_TRUSTED_DOCUMENTS: only needs caller authentication/);
    expect(() => loadConfig({ GATEWAY_TRUSTED_DOCUMENTS: 'strict' })).toThrow(
      /^GATEWAY_TRUSTED_DOCUMENTS: expected one of allow, only, got "strict"/,
    );
  });

  it('name the file and the problem of a manifest that cannot be used', () => {
    expect(() => loadConfig({ GATEWAY_TRUSTED_DOCUMENTS_FILES: join(dir, 'missing.json') })).toThrow(
      /^GATEWAY_TRUSTED_DOCUMENTS_FILES: cannot read .*missing\.json \(ENOENT\)/,
    );
    expect(() => loadConfig({ GATEWAY_TRUSTED_DOCUMENTS_FILES: file('broken.json', '{') })).toThrow(/broken\.json is not JSON/);
    expect(() => loadConfig({ GATEWAY_TRUSTED_DOCUMENTS_FILES: file('list.json', '[]') })).toThrow(
      /list\.json must be a JSON object of document id to document text/,
    );
    expect(() => loadConfig({ GATEWAY_TRUSTED_DOCUMENTS_FILES: file('empty.json', '{"x": ""}') })).toThrow(
      /empty\.json: entry "x" must map a non-empty id/,
    );
  });
});

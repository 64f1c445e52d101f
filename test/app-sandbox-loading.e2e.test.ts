/**
 * The simulator (src/sandbox, thousands of lines) stays out of a production process: app.ts imports it
 * only in sandbox mode. Checked on a real `npm start` process through a Node module hook that writes down
 * every file the process imports, static or dynamic, so a stray import anywhere in the graph shows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, killStartedProcessesAfterAll, startProcess } from './helpers/gateway-process.js';

killStartedProcessesAfterAll();

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (path: string) => pathToFileURL(join(root, path)).href;
const dir = mkdtempSync(join(tmpdir(), 'gateway-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Registered after tsx, so `nextResolve` is tsx's and the URLs recorded are the .ts files actually loaded.
writeFileSync(
  join(dir, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.startsWith('file:')) appendFileSync(file, resolved.url + '\\n');
  return resolved;
}
`,
);
writeFileSync(
  join(dir, 'register.mjs'),
  `import { register } from 'node:module';
register(new URL('./hooks.mjs', import.meta.url), { data: { file: process.env.IMPORTS_FILE } });
`,
);

/** Starts `src/main.ts` until it is ready, stops it, and returns every file URL it imported. */
async function importsOf(name: string, env: Record<string, string>): Promise<string[]> {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, '');
  const app = startProcess(
    process.execPath,
    ['--import', 'tsx', '--import', pathToFileURL(join(dir, 'register.mjs')).href, 'src/main.ts'],
    {
      cwd: root,
      env: cleanEnv({ PORT: '0', LOG_LEVEL: 'info', GATEWAY_DRAIN_SECONDS: '0', IMPORTS_FILE: file, ...env }),
    },
  );
  await app.waitForLog((line) => line.msg === 'gateway ready');
  app.child.kill('SIGTERM');
  expect((await app.exited).code).toBe(0);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

describe('loading the simulator', () => {
  it('never happens in a gateway with Feishu credentials: no file of src/sandbox is imported', async () => {
    const imported = await importsOf('production', {
      FEISHU_APP_ID: 'cli_imports',
      FEISHU_APP_SECRET: 'never-used-secret',
      FEISHU_VERIFICATION_TOKEN: 'never-used-token',
      // Never called: the gateway asks Feishu nothing before its first request.
      FEISHU_BASE_URL: 'http://127.0.0.1:9',
      GATEWAY_AUTH: 'off',
    });
    expect(imported).toContain(source('src/app.ts'));
    expect(imported.filter((url) => url.startsWith(source('src/sandbox/')))).toEqual([]);
  });

  it('happens in sandbox mode, through the import app.ts makes only then', async () => {
    const imported = await importsOf('sandbox', { SANDBOX_PROCESSES: '20' });
    expect(imported).toContain(source('src/sandbox/index.ts'));
  });
});

import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { startSandbox } from '../src/sandbox/index.js';
import type { Sandbox } from '../src/sandbox/types.js';
import { schema } from '../src/schema/index.js';
import { createGateway } from '../src/server/gateway.js';
import { GatewayMetrics } from '../src/server/gateway-metrics.js';
import { createFeishuClient } from '../src/upstream/client.js';
import { subscribeOverSse } from './helpers/subscription-clients.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
/** Shell and Node examples a reader runs as they are (fenced as ```sh runnable / ```js runnable). */
const runnable = [...readme.matchAll(/```(sh|js) runnable\n([\s\S]*?)```/g)].map((match) => ({
  language: match[1] as 'sh' | 'js',
  code: match[2] ?? '',
}));

describe('README', () => {
  it('keeps the two commands at its top', () => {
    const top = readme.split('\n').slice(0, 8).join('\n');
    expect(top).toContain('npm install && npm start');
    expect(top).toContain('npm ci && npm test');
  });

  it('shows only operations the schema accepts', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validate(schema, parse(block)).map((error) => error.message)).toEqual([]);
  });

  it('never hard-codes an idempotency key', () => {
    expect(readme).not.toMatch(/idempotencyKey:\s*"/);
    expect(readme).not.toMatch(/Idempotency-Key: [\w-]+['"]/i);
  });

  it('documents every metric family the gateway exports, and none it does not', async () => {
    // Never called: the gateway only needs a real client to export its call counts.
    const api = createFeishuClient({ baseUrl: 'http://127.0.0.1:9', appId: 'cli_readme', appSecret: 'unused' });
    const gateway = await createGateway({
      api,
      port: 0,
      metrics: new GatewayMetrics({ runtime: false }),
      // A replica holding the event long connection exports its families too.
      longConnectionStats: () => ({ state: 'connected', reconnects: 0, eventsReceived: 0, acks: {} }),
    });
    await gateway.close();
    await api.close();
    const exported = (await gateway.metrics.registry.getMetricsAsJSON()).map((family) => family.name).sort();
    const documented = [...new Set([...readme.matchAll(/`((?:feishu_gateway|graphql_envelop)_\w+)`/g)].map((match) => match[1]))].sort();
    expect(documented).toEqual(exported);
  });
});

interface Ran {
  output: string;
  /** Exit code, or null when the run was stopped once it had shown a result (a stream). */
  exit: number | null;
}

const STREAM_RESULT = /"data"[^\n]*\n/;

/** Runs one example as a reader would paste it; a stream (curl -N, a subscription) is stopped after its first result. */
function runExample(example: (typeof runnable)[number], env: NodeJS.ProcessEnv): Promise<Ran> {
  const [command, args] =
    example.language === 'sh'
      ? ['bash', ['-eu', '-o', 'pipefail', '-c', example.code]]
      : [process.execPath, ['--input-type=module', '-e', example.code]];
  const child = spawn(command as string, args as string[], { cwd: REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const stop = () => process.kill(-(child.pid as number), 'SIGTERM');
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the example did not finish or show a result within 20 s:\n${example.code}\n${output}`));
    }, 20_000);
    let stopped = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!stopped && STREAM_RESULT.test(output)) {
        stopped = true;
        stop();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ output, exit: stopped ? null : code });
    });
  });
}

describe("the README's examples, run twice in a row against a sandbox-backed gateway", () => {
  const KEY = `readme-${randomBytes(16).toString('hex')}`;
  let sandbox: Sandbox;
  let app: App;
  let userId: string;
  let cursor: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ processes: 120 });
    userId = sandbox.sampleUserIds[0]!;
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      GATEWAY_AUTH: 'on',
      GATEWAY_API_KEYS: JSON.stringify([{ name: 'readme', key: KEY, scopes: ['process:read', 'task:act'], user: userId }]),
    });
    app = await startApp({ config, logger: silentLogger, sandbox });
    sandbox.setWebhookUrl(`${app.gateway.url}/webhook/feishu`);
    // Something to resume after: the examples' subscriptions start after the first of these.
    const recorded = [];
    for (const eventId of ['readme-1', 'readme-2']) {
      recorded.push(
        await app.events.store.record({
          eventId,
          type: 'PROCESS_UPDATED',
          occurredAt: new Date(),
          processId: sandbox.control.processIds()[0]!,
          status: 'IN_PROGRESS',
        }),
      );
    }
    cursor = recorded[0]!.cursor;
  });

  afterAll(async () => {
    await app?.close();
    await sandbox?.close();
  });

  /** A task of the key's user still in progress: each run acts on another one. */
  const pendingTask = () => {
    const task = sandbox.control.pendingTaskOf(userId);
    if (!task) throw new Error(`user ${userId} has no task left in progress`);
    return task;
  };

  const failures = (text: string) => [...text.matchAll(/"errors"|"__typename":\s*"(\w+Error)"/g)].map((match) => match[0]);

  async function runOperation(operation: OperationDefinitionNode): Promise<string> {
    const task = pendingTask();
    const available: Record<string, unknown> = { userId, ...task, idempotencyKey: randomUUID(), after: cursor };
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((definition) => [
        definition.variable.name.value,
        available[definition.variable.name.value],
      ]),
    );
    const query = print({ kind: Kind.DOCUMENT, definitions: [operation] });
    const headers = { authorization: `Bearer ${KEY}` };
    if (operation.operation === 'subscription') {
      const feed = subscribeOverSse(app.gateway.graphqlUrl, { query, variables }, { headers });
      try {
        return JSON.stringify(await feed.waitFor(1));
      } finally {
        await feed.close();
      }
    }
    const response = await fetch(app.gateway.graphqlUrl, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  }

  it('has runnable examples: curl, Node, and the GraphQL operations', () => {
    expect(runnable.filter((example) => example.language === 'sh' && example.code.includes('curl')).length).toBeGreaterThanOrEqual(4);
    expect(runnable.filter((example) => example.language === 'js').length).toBeGreaterThanOrEqual(1);
  });

  it('each run succeeds, the second as well as the first', async () => {
    const operations = blocks.flatMap((block) =>
      parse(block).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION),
    );
    expect(operations.map((operation) => operation.operation)).toEqual(expect.arrayContaining(['query', 'mutation', 'subscription']));
    for (const run of [1, 2]) {
      for (const operation of operations) {
        const answer = await runOperation(operation);
        expect({ run, operation: operation.name?.value, answer, failures: failures(answer) }).toMatchObject({
          answer: expect.stringContaining('"data"'),
          failures: [],
        });
      }
      for (const example of runnable) {
        const task = pendingTask();
        const env = {
          ...process.env,
          GATEWAY: app.gateway.url,
          KEY,
          USER_ID: userId,
          PROCESS_ID: task.processId,
          APPROVER_ID: task.approverId,
          CURSOR: cursor,
        };
        const { output, exit } = await runExample(example, env);
        expect({ run, example: example.code, output, exit, failures: failures(output) }).toMatchObject({
          output: expect.stringContaining('"data"'),
          failures: [],
        });
        if (exit !== null) expect(exit).toBe(0);
      }
    }
    // Both runs of both approval examples (GraphQL and curl) approved a task each.
    expect(sandbox.control.requests().filter((request) => request.method === 'PUT' && request.status === 200)).toHaveLength(4);
  }, 120_000);
});

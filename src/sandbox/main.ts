/**
 * `npm run sandbox`: the Feishu simulator alone. Once listening it prints one line of JSON on stdout
 * for other teams' harnesses to parse; logs go to stderr so that line stays alone on stdout.
 */
import { destination, pino } from 'pino';
import { startSandbox, type SandboxEventDelivery } from './index.js';

function whole(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    process.stderr.write(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"\n`);
    process.exit(2);
  }
  return value;
}

function delivery(): SandboxEventDelivery {
  const raw = process.env.SANDBOX_EVENT_MODE?.trim() || 'webhook';
  if (raw !== 'webhook' && raw !== 'long-connection' && raw !== 'both') {
    process.stderr.write(`SANDBOX_EVENT_MODE: expected webhook, long-connection or both, got "${raw}"\n`);
    process.exit(2);
  }
  return raw;
}

const logger = pino({ level: process.env.LOG_LEVEL?.trim() || 'info' }, destination(2));

const sandbox = await startSandbox({
  port: whole('SANDBOX_PORT', 4100, 0, 65535),
  host: process.env.SANDBOX_HOST?.trim() || undefined,
  seed: whole('SANDBOX_SEED', 42, 0, 2 ** 31 - 1),
  processes: whole('SANDBOX_PROCESSES', 300, 1, 1_000_000),
  webhookUrl: process.env.SANDBOX_WEBHOOK_URL?.trim() || undefined,
  eventDelivery: delivery(),
  liveActivity: whole('SANDBOX_LIVE_ACTIVITY', 0, 0, 3600),
  logger,
});

const { url, appId, appSecret, verificationToken, encryptKey, seed, sampleUserIds } = sandbox;
// A long-connection client (e.g. the SDK's WSClient) takes `url` as its domain: discovery is at longConnectionEndpoint.
const longConnection = { eventMode: delivery(), longConnectionEndpoint: `${url}/callback/ws/endpoint` };
process.stdout.write(`${JSON.stringify({ sandbox: { url, appId, appSecret, verificationToken, encryptKey, seed, sampleUserIds, ...longConnection } })}\n`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'sandbox: stopping');
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'sandbox: close failed');
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

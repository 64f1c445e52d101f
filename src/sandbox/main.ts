/**
 * `npm run sandbox`: the Feishu simulator alone. Once listening it prints one line of JSON on stdout
 * for other teams' harnesses to parse; logs go to stderr so that line stays alone on stdout.
 */
import { destination, pino } from 'pino';
import { ConfigError, loadSandboxSettings, type StandaloneSandboxSettings } from '../config.js';
import { startSandbox } from './index.js';

function settings(): Readonly<StandaloneSandboxSettings> {
  try {
    return loadSandboxSettings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

const { logLevel, ...options } = settings();
const logger = pino({ level: logLevel }, destination(2));
const sandbox = await startSandbox({ ...options, logger });

const { url, appId, appSecret, verificationToken, encryptKey, seed, sampleUserIds } = sandbox;
// A long-connection client (e.g. the SDK's WSClient) takes `url` as its domain: discovery is at longConnectionEndpoint.
const longConnection = { eventMode: options.eventDelivery, longConnectionEndpoint: `${url}/callback/ws/endpoint` };
process.stdout.write(
  `${JSON.stringify({ sandbox: { url, appId, appSecret, verificationToken, encryptKey, seed, sampleUserIds, ...longConnection } })}\n`,
);

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

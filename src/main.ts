/**
 * `npm start`: read the environment, start the gateway (and the simulator when no Feishu credentials
 * are set), print where to go, and stop cleanly on SIGINT/SIGTERM.
 */
import { startApp } from './app.js';
import { ConfigError, loadConfig, redactConfig, webhookIngressOn } from './config.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`invalid configuration: ${error.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  logger.debug({ config: redactConfig(config) }, 'configuration');
  if (!config.auth) {
    logger.warn(config.sandbox ? 'caller authentication is off (sandbox mode)' : 'caller authentication is off (GATEWAY_AUTH=off)');
    if (config.callers.apiKeys.length > 0 || config.callers.jwt) logger.warn('GATEWAY_API_KEYS / GATEWAY_JWT_* are ignored while caller authentication is off');
  }

  const app = await startApp({ config, logger });
  const lines = [`GraphiQL: ${app.gateway.graphqlUrl}`];
  if (app.sandbox) {
    const channels = [webhookIngressOn(config) && `to ${app.gateway.url}/webhook/feishu`, app.longConnection && 'over the long connection'].filter(Boolean);
    lines.push(
      `Sandbox mode: a simulated Feishu tenant at ${app.sandbox.url} (seed ${app.sandbox.seed}) sends events ${channels.join(' and ')}`,
      `Users with pending tasks to try: ${app.sandbox.sampleUserIds.slice(0, 5).join(', ')}`,
    );
  }
  if (app.sandboxCallers) {
    const { readerKey, userJwt, userId } = app.sandboxCallers;
    lines.push(
      'Caller authentication is on: paste one of these into GraphiQL\'s Headers tab',
      `  reader (process:read, sees everything):  {"Authorization": "Bearer ${readerKey}"}`,
    );
    if (userJwt) lines.push(`  user ${userId} (task:act, sees and acts on their own processes):  {"Authorization": "Bearer ${userJwt}"}`);
  }
  if (config.redisUrl) lines.push('Shared state: Redis');
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

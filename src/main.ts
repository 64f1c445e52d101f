/**
 * `npm start`: read the environment, start the gateway (and the simulator when no Feishu credentials
 * are set), say where to go, and stop cleanly on SIGINT/SIGTERM. Every line it writes is JSON (a
 * human-friendly banner is added when stdout is a terminal).
 */
import { startApp } from './app.js';
import { ConfigError, loadConfig, redactConfig, webhookIngressOn } from './config.js';
import { createLogger } from './logger.js';
import { ROUTES } from './server/gateway.js';
import { exitGracefullyOnSignals } from './shutdown.js';
import { keepProcessOutputJson } from './process-output.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger('info').fatal({ variable: error.variable, problem: error.message }, `invalid configuration: ${error.message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  keepProcessOutputJson(logger);
  logger.debug({ config: redactConfig(config) }, 'configuration');
  if (!config.auth) {
    logger.warn(config.sandbox ? 'caller authentication is off (sandbox mode)' : 'caller authentication is off (GATEWAY_AUTH=off)');
    if (config.callers.apiKeys.length > 0 || config.callers.jwt)
      logger.warn('GATEWAY_API_KEYS / GATEWAY_JWT_* are ignored while caller authentication is off');
  }

  // Before the app, so that its first requests are traced too.
  const tracing = config.otelEndpoint ? await (await import('./tracing.js')).startTracing(config.otelEndpoint, logger) : undefined;
  const app = await startApp({ config, logger });
  logger.info(
    {
      graphiql: app.gateway.graphqlUrl,
      sharedState: config.redisUrl ? 'redis' : 'memory',
      drainSeconds: config.drainSeconds,
      tracing: Boolean(config.otelEndpoint),
    },
    'gateway ready',
  );
  const events = [webhookIngressOn(config) && `${app.gateway.url}${ROUTES.webhook}`, app.longConnection && 'the long connection'].filter(
    Boolean,
  );
  if (app.sandbox) {
    logger.info(
      {
        sandboxUrl: app.sandbox.url,
        seed: app.sandbox.seed,
        events,
        sampleUserIds: app.sandbox.sampleUserIds.slice(0, 5),
      },
      'sandbox mode: a simulated Feishu tenant stands in for Feishu',
    );
  }
  // Sandbox credentials only: printed on purpose, so a newcomer can paste them into GraphiQL's Headers tab.
  const minted = app.sandboxCallers;
  if (minted) {
    logger.info(
      {
        reader: { scopes: ['process:read'], headers: { Authorization: `Bearer ${minted.readerKey}` } },
        ...(minted.userJwt
          ? { user: { id: minted.userId, scopes: ['task:act'], headers: { Authorization: `Bearer ${minted.userJwt}` } } }
          : {}),
      },
      "caller authentication is on: paste a reader's or a user's headers into GraphiQL's Headers tab",
    );
  }
  if (process.stdout.isTTY) {
    const lines = [`GraphiQL: ${app.gateway.graphqlUrl}`];
    if (app.sandbox) {
      lines.push(
        `Sandbox mode: a simulated Feishu tenant at ${app.sandbox.url} (seed ${app.sandbox.seed}) sends events to ${events.join(' and ')}`,
        `Users with pending tasks to try: ${app.sandbox.sampleUserIds.slice(0, 5).join(', ')}`,
      );
    }
    if (minted) {
      lines.push("Caller authentication is on: paste one of these into GraphiQL's Headers tab");
      lines.push(`  reader (process:read, sees everything):  {"Authorization": "Bearer ${minted.readerKey}"}`);
      if (minted.userJwt)
        lines.push(
          `  user ${minted.userId} (task:act, sees and acts on their own processes):  {"Authorization": "Bearer ${minted.userJwt}"}`,
        );
    }
    if (config.redisUrl) lines.push('Shared state: Redis');
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  const close = async () => {
    await app.close();
    await tracing?.shutdown();
  };
  exitGracefullyOnSignals({ close, logger, boundMs: (config.drainSeconds + config.closeTimeoutSeconds) * 1000 });
}

main().catch((error: unknown) => {
  createLogger('info').fatal({ err: error }, `gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/** `startSandbox`: assembles the simulator, listens, and hands back its URL, credentials and control. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../logger.js';
import { approverListStatusCodes } from '../upstream/codes.js';
import { createControl } from './control.js';
import { SandboxCore } from './core.js';
import { EventChannels } from './events/event-channels.js';
import { EventPusher } from './events/pusher.js';
import { WebhookTransport } from './events/webhook-transport.js';
import { controlRoutes } from './http/control-routes.js';
import { FaultInjector } from './http/faults.js';
import { FeishuApi } from './http/feishu-api.js';
import { budgetsFrom, SandboxRateLimiter } from './http/rate-limiter.js';
import { createSandboxServer } from './http/server.js';
import { TokenIssuer } from './http/tokens.js';
import { Traffic } from './http/traffic.js';
import { startLiveActivity } from './live-activity.js';
import { LongConnectionServer } from './long-connection/server.js';
import { Random } from './random.js';
import { approverPage } from './render.js';
import type { Sandbox, SandboxClientConfig, SandboxOptions } from './types.js';
import { WorkTracker } from './work-tracker.js';

const DAY = 86_400_000;
const SAMPLE_USERS = 5;
const PENDING = approverListStatusCodes.codeOf('IN_PROGRESS');
/** Salts keep the event and live-activity random streams apart from the tenant's. */
const EVENTS_SALT = 0x2545f491;
const LIVE_SALT = 0x68e31da4;
const LONG_CONNECTION_EVENTS_SALT = 0x1b873593;
/** Shorter than Feishu's (120 s, 120 s, 30 s): a local simulator may reconnect at once. */
const CLIENT_CONFIG: SandboxClientConfig = { PingInterval: 30, ReconnectCount: -1, ReconnectInterval: 5, ReconnectNonce: 2 };

function secret(length: number): string {
  return randomBytes(length).toString('base64url').slice(0, length);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.now ?? Date.now;
  const logger = options.logger ?? silentLogger;
  const seed = options.seed ?? 42;
  const host = options.host ?? '127.0.0.1';
  const appId = options.appId ?? `cli_${randomBytes(8).toString('hex')}`;
  const appSecret = options.appSecret ?? secret(32);
  const verificationToken = options.verificationToken ?? secret(32);
  const encryptKey = options.encryptKey ?? secret(32);

  const tracker = new WorkTracker();
  const pushTimeoutMs = options.pushTimeoutMs ?? 3_000;
  const webhook = new WebhookTransport({
    encryptKey: options.encryptEvents === false ? undefined : encryptKey,
    timeoutMs: pushTimeoutMs,
    now,
    logger,
  });
  webhook.setUrl(options.webhookUrl);
  const longConnection = new LongConnectionServer({
    appId,
    appSecret,
    clientConfig: { ...CLIENT_CONFIG, ...options.longConnection?.clientConfig },
    ackTimeoutMs: pushTimeoutMs,
    maxConnections: options.longConnection?.maxConnections ?? 50,
    logger,
  });
  const pusherSettings = { duplicateRate: options.duplicateRate ?? 0.1, retryTimeScale: options.retryTimeScale ?? 1 };
  const channels = new EventChannels(
    { appId, verificationToken, tenantKey: new Random(seed).hex(16) },
    {
      webhook: new EventPusher({ ...pusherSettings, channel: 'webhook' }, webhook, new Random((seed ^ EVENTS_SALT) >>> 0), tracker, logger),
      'long-connection': new EventPusher(
        { ...pusherSettings, channel: 'long-connection' },
        longConnection,
        new Random((seed ^ LONG_CONNECTION_EVENTS_SALT) >>> 0),
        tracker,
        logger,
      ),
    },
    options.eventDelivery ?? 'webhook',
    now,
  );
  const core = new SandboxCore({
    seed,
    processes: options.processes ?? 300,
    anchorMs: options.anchorTime ?? Math.floor(now() / DAY) * DAY,
    revokeDelayMs: options.revokeDelayMs ?? 1_000,
    now,
    tracker,
    channels,
  });
  const tokens = new TokenIssuer(appId, appSecret, options.tokenTtlSeconds ?? 7_200, now);
  const limiter = new SandboxRateLimiter(budgetsFrom(options.rateLimits), now);
  const faults = new FaultInjector();
  const traffic = new Traffic();
  const control = createControl({ core, traffic, faults, tokens, limiter, channels, longConnection, tracker });
  const sampleUserIds = core.tenant.directory.users
    .map((user) => ({ user, pending: approverPage(user, core.tenant, PENDING, 0, Infinity).entries.length }))
    .filter((entry) => entry.pending > 0)
    .sort((a, b) => b.pending - a.pending)
    .slice(0, SAMPLE_USERS)
    .map((entry) => entry.user.openId);

  let url = '';
  const server = createSandboxServer({
    api: new FeishuApi({ core, tokens, limiter, faults, logger }),
    control: controlRoutes({
      control,
      setWebhookUrl: (url) => webhook.setUrl(url),
      setEventDelivery: (delivery) => channels.setDelivery(delivery),
      info: () => ({ url, appId, seed, sampleUserIds }),
    }),
    longConnection,
    traffic,
    now,
    logger,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  longConnection.setBaseUrl(url);
  const live = options.liveActivity
    ? startLiveActivity(core, options.liveActivity, new Random((seed ^ LIVE_SALT) >>> 0), logger)
    : undefined;
  logger.info({ url, processes: core.tenant.processes.size }, 'sandbox: listening');

  return {
    url,
    appId,
    appSecret,
    verificationToken,
    encryptKey,
    seed,
    sampleUserIds,
    sampleTask: () => {
      const userId = sampleUserIds[0];
      const task = userId === undefined ? undefined : control.pendingTaskOf(userId);
      return task && userId !== undefined ? { userId, ...task } : undefined;
    },
    control,
    setWebhookUrl: (url) => webhook.setUrl(url),
    setEventDelivery: (delivery) => channels.setDelivery(delivery),
    close: async () => {
      live?.stop();
      core.stop();
      channels.close();
      longConnection.close();
      await webhook.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

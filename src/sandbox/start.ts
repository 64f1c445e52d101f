/** `startSandbox`: assembles the simulator, listens, and hands back its URL, credentials and control. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../logger.js';
import { approverListStatusCodes } from '../upstream/codes.js';
import { createControl } from './control.js';
import { SandboxCore } from './core.js';
import { EventPusher } from './events/pusher.js';
import { controlRoutes } from './http/control-routes.js';
import { FaultInjector } from './http/faults.js';
import { FeishuApi } from './http/feishu-api.js';
import { budgetsFrom, RateLimiter } from './http/rate-limiter.js';
import { createSandboxServer } from './http/server.js';
import { TokenIssuer } from './http/tokens.js';
import { Traffic } from './http/traffic.js';
import { startLiveActivity } from './live-activity.js';
import { Random } from './random.js';
import { approverPage } from './render.js';
import type { Sandbox, SandboxOptions } from './types.js';
import { WorkTracker } from './work-tracker.js';

const DAY = 86_400_000;
const SAMPLE_USERS = 5;
const PENDING = approverListStatusCodes.codeOf('IN_PROGRESS');
/** Salts keep the event and live-activity random streams apart from the tenant's. */
const EVENTS_SALT = 0x2545f491;
const LIVE_SALT = 0x68e31da4;

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
  const pusher = new EventPusher(
    {
      appId,
      verificationToken,
      tenantKey: new Random(seed).hex(16),
      encryptKey: options.encryptEvents === false ? undefined : encryptKey,
      duplicateRate: options.duplicateRate ?? 0.1,
      retryTimeScale: options.retryTimeScale ?? 1,
      timeoutMs: options.pushTimeoutMs ?? 3_000,
    },
    new Random((seed ^ EVENTS_SALT) >>> 0),
    now,
    tracker,
    logger,
  );
  pusher.setWebhookUrl(options.webhookUrl);
  const core = new SandboxCore({
    seed,
    processes: options.processes ?? 300,
    anchorMs: options.anchorTime ?? Math.floor(now() / DAY) * DAY,
    revokeDelayMs: options.revokeDelayMs ?? 1_000,
    now,
    tracker,
    pusher,
  });
  const tokens = new TokenIssuer(appId, appSecret, options.tokenTtlSeconds ?? 7_200, now);
  const limiter = new RateLimiter(budgetsFrom(options.rateLimits), now);
  const faults = new FaultInjector();
  const traffic = new Traffic();
  const control = createControl({ core, traffic, faults, tokens, limiter, pusher, tracker });
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
      setWebhookUrl: (webhook) => pusher.setWebhookUrl(webhook),
      info: () => ({ url, appId, seed, sampleUserIds }),
    }),
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
  const live = options.liveActivity ? startLiveActivity(core, options.liveActivity, new Random((seed ^ LIVE_SALT) >>> 0), logger) : undefined;
  logger.info({ url, processes: core.tenant.processes.size }, 'sandbox: listening');

  return {
    url,
    appId,
    appSecret,
    verificationToken,
    encryptKey,
    seed,
    sampleUserIds,
    control,
    setWebhookUrl: (webhook) => pusher.setWebhookUrl(webhook),
    close: async () => {
      live?.stop();
      core.stop();
      await pusher.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

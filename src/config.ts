/**
 * The environment, parsed once into a frozen, typed object. A bad value stops start-up with one line
 * naming the variable; secrets are redacted whenever the config is printed.
 */

import { MIN_JWT_SECRET_BYTES, parseApiKeys, parseCorsOrigins, type ApiKeyDefinition, type JwtSettings } from './config-callers.js';
import { fairUseSettings, type FairUseConfig } from './config-limits.js';

export type { ApiKeyDefinition, JwtSettings } from './config-callers.js';
import {
  parseManifestFiles,
  TRUSTED_DOCUMENTS_MODES,
  type TrustedDocumentManifest,
  type TrustedDocumentsMode,
} from './config-trusted-documents.js';
export type { FairUseConfig, QueryLimits } from './config-limits.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** How Feishu's events reach the gateway: pushed to POST /webhook/feishu, over the long connection it dials, or both. */
export type EventMode = 'webhook' | 'long-connection' | 'both';
const EVENT_MODES: readonly EventMode[] = ['webhook', 'long-connection', 'both'];

export interface Config {
  port: number;
  host: string;
  /** Unset credentials mean sandbox mode: the embedded simulator stands in for Feishu. */
  feishu: {
    appId?: string;
    appSecret?: string;
    baseUrl: string;
    verificationToken?: string;
    encryptKey?: string;
  };
  sandbox: boolean;
  redisUrl?: string;
  logLevel: LogLevel;
  auth: boolean;
  /** Who may call when `auth` is on: API keys and JWT verification. */
  callers: {
    apiKeys: readonly ApiKeyDefinition[];
    jwt?: JwtSettings;
  };
  /** Browser origins allowed to call /graphql across origins (none by default). */
  corsOrigins: readonly string[];
  /** FEISHU_EVENT_MODE; ask `webhookIngressOn` / `longConnectionOn` rather than compare it. */
  eventMode: EventMode;
  longConnection: {
    /** Seconds without any frame after a ping before the connection is presumed dead and replaced. */
    pingTimeoutSeconds: number;
  };
  /** Seconds the gateway keeps serving, /readyz at 503, after SIGTERM/SIGINT before it stops listening. */
  drainSeconds: number;
  /** Seconds closing may take after the drain window (in-flight requests, subscriptions, Redis, Feishu) before the process exits anyway. */
  closeTimeoutSeconds: number;
  /** OTLP/HTTP collector root; tracing is on only when it is set (the SDK is not even loaded otherwise). */
  otelEndpoint?: string;
  /** Answers to reads kept whole (megabytes of JSON; 0 turns the result cache off). */
  resultCacheMegabytes: number;
  /** Documents clients may name by id (besides the gateway's own manifest), and who may send others. */
  trustedDocuments: {
    mode: TrustedDocumentsMode;
    manifests: readonly TrustedDocumentManifest[];
  };
  /** Limits and fair use: document limits, operation budgets, fair shares, breaker, timeouts, subscriptions. */
  fairUse: FairUseConfig;
  /** Namespace of every Redis key and channel: replicas of one app share it, other apps on the same Redis take another. */
  redisKeyPrefix: string;
  /** The simulated tenant, in sandbox mode. */
  sandboxSettings: SandboxSettings;
}

/** The simulated tenant: the same variables shape the gateway's embedded simulator and `npm run sandbox`. */
export interface SandboxSettings {
  seed: number;
  processes: number;
  /** Seconds between simulated actions (0 = no live activity). */
  liveActivity: number;
}

/** `npm run sandbox`, the simulator alone: the tenant, and where and how it serves it. */
export interface StandaloneSandboxSettings extends SandboxSettings {
  port: number;
  /** Bind address; unset, the simulator's own default (127.0.0.1). */
  host?: string;
  /** Where it pushes events. */
  webhookUrl?: string;
  eventDelivery: EventMode;
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got ${raw}`);
  return value;
}

function url(env: Env, name: string, fallback?: string, protocols = ['http:', 'https:']): string | undefined {
  const raw = text(env, name) ?? fallback;
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    // The value is not echoed: a malformed URL may still carry a password.
    throw new ConfigError(name, 'not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got ${parsed.protocol}`);
  }
  return raw.replace(/\/+$/, '');
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  throw new ConfigError(name, `expected on or off, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = text(env, name)?.toLowerCase() ?? fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `expected one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** A variable in a format of its own (config-callers.ts); its parser's complaint becomes a ConfigError naming it. */
function parsed<T>(env: Env, name: string, parse: (raw: string) => T): T | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  try {
    return parse(raw);
  } catch (error) {
    throw new ConfigError(name, error instanceof Error ? error.message : String(error));
  }
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

function jwtSettings(env: Env): JwtSettings | undefined {
  const secret = text(env, 'GATEWAY_JWT_SECRET');
  const jwksUrl = url(env, 'GATEWAY_JWKS_URL');
  const issuer = text(env, 'GATEWAY_JWT_ISSUER');
  const audience = text(env, 'GATEWAY_JWT_AUDIENCE');
  const userClaim = text(env, 'GATEWAY_JWT_USER_CLAIM');
  if (secret !== undefined && jwksUrl !== undefined)
    throw new ConfigError('GATEWAY_JWKS_URL', 'set GATEWAY_JWT_SECRET or GATEWAY_JWKS_URL, not both');
  if (secret === undefined && jwksUrl === undefined) {
    const stray = [
      ['GATEWAY_JWT_ISSUER', issuer],
      ['GATEWAY_JWT_AUDIENCE', audience],
      ['GATEWAY_JWT_USER_CLAIM', userClaim],
    ].find(([, value]) => value !== undefined);
    if (stray) throw new ConfigError(stray[0] as string, 'has no effect without GATEWAY_JWT_SECRET or GATEWAY_JWKS_URL');
    return undefined;
  }
  if (secret !== undefined && Buffer.byteLength(secret, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new ConfigError(
      'GATEWAY_JWT_SECRET',
      `an HS256 secret needs at least ${MIN_JWT_SECRET_BYTES} bytes (e.g. openssl rand -base64 48)`,
    );
  }
  // Keys fetched over plain HTTP could be swapped by anyone on the path: only loopback may skip TLS.
  if (jwksUrl !== undefined && !jwksUrl.startsWith('https:') && !LOOPBACK_HOSTS.includes(new URL(jwksUrl).hostname)) {
    throw new ConfigError('GATEWAY_JWKS_URL', 'must be an https URL (plain http only on loopback)');
  }
  return { secret, jwksUrl, issuer, audience, userClaim: userClaim ?? 'feishu_open_id' };
}

/** Auth on outside the sandbox with nobody allowed in would refuse every request: say so at start-up instead. */
function requireCallersWhenAuthOn(config: Config): void {
  if (config.auth && !config.sandbox && config.callers.apiKeys.length === 0 && config.callers.jwt === undefined) {
    throw new ConfigError(
      'GATEWAY_AUTH',
      'caller authentication is on but no callers are configured: set GATEWAY_API_KEYS, or GATEWAY_JWT_SECRET / GATEWAY_JWKS_URL (GATEWAY_AUTH=off runs without authentication, on a trusted network only)',
    );
  }
}

/**
 * The webhook never fails open: without a Verification Token it would record forged, unsigned pushes
 * and deliver them to subscribers. Feishu issues one to every app; the sandbox brings its own.
 */
function requireWebhookVerification(config: Config): void {
  if (!config.sandbox && webhookIngressOn(config) && config.feishu.verificationToken === undefined) {
    throw new ConfigError(
      'FEISHU_VERIFICATION_TOKEN',
      'required with Feishu credentials, so POST /webhook/feishu refuses forged events (Developer Console > Events & Callbacks > Encryption Strategy)',
    );
  }
}

/** Whether Feishu pushes events to POST /webhook/feishu (modes `webhook` and `both`): the route is mounted only then. */
export function webhookIngressOn(config: Pick<Config, 'eventMode'>): boolean {
  return config.eventMode !== 'long-connection';
}

/** Whether the gateway dials Feishu's event long connection (modes `long-connection` and `both`). */
export function longConnectionOn(config: Pick<Config, 'eventMode'>): boolean {
  return config.eventMode !== 'webhook';
}

/** Without authentication every caller holds every scope, process:read included: `only` would refuse nobody. */
function requireAuthForTrustedOnly(config: Config): void {
  if (config.trustedDocuments.mode === 'only' && !config.auth) {
    throw new ConfigError(
      'GATEWAY_TRUSTED_DOCUMENTS',
      'only needs caller authentication (GATEWAY_AUTH=on): without it every caller may send any document',
    );
  }
}

function logLevel(env: Env): LogLevel {
  const level = (text(env, 'LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(level)) throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

/** Redis key names: no spaces or control characters, and short, since every key carries it. */
function redisKeyPrefix(env: Env): string {
  const prefix = text(env, 'GATEWAY_REDIS_KEY_PREFIX') ?? 'feishu-gw:';
  if (!/^[\x21-\x7e]{1,64}$/.test(prefix))
    throw new ConfigError('GATEWAY_REDIS_KEY_PREFIX', 'expected 1 to 64 printable characters without spaces');
  return prefix;
}

function sandboxSettings(env: Env): SandboxSettings {
  return {
    seed: integer(env, 'SANDBOX_SEED', 42, 0, 2 ** 31 - 1),
    processes: integer(env, 'SANDBOX_PROCESSES', 300, 1, 1_000_000),
    liveActivity: integer(env, 'SANDBOX_LIVE_ACTIVITY', 0, 0, 3600),
  };
}

/** `npm run sandbox`'s settings: the gateway's other variables (Feishu credentials among them) play no part. */
export function loadSandboxSettings(env: Env = process.env): Readonly<StandaloneSandboxSettings> {
  return deepFreeze({
    ...sandboxSettings(env),
    port: integer(env, 'SANDBOX_PORT', 4100, 0, 65535),
    host: text(env, 'SANDBOX_HOST'),
    webhookUrl: url(env, 'SANDBOX_WEBHOOK_URL'),
    eventDelivery: oneOf(env, 'SANDBOX_EVENT_MODE', EVENT_MODES, 'webhook'),
    logLevel: logLevel(env),
  });
}

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const appId = text(env, 'FEISHU_APP_ID');
  const appSecret = text(env, 'FEISHU_APP_SECRET');
  if ((appId === undefined) !== (appSecret === undefined)) {
    throw new ConfigError(
      appId === undefined ? 'FEISHU_APP_ID' : 'FEISHU_APP_SECRET',
      'set both FEISHU_APP_ID and FEISHU_APP_SECRET, or neither for sandbox mode',
    );
  }
  const sandbox = appId === undefined;
  const config: Config = {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: text(env, 'HOST') ?? '127.0.0.1',
    feishu: {
      appId,
      appSecret,
      baseUrl: url(env, 'FEISHU_BASE_URL', 'https://open.feishu.cn') as string,
      verificationToken: text(env, 'FEISHU_VERIFICATION_TOKEN'),
      encryptKey: text(env, 'FEISHU_ENCRYPT_KEY'),
    },
    sandbox,
    redisUrl: url(env, 'REDIS_URL', undefined, ['redis:', 'rediss:']),
    logLevel: logLevel(env),
    auth: onOff(env, 'GATEWAY_AUTH', !sandbox),
    callers: {
      apiKeys: parsed(env, 'GATEWAY_API_KEYS', parseApiKeys) ?? [],
      jwt: jwtSettings(env),
    },
    corsOrigins: parsed(env, 'GATEWAY_CORS_ORIGINS', parseCorsOrigins) ?? [],
    eventMode: oneOf(env, 'FEISHU_EVENT_MODE', EVENT_MODES, 'webhook'),
    longConnection: {
      // Feishu pings every 120 s, so a dead connection is noticed within 120 s + this.
      pingTimeoutSeconds: integer(env, 'FEISHU_LONG_CONNECTION_PING_TIMEOUT', 10, 1, 600),
    },
    drainSeconds: integer(env, 'GATEWAY_DRAIN_SECONDS', sandbox ? 0 : 5, 0, 3600),
    closeTimeoutSeconds: integer(env, 'GATEWAY_CLOSE_TIMEOUT_SECONDS', 10, 1, 3600),
    otelEndpoint: url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT'),
    resultCacheMegabytes: integer(env, 'GATEWAY_RESULT_CACHE_MB', 64, 0, 65_536),
    trustedDocuments: {
      mode: oneOf(env, 'GATEWAY_TRUSTED_DOCUMENTS', TRUSTED_DOCUMENTS_MODES, 'allow'),
      manifests: parsed(env, 'GATEWAY_TRUSTED_DOCUMENTS_FILES', parseManifestFiles) ?? [],
    },
    fairUse: fairUseSettings({
      integer: (name, fallback, min, max) => integer(env, name, fallback, min, max),
      parsed: (name, parse) => parsed(env, name, parse),
    }),
    redisKeyPrefix: redisKeyPrefix(env),
    sandboxSettings: sandboxSettings(env),
  };
  requireCallersWhenAuthOn(config);
  requireWebhookVerification(config);
  requireAuthForTrustedOnly(config);
  return deepFreeze(config);
}

const REDACTED = '[redacted]';

/** The config as it may be logged: secrets replaced, credentials in URLs removed. */
export function redactConfig(config: Readonly<Config>): Record<string, unknown> {
  const redactUrl = (value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = new URL(value);
    if (parsed.password) parsed.password = REDACTED;
    return parsed.toString();
  };
  return {
    ...config,
    feishu: {
      ...config.feishu,
      appSecret: config.feishu.appSecret && REDACTED,
      verificationToken: config.feishu.verificationToken && REDACTED,
      encryptKey: config.feishu.encryptKey && REDACTED,
    },
    redisUrl: redactUrl(config.redisUrl),
    callers: {
      apiKeys: config.callers.apiKeys.map((definition) => ({ ...definition, keySha256: REDACTED })),
      jwt: config.callers.jwt && { ...config.callers.jwt, secret: config.callers.jwt.secret && REDACTED },
    },
    otelEndpoint: redactUrl(config.otelEndpoint),
    // Documents are not secret, but long: their count says enough.
    trustedDocuments: {
      mode: config.trustedDocuments.mode,
      manifests: config.trustedDocuments.manifests.map(({ source, documents }) => ({ source, documents: Object.keys(documents).length })),
    },
  };
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}

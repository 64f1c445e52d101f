/**
 * The environment, parsed once into a frozen, typed object. A bad value stops start-up with one line
 * naming the variable; secrets are redacted whenever the config is printed.
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

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
  /** Seconds the gateway keeps serving, /readyz at 503, after SIGTERM/SIGINT before it stops listening. */
  drainSeconds: number;
  /** Seconds closing may take after the drain window (in-flight requests, subscriptions, Redis, Feishu) before the process exits anyway. */
  closeTimeoutSeconds: number;
  /** OTLP/HTTP collector root; tracing is on only when it is set (the SDK is not even loaded otherwise). */
  otelEndpoint?: string;
  sandboxSettings: {
    port: number;
    seed: number;
    processes: number;
    webhookUrl?: string;
    /** Seconds between simulated actions (0 = no live activity). */
    liveActivity: number;
  };
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

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const appId = text(env, 'FEISHU_APP_ID');
  const appSecret = text(env, 'FEISHU_APP_SECRET');
  if ((appId === undefined) !== (appSecret === undefined)) {
    throw new ConfigError(appId === undefined ? 'FEISHU_APP_ID' : 'FEISHU_APP_SECRET', 'set both FEISHU_APP_ID and FEISHU_APP_SECRET, or neither for sandbox mode');
  }
  const sandbox = appId === undefined;
  const logLevel = (text(env, 'LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}`);
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
    logLevel,
    auth: onOff(env, 'GATEWAY_AUTH', !sandbox),
    drainSeconds: integer(env, 'GATEWAY_DRAIN_SECONDS', sandbox ? 0 : 5, 0, 3600),
    closeTimeoutSeconds: integer(env, 'GATEWAY_CLOSE_TIMEOUT_SECONDS', 10, 1, 3600),
    otelEndpoint: url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT'),
    sandboxSettings: {
      port: integer(env, 'SANDBOX_PORT', 4100, 0, 65535),
      seed: integer(env, 'SANDBOX_SEED', 42, 0, 2 ** 31 - 1),
      processes: integer(env, 'SANDBOX_PROCESSES', 300, 1, 1_000_000),
      webhookUrl: url(env, 'SANDBOX_WEBHOOK_URL'),
      liveActivity: integer(env, 'SANDBOX_LIVE_ACTIVITY', 0, 0, 3600),
    },
  };
  if (config.auth) {
    // Fail closed: with authentication asked for but not yet built, anyone could act as anyone.
    throw new ConfigError(
      'GATEWAY_AUTH',
      'caller authentication (GATEWAY_API_KEYS, GATEWAY_JWT_*) is not available yet; set GATEWAY_AUTH=off to run without it, on a trusted network only',
    );
  }
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
    otelEndpoint: redactUrl(config.otelEndpoint),
  };
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadSandboxSettings, longConnectionOn, redactConfig, webhookIngressOn } from '../src/config.js';

describe('loadConfig', () => {
  it('runs in sandbox mode with auth off when no credentials are set', () => {
    const config = loadConfig({});
    expect(config.sandbox).toBe(true);
    expect(config.auth).toBe(false);
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.feishu.baseUrl).toBe('https://open.feishu.cn');
  });

  it('asks for caller authentication once credentials are set, and refuses to start with nobody allowed in rather than run open', () => {
    const real = { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's3cret', FEISHU_VERIFICATION_TOKEN: 'v-token' };
    expect(() => loadConfig(real)).toThrow(/^GATEWAY_AUTH: caller authentication is on but no callers are configured/);
    const off = loadConfig({ ...real, GATEWAY_AUTH: 'off' });
    expect(off.sandbox).toBe(false);
    expect(off.auth).toBe(false);
    const keyed = loadConfig({
      ...real,
      GATEWAY_API_KEYS: JSON.stringify([{ name: 'payroll', key: 'a-long-enough-key-1', scopes: ['process:read'] }]),
    });
    expect(keyed.auth).toBe(true);
    expect(keyed.callers.apiKeys).toHaveLength(1);
  });

  it('refuses to start with Feishu credentials but no verification token: the webhook never accepts unsigned events', () => {
    expect(() => loadConfig({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's3cret', GATEWAY_AUTH: 'off' })).toThrow(
      /^FEISHU_VERIFICATION_TOKEN: required/,
    );
    expect(loadConfig({}).feishu.verificationToken).toBeUndefined();
  });

  it('needs no verification token when events arrive only over the long connection (no webhook is mounted), but does in both mode', () => {
    const real = { FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's3cret', GATEWAY_AUTH: 'off' };
    expect(loadConfig({ ...real, FEISHU_EVENT_MODE: 'long-connection' }).eventMode).toBe('long-connection');
    expect(() => loadConfig({ ...real, FEISHU_EVENT_MODE: 'both' })).toThrow(/^FEISHU_VERIFICATION_TOKEN: required/);
  });

  it('drains for a few seconds on shutdown outside sandbox mode and not at all inside it; both shutdown bounds are settable', () => {
    expect(loadConfig({}).drainSeconds).toBe(0);
    const production = loadConfig({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's', FEISHU_VERIFICATION_TOKEN: 'v', GATEWAY_AUTH: 'off' });
    expect(production.drainSeconds).toBe(5);
    expect(production.closeTimeoutSeconds).toBe(10);
    const tuned = loadConfig({ GATEWAY_DRAIN_SECONDS: '20', GATEWAY_CLOSE_TIMEOUT_SECONDS: '3' });
    expect([tuned.drainSeconds, tuned.closeTimeoutSeconds]).toEqual([20, 3]);
  });

  it('turns tracing on only with an OTLP endpoint', () => {
    expect(loadConfig({}).otelEndpoint).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).otelEndpoint).toBe('http://collector:4318');
  });

  it('keeps 64 MB of answers to reads by default; GATEWAY_RESULT_CACHE_MB sets the bound, 0 turns the result cache off', () => {
    expect(loadConfig({}).resultCacheMegabytes).toBe(64);
    expect(loadConfig({ GATEWAY_RESULT_CACHE_MB: '0' }).resultCacheMegabytes).toBe(0);
    expect(loadConfig({ GATEWAY_RESULT_CACHE_MB: '256' }).resultCacheMegabytes).toBe(256);
    expect(() => loadConfig({ GATEWAY_RESULT_CACHE_MB: 'lots' })).toThrow(/^GATEWAY_RESULT_CACHE_MB: expected a whole number/);
  });

  it('names every Redis key of an app below one prefix, feishu-gw: unless GATEWAY_REDIS_KEY_PREFIX says otherwise', () => {
    expect(loadConfig({}).redisKeyPrefix).toBe('feishu-gw:');
    expect(loadConfig({ GATEWAY_REDIS_KEY_PREFIX: 'payroll-gw:' }).redisKeyPrefix).toBe('payroll-gw:');
  });

  it('never echoes a malformed URL, which may carry a password', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://user:hunter2@exa mple:6379' })).toThrow(/^REDIS_URL: not a valid URL$/);
  });

  it('is frozen all the way down', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.feishu)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ FEISHU_BASE_URL: 'not a url' }, 'FEISHU_BASE_URL'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ GATEWAY_AUTH: 'maybe' }, 'GATEWAY_AUTH'],
    [{ GATEWAY_DRAIN_SECONDS: '-1' }, 'GATEWAY_DRAIN_SECONDS'],
    [{ GATEWAY_CLOSE_TIMEOUT_SECONDS: '0' }, 'GATEWAY_CLOSE_TIMEOUT_SECONDS'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'OTEL_EXPORTER_OTLP_ENDPOINT'],
    [{ FEISHU_APP_ID: 'cli_x' }, 'FEISHU_APP_SECRET'],
    [{ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's' }, 'GATEWAY_AUTH'],
    [{ FEISHU_EVENT_MODE: 'websocket' }, 'FEISHU_EVENT_MODE'],
    [{ FEISHU_LONG_CONNECTION_PING_TIMEOUT: '0' }, 'FEISHU_LONG_CONNECTION_PING_TIMEOUT'],
    [{ GATEWAY_REDIS_KEY_PREFIX: 'two words' }, 'GATEWAY_REDIS_KEY_PREFIX'],
    [{ SANDBOX_PROCESSES: '0' }, 'SANDBOX_PROCESSES'],
  ])('stops on %o naming %s in one line', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message.startsWith(`${variable}: `)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never prints secrets', () => {
    const config = loadConfig({
      GATEWAY_AUTH: 'off',
      FEISHU_APP_ID: 'cli_x',
      FEISHU_APP_SECRET: 'app-secret-value',
      FEISHU_ENCRYPT_KEY: 'encrypt-key-value',
      FEISHU_VERIFICATION_TOKEN: 'verification-token-value',
      REDIS_URL: 'redis://user:redis-password@127.0.0.1:6379',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://user:otel-password@collector:4318',
    });
    const printed = JSON.stringify(redactConfig(config));
    for (const secret of ['app-secret-value', 'encrypt-key-value', 'verification-token-value', 'redis-password', 'otel-password']) {
      expect(printed).not.toContain(secret);
    }
    expect(printed).toContain('cli_x');
  });

  it('receives events over the webhook by default; the long connection, or both, when FEISHU_EVENT_MODE says so', () => {
    const modes = (env: Record<string, string>) => {
      const config = loadConfig(env);
      return [config.eventMode, webhookIngressOn(config), longConnectionOn(config)];
    };
    expect(modes({})).toEqual(['webhook', true, false]);
    expect(modes({ FEISHU_EVENT_MODE: 'long-connection' })).toEqual(['long-connection', false, true]);
    expect(modes({ FEISHU_EVENT_MODE: 'Both' })).toEqual(['both', true, true]);
    expect(loadConfig({}).longConnection.pingTimeoutSeconds).toBe(10);
    expect(loadConfig({ FEISHU_LONG_CONNECTION_PING_TIMEOUT: '3' }).longConnection.pingTimeoutSeconds).toBe(3);
  });

  it('reads the limits and fair-use settings, with defaults every example passes, and one line per bad value', () => {
    const defaults = loadConfig({}).fairUse;
    expect(defaults.query).toEqual({ maxDepth: 12, maxAliases: 15, maxTokens: 2_000, maxDirectives: 10, maxCost: 5_000 });
    expect(defaults.operationBudget).toMatchObject({ getProcess: 25, getFlowData: 2, listProcesses: 3 });
    expect(defaults).toMatchObject({ callerSharePercent: 50, interactiveReservePercent: 50, breaker: { failures: 5, cooldownSeconds: 5 } });
    expect(defaults.http).toEqual({ headersTimeoutSeconds: 10, requestTimeoutSeconds: 30 });
    expect(defaults.subscriptions).toEqual({ maxPerCaller: 100, bufferEvents: 1_000, bufferBytes: 1_048_576 });

    const set = loadConfig({
      GATEWAY_MAX_DEPTH: '8',
      GATEWAY_MAX_COST: '900',
      GATEWAY_OPERATION_BUDGET: 'getProcess=10, getFlowData=1',
      GATEWAY_CALLER_SHARE_PERCENT: '25',
      GATEWAY_INTERACTIVE_RESERVE_PERCENT: '0',
      GATEWAY_MAX_SUBSCRIPTIONS_PER_CALLER: '5',
      GATEWAY_REQUEST_TIMEOUT_SECONDS: '12',
    }).fairUse;
    expect(set.query).toMatchObject({ maxDepth: 8, maxCost: 900 });
    expect(set.operationBudget).toMatchObject({ getProcess: 10, getFlowData: 1, listProcesses: 3 });
    expect(set).toMatchObject({
      callerSharePercent: 25,
      interactiveReservePercent: 0,
      subscriptions: { maxPerCaller: 5 },
      http: { requestTimeoutSeconds: 12 },
    });

    const bad: [Record<string, string>, RegExp][] = [
      [{ GATEWAY_MAX_DEPTH: 'deep' }, /^GATEWAY_MAX_DEPTH: expected a whole number/],
      [{ GATEWAY_MAX_TOKENS: '5' }, /^GATEWAY_MAX_TOKENS: expected a whole number from 10/],
      [{ GATEWAY_OPERATION_BUDGET: 'getProcess:10' }, /^GATEWAY_OPERATION_BUDGET: expected endpoint=calls pairs/],
      [{ GATEWAY_OPERATION_BUDGET: 'getEverything=10' }, /^GATEWAY_OPERATION_BUDGET: unknown endpoint "getEverything"/],
      [{ GATEWAY_OPERATION_BUDGET: 'getProcess=0' }, /^GATEWAY_OPERATION_BUDGET: getProcess needs at least 1 call/],
      [{ GATEWAY_CALLER_SHARE_PERCENT: '0' }, /^GATEWAY_CALLER_SHARE_PERCENT: expected a whole number from 1 to 100/],
      [{ GATEWAY_INTERACTIVE_RESERVE_PERCENT: '95' }, /^GATEWAY_INTERACTIVE_RESERVE_PERCENT: expected a whole number from 0 to 90/],
      [{ GATEWAY_SUBSCRIBER_BUFFER_BYTES: '12' }, /^GATEWAY_SUBSCRIBER_BUFFER_BYTES: expected a whole number from 1024/],
    ];
    for (const [env, line] of bad) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(line);
    }
  });
});

describe('loadSandboxSettings (npm run sandbox)', () => {
  it('reads the tenant from the same variables as the gateway, and where and how to serve it from its own', () => {
    const env = { SANDBOX_SEED: '7', SANDBOX_PROCESSES: '30', SANDBOX_LIVE_ACTIVITY: '2' };
    expect(loadSandboxSettings(env)).toMatchObject(loadConfig(env).sandboxSettings);
    expect(loadSandboxSettings({})).toEqual({
      seed: 42,
      processes: 300,
      liveActivity: 0,
      port: 4100,
      eventDelivery: 'webhook',
      logLevel: 'info',
    });
    const served = loadSandboxSettings({
      SANDBOX_PORT: '0',
      SANDBOX_HOST: '0.0.0.0',
      SANDBOX_WEBHOOK_URL: 'http://127.0.0.1:4000/webhook/feishu',
      SANDBOX_EVENT_MODE: 'both',
    });
    expect(served).toMatchObject({ port: 0, host: '0.0.0.0', webhookUrl: 'http://127.0.0.1:4000/webhook/feishu', eventDelivery: 'both' });
  });

  it("ignores the gateway's own variables: Feishu credentials without a verification token do not stop the simulator", () => {
    expect(loadSandboxSettings({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's' }).seed).toBe(42);
  });

  it.each([
    [{ SANDBOX_PORT: '70000' }, 'SANDBOX_PORT'],
    [{ SANDBOX_EVENT_MODE: 'pigeon' }, 'SANDBOX_EVENT_MODE'],
    [{ SANDBOX_WEBHOOK_URL: 'gateway:4000' }, 'SANDBOX_WEBHOOK_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('stops on %o naming %s', (env, variable) => {
    expect(() => loadSandboxSettings(env)).toThrow(new RegExp(`^${variable}: `));
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs in sandbox mode with auth off when no credentials are set', () => {
    const config = loadConfig({});
    expect(config.sandbox).toBe(true);
    expect(config.auth).toBe(false);
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.feishu.baseUrl).toBe('https://open.feishu.cn');
  });

  it('asks for caller authentication once credentials are set, and refuses to start without it rather than run open', () => {
    expect(() => loadConfig({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's3cret' })).toThrow(/^GATEWAY_AUTH: /);
    const config = loadConfig({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's3cret', GATEWAY_AUTH: 'off' });
    expect(config.sandbox).toBe(false);
    expect(config.auth).toBe(false);
  });

  it('drains for a few seconds on shutdown outside sandbox mode and not at all inside it; both shutdown bounds are settable', () => {
    expect(loadConfig({}).drainSeconds).toBe(0);
    const production = loadConfig({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's', GATEWAY_AUTH: 'off' });
    expect(production.drainSeconds).toBe(5);
    expect(production.closeTimeoutSeconds).toBe(10);
    const tuned = loadConfig({ GATEWAY_DRAIN_SECONDS: '20', GATEWAY_CLOSE_TIMEOUT_SECONDS: '3' });
    expect([tuned.drainSeconds, tuned.closeTimeoutSeconds]).toEqual([20, 3]);
  });

  it('turns tracing on only with an OTLP endpoint', () => {
    expect(loadConfig({}).otelEndpoint).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).otelEndpoint).toBe('http://collector:4318');
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
});

/**
 * The loader cache's second level in Redis: what one replica read from Feishu, the others read from
 * here, so a change costs one Feishu read for the whole fleet rather than one per replica.
 *
 * Layout, per scope (a process, or a user's task lists): a hash of entries, a version, and a refresh
 * lease. A change *claims* its scopes before any replica can hear of it: in one step it bumps the
 * version, drops the hash and (for a process) takes the lease for the replica that will read it
 * again. Then:
 * - a load is written back only under the version read before it started, so a replica that read
 *   Feishu before the change can never store what it read after the change was claimed;
 * - a replica that misses while another holds the lease waits briefly for that replica's fresh copy
 *   instead of reading Feishu itself (the race between "drop and read again" and "write the fresh
 *   copy" that would otherwise cost one read per replica).
 * Every command is bounded (its own connection: no offline queue, a command timeout); Redis
 * unavailable reads as a miss and drops writes, so reads fall back to the local cache and Feishu.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../logger.js';
import type { CacheChange } from './dependency-index.js';
import type { SharedCache, SharedRead } from './loader-cache.js';
import { processScope, taskListScope } from './loaders.js';

export interface RedisSharedCacheOptions {
  redisUrl: string;
  /** Prepended to every key. */
  keyPrefix: string;
  /** Longest time a command may take before it counts as a miss. @default 150 */
  commandTimeoutMs?: number;
  /** How long a claim's lease lasts: the claiming replica reads the process again within it. @default 2_000 */
  leaseMs?: number;
  /**
   * Longest wait for another replica's refresh before reading Feishu: short enough that a slow or lost
   * refresh still leaves the change visible within a second (the refresh starts 250 ms after the change). @default 500
   */
  waitMs?: number;
  /** How often a waiting replica looks for the fresh copy. @default 15 */
  pollMs?: number;
  logger?: Logger;
}

/** Dates survive the trip as `{"$date": ms}` (process details carry them). */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, encoded: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : encoded;
  });
}

function decode(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && '$date' in value && Object.keys(value).length === 1) {
      return new Date((value as { $date: number }).$date);
    }
    return value;
  });
}

interface Stored {
  /** Epoch ms the entry stops being valid. */
  e: number;
  v: string;
}

/**
 * KEYS: hash, version, lease. ARGV: field, payload, ttl ms, version read before loading, owner, releases lease (1/0).
 * Writes only under an unchanged version; the owner's write of the refreshed entry ends its lease.
 */
const WRITE_SCRIPT = `
local version = redis.call('GET', KEYS[2]) or '0'
if version ~= ARGV[4] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
if ARGV[6] == '1' then
  local lease = redis.call('GET', KEYS[3])
  if lease and string.sub(lease, 1, string.len(ARGV[5]) + 1) == ARGV[5] .. ' ' then redis.call('DEL', KEYS[3]) end
end
return 1
`;

/**
 * KEYS: hash, version, lease, claimed token. ARGV: owner, token, lease ms, version ttl ms, token memory ms,
 * takes the lease (1/0). A token claims once (one change heard twice, by one replica or two, costs one read).
 */
const CLAIM_SCRIPT = `
if not redis.call('SET', KEYS[4], '1', 'NX', 'PX', ARGV[5]) then return 0 end
redis.call('INCR', KEYS[2])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('DEL', KEYS[1])
if ARGV[6] == '1' then redis.call('SET', KEYS[3], ARGV[1] .. ' ' .. ARGV[2], 'PX', ARGV[3]) else redis.call('DEL', KEYS[3]) end
return 1
`;

/** Versions outlive every entry written under them (the longest TTL is 10 min). */
const VERSION_TTL_MS = 3_600_000;

/**
 * How long a change's token is remembered: long enough for both claims of one event (before it is
 * recorded, and when it is) and for the same event reaching two replicas; a duplicate Feishu sends
 * later costs one read. Short, so a flood of events leaves few keys behind.
 */
const TOKEN_MEMORY_MS = 60_000;

export class RedisSharedCache implements SharedCache {
  /** Names this replica in leases. */
  readonly owner = randomUUID();
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  private readonly leaseMs: number;
  private readonly waitMs: number;
  private readonly pollMs: number;
  private readonly logger: Logger;
  private failing = false;
  /** Calls that failed or timed out (each read as a miss, or a dropped write). */
  errors = 0;
  /** Misses that waited for another replica's refresh. */
  waits = 0;

  constructor(options: RedisSharedCacheOptions) {
    this.keyPrefix = options.keyPrefix;
    this.leaseMs = options.leaseMs ?? 2_000;
    this.waitMs = options.waitMs ?? 500;
    this.pollMs = options.pollMs ?? 15;
    this.logger = options.logger ?? silentLogger;
    this.redis = new Redis(options.redisUrl, {
      lazyConnect: true,
      commandTimeout: options.commandTimeoutMs ?? 150,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => 1_000,
    });
    this.redis.on('error', () => undefined);
    this.redis.on('ready', () => {
      if (this.failing) this.logger.info('shared cache reachable again');
      this.failing = false;
    });
    this.redis.defineCommand('sharedCacheWrite', { numberOfKeys: 3, lua: WRITE_SCRIPT });
    this.redis.defineCommand('sharedCacheClaim', { numberOfKeys: 4, lua: CLAIM_SCRIPT });
  }

  /** Connects (rejects when Redis cannot be reached); until then every call reads as a miss. */
  async connect(): Promise<void> {
    await this.redis.connect();
  }

  private keys(scope: string): [hash: string, version: string, lease: string] {
    return [`${this.keyPrefix}${scope}`, `${this.keyPrefix}${scope}:v`, `${this.keyPrefix}${scope}:lease`];
  }

  private failed(error: unknown): void {
    this.errors += 1;
    if (!this.failing) this.logger.warn({ err: error }, 'shared cache unavailable: reading from the local cache and Feishu');
    this.failing = true;
  }

  async read(scope: string, field: string, refreshed = false): Promise<SharedRead> {
    const [hash, versionKey, leaseKey] = this.keys(scope);
    const started = Date.now();
    let waited = false;
    try {
      for (;;) {
        const answers = await this.redis.multi().hget(hash, field).get(versionKey).get(leaseKey).exec();
        const [raw, version, lease] = (answers ?? []).map(([error, value]) => {
          if (error) throw error;
          return value as string | null;
        });
        const stored = raw ? (JSON.parse(raw) as Stored) : undefined;
        if (stored && stored.e > Date.now()) return { found: true, value: decode(stored.v), ttlMs: stored.e - Date.now() };
        const anotherRefreshes = refreshed && lease != null && !lease.startsWith(`${this.owner} `);
        if (!anotherRefreshes || Date.now() - started >= this.waitMs) return { found: false, version: version ?? '0' };
        if (!waited) this.waits += 1;
        waited = true;
        await sleep(this.pollMs);
      }
    } catch (error) {
      this.failed(error);
      return { found: false };
    }
  }

  async write(scope: string, field: string, value: unknown, ttlMs: number, version: string, refreshed = false): Promise<void> {
    const payload = JSON.stringify({ e: Date.now() + ttlMs, v: encode(value) } satisfies Stored);
    try {
      await (this.redis as Redis & { sharedCacheWrite(...args: (string | number)[]): Promise<number> }).sharedCacheWrite(
        ...this.keys(scope),
        field,
        payload,
        ttlMs,
        version,
        this.owner,
        refreshed ? '1' : '0',
      );
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * Before a change is heard anywhere (announced, or recorded where subscribers read it): drops what
   * the fleet shares about it and, when this replica will read the process again (`lease`), leases that
   * read to it so the others wait for its copy; otherwise the first to miss reads Feishu at once.
   * `token` names the change (an event id), so hearing it again claims nothing. Never throws.
   */
  async claim(change: CacheChange, token: string, lease = true): Promise<void> {
    const users = (change.users ?? []).map(taskListScope).filter((scope): scope is string => scope !== undefined);
    try {
      const batch = this.redis.multi();
      if (change.processId !== undefined) {
        (batch as unknown as { sharedCacheClaim(...args: (string | number)[]): unknown }).sharedCacheClaim(
          ...this.keys(processScope(change.processId)),
          `${this.keyPrefix}claimed:${processScope(change.processId)}:${token}`,
          this.owner,
          token,
          this.leaseMs,
          VERSION_TTL_MS,
          TOKEN_MEMORY_MS,
          lease ? '1' : '0',
        );
      }
      for (const scope of users) {
        const [hash, versionKey] = this.keys(scope);
        batch.incr(versionKey).pexpire(versionKey, VERSION_TTL_MS).del(hash);
      }
      const answers = await batch.exec();
      const failure = answers?.find(([error]) => error)?.[0];
      if (failure) throw failure;
    } catch (error) {
      this.failed(error);
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}

/** The sandbox's public face: what other engineers, tests and benchmarks code against. */
import type { ProcessKind, ProcessStatus } from '../domain/process.js';
import type { Logger } from '../logger.js';
import type { Endpoint } from '../upstream/api.js';
import type { Role } from './model.js';
import type { WireApproverInfo, WireEventEnvelope, WireFieldVariableValue, WireI18n, WireProcess } from '../upstream/wire.js';

export type RateBudget = { limit: number; windowMs: number };

/** The two ways Feishu delivers events. */
export type SandboxEventChannel = 'webhook' | 'long-connection';
/** Where the simulator sends its events: one channel, or both (each event once per channel, same event_id). */
export type SandboxEventDelivery = 'webhook' | 'long-connection' | 'both';

/** What discovery and every pong tell a long-connection client; seconds (fractions allowed, for tests). */
export interface SandboxClientConfig {
  PingInterval: number;
  /** -1: no limit. */
  ReconnectCount: number;
  ReconnectInterval: number;
  /** The client waits a random time below this before reconnecting. */
  ReconnectNonce: number;
}

export interface SandboxLongConnectionStats {
  /** `POST /callback/ws/endpoint` requests answered, refusals included. */
  discoveries: number;
  /** Discoveries answered with a non-zero code. */
  refusals: number;
  connectionsOpened: number;
  connectionsClosed: number;
  openConnections: number;
  /** Pings received (answered or not). */
  pings: number;
  /** Pings received on half-open connections, never answered. */
  unansweredPings: number;
  /** Event data frames sent (a message split in N parts is N frames). */
  eventFrames: number;
  /** Acknowledgements received, by the code they carry (`invalid` for one without). */
  acks: Record<string, number>;
}

export interface SandboxOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Same seed (and anchor), same tenant, byte for byte. @default 42 */
  seed?: number;
  /** Tenant size. @default 300 */
  processes?: number;
  /** Generated when absent (random: two sandboxes in one process never share credentials). */
  appId?: string;
  appSecret?: string;
  verificationToken?: string;
  encryptKey?: string;
  /** Where events are pushed; settable later with `setWebhookUrl`. No URL, no pushes. */
  webhookUrl?: string;
  /** Which channels the events go to; settable later with `setEventDelivery`. @default 'webhook' */
  eventDelivery?: SandboxEventDelivery;
  longConnection?: {
    /** @default { PingInterval: 30, ReconnectCount: -1, ReconnectInterval: 5, ReconnectNonce: 2 } (Feishu: 120, -1, 120, 30) */
    clientConfig?: Partial<SandboxClientConfig>;
    /** Open connections (and unused discoveries) allowed per app. @default 50 */
    maxConnections?: number;
  };
  /** Encrypt and sign pushes (`{"encrypt": ...}` + X-Lark-* headers). @default true */
  encryptEvents?: boolean;
  /** Share of events sent a second time with the same event_id. @default 0.1 */
  duplicateRate?: number;
  /** Multiplies Feishu's retry schedule (15 s, 5 min, 1 h, 6 h); tests use e.g. 0.001. @default 1 */
  retryTimeScale?: number;
  /**
   * `true`: Feishu's per-endpoint budgets; `false`: none; an object: only the endpoints it names are
   * limited, with the budgets given. @default true
   */
  rateLimits?: boolean | Partial<Record<Endpoint, RateBudget>>;
  /** @default 7200 */
  tokenTtlSeconds?: number;
  /** Seconds between random simulated actions (approve, reject, comment, new process ...); 0 = off. @default 0 */
  liveActivity?: number;
  logger?: Logger;
  /** The simulator's clock (ms). @default Date.now */
  now?: () => number;
  /**
   * Generated history ends at this time (ms); part of what makes a tenant reproducible.
   * @default the start of the current UTC day
   */
  anchorTime?: number;
  /** How long a webhook answer or a long-connection acknowledgement may take before the push counts as failed. @default 3000 */
  pushTimeoutMs?: number;
  /** Time a revoke spends in "revoking" (15) before it becomes "revoked" (8). @default 1000 */
  revokeDelayMs?: number;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:41234 (API root is url + '/open-apis') */
  readonly url: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly verificationToken: string;
  readonly encryptKey: string;
  readonly seed: number;
  /** open_ids of users with pending tasks, most pending first. */
  readonly sampleUserIds: string[];
  /** A task the first sample user can act on now (for GraphiQL's example tabs), if any. */
  sampleTask(): { userId: string; processId: string; approverId: string } | undefined;
  readonly control: SandboxControl;
  setWebhookUrl(url: string | undefined): void;
  setEventDelivery(delivery: SandboxEventDelivery): void;
  close(): Promise<void>;
}

export type SandboxEndpoint = Endpoint | 'token';

export interface SandboxRequest {
  /** Undefined for paths that are no Feishu endpoint. */
  endpoint?: SandboxEndpoint;
  method: string;
  path: string;
  query: Record<string, string[]>;
  /** Parsed JSON body (secrets redacted), the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** Request headers as received (lower-case names), without `authorization`: user agent, trace context, request id. */
  headers: Record<string, string>;
  status: number;
  code: number;
  /** ms */
  at: number;
}

export interface SandboxFault {
  endpoint: SandboxEndpoint;
  /** HTTP status to answer; defaults from `code` (400, 429 or 500). */
  status?: number;
  /** Feishu code to answer; defaults from `status` (99991400 for 429, 1160500 for 5xx, else 1160101). */
  code?: number;
  msg?: string;
  /** How many requests it hits. @default Infinity (until clearFaults) */
  times?: number;
  /** Delay before answering; alone (no status or code) the request then proceeds normally. */
  latencyMs?: number;
}

export interface SandboxPushedEvent {
  channel: SandboxEventChannel;
  eventId: string;
  eventType: string;
  processId: string;
  /** Attempts made so far (0 for a dropped event): HTTP requests, or long-connection messages. */
  attempts: number;
  delivered: boolean;
  /** This is the extra copy of an event already delivered (same event_id). */
  duplicate: boolean;
  /** Swallowed by `dropEvents`. */
  dropped: boolean;
  /** The plaintext envelope that was (or would have been) sent. */
  envelope: WireEventEnvelope;
}

export interface SandboxUser {
  openId: string;
  unionId: string;
  userId: string;
  peopleCorehrId: string;
  name: { zh_cn: string; en_us: string };
  /** hr_admin users are the process admins (they may revoke and withdraw anything). */
  role: Role;
}

export interface NodeSpec {
  nodeDefinitionId?: string;
  name?: WireI18n;
  mode: 'OR' | 'AND';
  /** `system`: one task held by the system (system_todos / system_done_list); approvers are then ignored. @default 'approval' */
  kind?: 'approval' | 'form' | 'cc' | 'system';
  /** open_ids (CC recipients for a CC node). */
  approvers: string[];
  /**
   * `done` nodes form a prefix; the first `pending` one is where a running process waits. Omitted
   * states follow from the process status.
   */
  state?: 'pending' | 'done' | 'future';
}

/**
 * A fixture process. Its history is played through the same engine as live actions, so ids, times
 * and task lists are what the real flow would show.
 */
export interface ProcessSpec {
  /** @default 'IN_PROGRESS' */
  status?: ProcessStatus;
  /** A business type key (enums.md §13) or any custom one. @default 'leave_application' */
  bizType?: string;
  /** A definition of the tenant, or a new id to create one. @default the business type's first definition */
  flowDefinitionId?: string;
  /** open_id, or null for a process started by the system. @default the first employee */
  initiator?: string | null;
  /** @default the definition's configured nodes, assigned from the org chart */
  nodes?: NodeSpec[];
  kind?: ProcessKind;
  originalProcessId?: string;
  /** Raw form values; user and department ids given as open ids are converted per request. */
  formVariables?: WireFieldVariableValue[];
  flowVariables?: WireFieldVariableValue[];
  abstracts?: { name?: WireI18n; value?: WireI18n }[];
  comments?: { commentor: string; message: string; atUserIds?: string[]; at?: number }[];
  /** ms @default now */
  createdAt?: number;
  /** ms @default the time of the last step of its history */
  modifiedAt?: number;
  /** Push the events of the new process's start. @default true */
  emitEvents?: boolean;
}

export interface SandboxControl {
  /** Requests received per endpoint since the last reset. */
  callCounts(): Record<SandboxEndpoint, number>;
  resetCounts(): void;
  requests(): SandboxRequest[];
  injectFault(fault: SandboxFault): void;
  clearFaults(): void;
  /** Every issued token now answers 99991663. */
  expireTokens(): void;
  /** The next N pushes are not sent at all. */
  dropEvents(count: number): void;
  /** Pushes wait this long before they are sent. */
  delayEvents(ms: number): void;
  /** Resolves when every queued push (incl. scheduled retries) and pending transition has settled. */
  flushEvents(): Promise<void>;
  pushedEvents(): SandboxPushedEvent[];
  /** Counts, faults, request log, rate windows and pushes back to fresh; tenant regenerated from the seed (tokens stay valid). */
  reset(): void;
  createProcess(spec: ProcessSpec): string;
  processIds(): string[];
  /** Exactly what GET detail would answer (open_id). */
  getProcessWire(processId: string): WireProcess | undefined;
  /** Exactly what GET /approvers would list (every page, no filter). */
  tasksOf(openId: string): WireApproverInfo[];
  /** The first task the user can act on now (in progress in their approvers list), if any. */
  pendingTaskOf(openId: string): { processId: string; approverId: string } | undefined;
  users(): SandboxUser[];
  /** Adds a comment as `commentor` (open_id) and pushes the comment event. Returns the comment id. */
  addComment(processId: string, commentor: string, message: string): string;
  /** Sends an event already pushed once more (same event_id) over the current channels; false for an unknown id. */
  repeatEvent(eventId: string): boolean;
  /** Closes every open long connection (clients reconnect). Returns how many. */
  dropLongConnections(): number;
  /** The next `times` discoveries answer `code` (e.g. 514 bad credentials); 0 clears. @default times: until cleared */
  refuseDiscovery(code: number, times?: number): void;
  /** The open long connections go half-open: pings unanswered, nothing sent or heard. Returns how many. */
  halfOpenLongConnections(): number;
  /** The next long-connection message is sent in this many parts. */
  splitNextMessage(parts: number): void;
  longConnectionStats(): SandboxLongConnectionStats;
}

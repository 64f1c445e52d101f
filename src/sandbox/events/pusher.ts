/**
 * At-least-once delivery over one channel (the webhook or the long connection) the way Feishu does
 * it: a push that is not acknowledged 200 in time is retried after 15 s, 5 min, 1 h and 6 h (scaled),
 * some events are sent twice, and the pushes of one process go out in order (a failing push holds
 * back that process's later ones). The transport says how one attempt is made and whether it was
 * acknowledged.
 */
import type { Logger } from '../../logger.js';
import type { WireEventEnvelope } from '../../upstream/wire.js';
import type { Random } from '../random.js';
import type { SandboxEventChannel, SandboxPushedEvent } from '../types.js';
import type { WorkTracker } from '../work-tracker.js';

const RETRY_SCHEDULE_MS = [15_000, 300_000, 3_600_000, 21_600_000];
const MAX_CONCURRENT_PUSHES = 8;
const MAX_RECORDS = 10_000;

export interface PushTransport {
  /** False when there is nowhere to push at all (a webhook without URL): events are then not even queued. */
  enabled(): boolean;
  /** One attempt: true once the receiver acknowledged it with 200 in time. Never throws. */
  send(envelope: WireEventEnvelope, signal: AbortSignal): Promise<boolean>;
}

export interface PusherSettings {
  channel: SandboxEventChannel;
  duplicateRate: number;
  retryTimeScale: number;
}

export class EventPusher {
  private readonly queues = new Map<string, SandboxPushedEvent[]>();
  private records: SandboxPushedEvent[] = [];
  private dropRemaining = 0;
  private delayMs = 0;
  private active = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private readonly timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  /** Bumped by reset/close: loops of an older generation stop at their next step. */
  private generation = 0;
  private aborter = new AbortController();

  constructor(
    private readonly settings: PusherSettings,
    private readonly transport: PushTransport,
    private readonly random: Random,
    private readonly tracker: WorkTracker,
    private readonly logger: Logger,
  ) {}

  /** Queues one event (`duplicate`: a copy of one already sent); nothing happens when the transport has nowhere to send it. */
  push(processId: string, envelope: WireEventEnvelope, duplicate = false): void {
    if (!this.transport.enabled()) return;
    const record = this.record(envelope, processId, duplicate);
    if (this.dropRemaining > 0) {
      this.dropRemaining--;
      record.dropped = true;
      return;
    }
    this.enqueue(processId, record);
  }

  dropNext(count: number): void {
    this.dropRemaining = Math.max(0, Math.floor(count));
  }

  delay(ms: number): void {
    this.delayMs = Math.max(0, ms);
  }

  pushed(): SandboxPushedEvent[] {
    return this.records.map((record) => ({ ...record }));
  }

  /** Forgets everything queued or recorded; pushes in flight are abandoned. */
  reset(): void {
    this.stopAll();
    this.aborter = new AbortController();
    this.records = [];
    this.dropRemaining = 0;
    this.delayMs = 0;
  }

  close(): void {
    this.stopAll();
  }

  private stopAll(): void {
    this.generation++;
    this.aborter.abort();
    for (const entry of this.timers) {
      clearTimeout(entry.timer);
      entry.wake();
    }
    this.timers.clear();
    this.queues.clear();
  }

  private record(envelope: WireEventEnvelope, processId: string, duplicate: boolean): SandboxPushedEvent {
    const record: SandboxPushedEvent = {
      channel: this.settings.channel,
      eventId: envelope.header.event_id,
      eventType: envelope.header.event_type,
      processId,
      attempts: 0,
      delivered: false,
      duplicate,
      dropped: false,
      envelope,
    };
    this.records.push(record);
    if (this.records.length > MAX_RECORDS) this.records.splice(0, this.records.length - MAX_RECORDS);
    return record;
  }

  private enqueue(processId: string, record: SandboxPushedEvent): void {
    const queue = this.queues.get(processId);
    if (queue) {
      queue.push(record);
      return;
    }
    this.queues.set(processId, [record]);
    void this.drain(processId, this.generation);
  }

  /** Sends one process's queue in order, each event to success or until its retries run out. */
  private async drain(processId: string, generation: number): Promise<void> {
    const done = this.tracker.begin();
    try {
      for (;;) {
        const queue = this.queues.get(processId);
        const record = queue?.[0];
        if (!queue || !record || generation !== this.generation) break;
        await this.deliver(record, generation);
        if (generation !== this.generation) break;
        queue.shift();
        if (record.delivered && !record.duplicate && this.random.chance(this.settings.duplicateRate)) {
          queue.unshift(this.record(record.envelope, processId, true));
        }
        if (queue.length === 0) this.queues.delete(processId);
      }
    } finally {
      done();
    }
  }

  private async deliver(record: SandboxPushedEvent, generation: number): Promise<void> {
    if (this.delayMs > 0) await this.sleep(this.delayMs);
    for (let attempt = 0; attempt <= RETRY_SCHEDULE_MS.length; attempt++) {
      if (generation !== this.generation) return;
      if (attempt > 0) await this.sleep(RETRY_SCHEDULE_MS[attempt - 1]! * this.settings.retryTimeScale);
      if (generation !== this.generation) return;
      record.attempts++;
      if (await this.send(record.envelope)) {
        record.delivered = true;
        return;
      }
    }
    this.logger.warn(
      { channel: this.settings.channel, eventId: record.eventId, eventType: record.eventType },
      'sandbox: event push gave up after all retries',
    );
  }

  private async send(envelope: WireEventEnvelope): Promise<boolean> {
    await this.acquireSlot();
    try {
      return await this.transport.send(envelope, this.aborter.signal);
    } finally {
      this.releaseSlot();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      this.timers.add(entry);
    });
  }

  private async acquireSlot(): Promise<void> {
    while (this.active >= MAX_CONCURRENT_PUSHES) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    this.active++;
  }

  private releaseSlot(): void {
    this.active--;
    this.slotWaiters.shift()?.();
  }
}

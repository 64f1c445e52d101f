/**
 * Where the state machine's events go: each becomes one schema-2.0 envelope (one event_id), sent over
 * the webhook, the long connection, or both (as during an app's switch from one to the other), each
 * channel with its own at-least-once pusher.
 */
import { randomBytes } from 'node:crypto';
import type { WireEventEnvelope, WireEventPayload, WireEventType } from '../../upstream/wire.js';
import type { SandboxEventChannel, SandboxEventDelivery, SandboxPushedEvent } from '../types.js';
import type { EventPusher } from './pusher.js';

export interface EnvelopeSettings {
  appId: string;
  verificationToken: string;
  tenantKey: string;
}

const CHANNELS_OF: Readonly<Record<SandboxEventDelivery, readonly SandboxEventChannel[]>> = {
  webhook: ['webhook'],
  'long-connection': ['long-connection'],
  both: ['webhook', 'long-connection'],
};

export class EventChannels {
  constructor(
    private readonly settings: EnvelopeSettings,
    private readonly pushers: Readonly<Record<SandboxEventChannel, EventPusher>>,
    private delivery: SandboxEventDelivery,
    private readonly now: () => number,
  ) {}

  setDelivery(delivery: SandboxEventDelivery): void {
    if (!Object.hasOwn(CHANNELS_OF, delivery)) throw new Error(`delivery must be one of ${Object.keys(CHANNELS_OF).join(', ')}`);
    this.delivery = delivery;
  }

  emit(processId: string, eventType: WireEventType, event: WireEventPayload): void {
    const envelope: WireEventEnvelope = {
      schema: '2.0',
      header: {
        event_id: randomBytes(16).toString('hex'),
        event_type: eventType,
        create_time: String(this.now()),
        token: this.settings.verificationToken,
        app_id: this.settings.appId,
        tenant_key: this.settings.tenantKey,
      },
      event,
    };
    for (const pusher of this.active()) pusher.push(processId, envelope);
  }

  /** Sends an event already pushed once more, with the same event_id, over the current channels. */
  repeat(eventId: string): boolean {
    const original = this.pushed().find((record) => record.eventId === eventId);
    if (!original) return false;
    for (const pusher of this.active()) pusher.push(original.processId, original.envelope, true);
    return true;
  }

  pushed(): SandboxPushedEvent[] {
    return [...this.pushers.webhook.pushed(), ...this.pushers['long-connection'].pushed()];
  }

  dropNext(count: number): void {
    for (const pusher of Object.values(this.pushers)) pusher.dropNext(count);
  }

  delay(ms: number): void {
    for (const pusher of Object.values(this.pushers)) pusher.delay(ms);
  }

  reset(): void {
    for (const pusher of Object.values(this.pushers)) pusher.reset();
  }

  close(): void {
    for (const pusher of Object.values(this.pushers)) pusher.close();
  }

  private active(): EventPusher[] {
    return CHANNELS_OF[this.delivery].map((channel) => this.pushers[channel]);
  }
}

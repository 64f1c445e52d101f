/**
 * One webhook push attempt as Feishu makes it: POST the (encrypted, signed) envelope to the app's
 * URL; only a 200 within the timeout counts as acknowledged.
 */
import { Agent, request } from 'undici';
import type { Logger } from '../../logger.js';
import type { WireEventEnvelope } from '../../upstream/wire.js';
import { buildPushRequest } from './push-body.js';
import type { PushTransport } from './pusher.js';

export interface WebhookTransportSettings {
  /** Undefined: plaintext pushes. */
  encryptKey: string | undefined;
  timeoutMs: number;
  now: () => number;
  logger: Logger;
}

export class WebhookTransport implements PushTransport {
  private url: string | undefined;
  private readonly agent = new Agent({ connect: { timeout: 2_000 } });

  constructor(private readonly settings: WebhookTransportSettings) {}

  setUrl(url: string | undefined): void {
    this.url = url;
  }

  /** Without a URL Feishu has nowhere to send events. */
  enabled(): boolean {
    return this.url !== undefined;
  }

  async send(envelope: WireEventEnvelope, signal: AbortSignal): Promise<boolean> {
    const url = this.url;
    if (!url) return false;
    try {
      const push = buildPushRequest(envelope, this.settings.encryptKey, this.settings.now());
      const response = await request(url, {
        method: 'POST',
        headers: push.headers,
        body: push.body,
        dispatcher: this.agent,
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
      });
      await response.body.dump();
      return response.statusCode === 200;
    } catch (error) {
      this.settings.logger.debug({ err: error, eventId: envelope.header.event_id }, 'sandbox: event push failed');
      return false;
    }
  }

  async close(): Promise<void> {
    await this.agent.destroy();
  }
}

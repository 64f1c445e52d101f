/** Test helpers: a bare Feishu HTTP client (fetch) and a webhook receiver on loopback. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox, SandboxUser } from '../../../src/sandbox/index.js';
import type { WireResponseEnvelope } from '../../../src/upstream/wire.js';

export interface RawAnswer<T> {
  status: number;
  headers: Headers;
  body: WireResponseEnvelope<T>;
}

type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

export class FeishuHttp {
  private token: string | undefined;

  constructor(private readonly sandbox: Sandbox) {}

  async fetchToken(): Promise<string> {
    const response = await fetch(`${this.sandbox.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ app_id: this.sandbox.appId, app_secret: this.sandbox.appSecret }),
    });
    const body = (await response.json()) as { tenant_access_token: string };
    this.token = body.tenant_access_token;
    return this.token;
  }

  async get<T>(path: string, query: Query = {}, token?: string | null): Promise<RawAnswer<T>> {
    return this.call<T>('GET', path, query, undefined, token);
  }

  async put<T = Record<string, never>>(path: string, body: unknown, query: Query = {}, token?: string | null): Promise<RawAnswer<T>> {
    return this.call<T>('PUT', path, query, body, token);
  }

  /** `token` null sends no Authorization header; undefined uses (and fetches once) the app's token. */
  async call<T>(method: string, path: string, query: Query, body: unknown, token?: string | null): Promise<RawAnswer<T>> {
    const url = new URL(`${this.sandbox.url}/open-apis${path}`);
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    const bearer = token === null ? undefined : (token ?? this.token ?? (await this.fetchToken()));
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as WireResponseEnvelope<T> };
  }
}

export interface ReceivedPush {
  headers: IncomingHttpHeaders;
  body: string;
}

/** Collects webhook pushes; `respond` decides each answer's status (and may stall). */
export class WebhookReceiver {
  readonly received: ReceivedPush[] = [];
  respond: (push: ReceivedPush, index: number) => number | Promise<number> = () => 200;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const push = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.received.push(push);
        void Promise.resolve(this.respond(push, this.received.length - 1)).then((status) => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end('{}');
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhook`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export function usersByRole(sandbox: Sandbox, role: SandboxUser['role']): SandboxUser[] {
  return sandbox.control.users().filter((user) => user.role === role);
}

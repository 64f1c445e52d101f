/**
 * A programmable Feishu stand-in for the upstream client's tests: a real node:http server on
 * 127.0.0.1 that records every request and answers from handlers the test sets per route.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_PATH } from '../../../src/sandbox/http/feishu-routes.js';

export { TOKEN_PATH };

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Answer only after this long (to hold requests in flight). */
  delayMs?: number;
  /** Leave out the X-Tt-Logid header (sent as `log-N` otherwise). */
  withoutLogIdHeader?: boolean;
}

/** `nth` counts requests to the same route, from 1. */
export type Handler = (request: RecordedRequest, nth: number) => Reply | Promise<Reply>;

export const ok = (data: unknown = {}): Reply => ({ body: { code: 0, msg: 'success', data } });

export class FakeFeishu {
  readonly requests: RecordedRequest[] = [];
  /** Tokens issued by the default token route, in order. */
  readonly issuedTokens: string[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private readonly routes = new Map<string, Handler>();
  private readonly counts = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeFeishu> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeFeishu(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', fake.url);
        const text = Buffer.concat(chunks).toString('utf8');
        const recorded: RecordedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: text ? (JSON.parse(text) as unknown) : undefined,
        };
        void fake.answer(recorded, res);
      });
    });
    fake.reset();
    return fake;
  }

  /** Sets the handler for `METHOD /open-apis/...` (exact path). */
  on(method: string, path: string, handler: Handler): this {
    this.routes.set(`${method} ${path}`, handler);
    return this;
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  get tokenRequests(): RecordedRequest[] {
    return this.requestsTo('POST', TOKEN_PATH);
  }

  /** Forgets requests and routes; the token route goes back to issuing `t-token-N`, valid 2 hours. */
  reset(): void {
    this.requests.length = 0;
    this.issuedTokens.length = 0;
    this.routes.clear();
    this.counts.clear();
    this.maxInFlight = 0;
    this.on('POST', TOKEN_PATH, () => {
      const token = `t-token-${this.issuedTokens.length + 1}`;
      this.issuedTokens.push(token);
      return { body: { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 } };
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: RecordedRequest, res: ServerResponse): Promise<void> {
    this.requests.push(request);
    const key = `${request.method} ${request.path}`;
    const nth = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, nth);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const handler = this.routes.get(key);
      const reply: Reply = handler ? await handler(request, nth) : { status: 404, body: { code: 404, msg: `no route for ${key}` } };
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (res.destroyed) return;
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json; charset=utf-8',
        ...(reply.withoutLogIdHeader ? {} : { 'x-tt-logid': `log-${this.requests.length}` }),
        ...reply.headers,
      });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    } finally {
      this.inFlight--;
    }
  }
}

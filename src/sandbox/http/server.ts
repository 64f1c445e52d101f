/**
 * The sandbox's own HTTP server (node:http): the Feishu API under /open-apis, long-connection
 * discovery and its WebSocket, the control API under /_sandbox.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Logger } from '../../logger.js';
import { DISCOVERY_PATH, type LongConnectionServer } from '../long-connection/server.js';
import type { SandboxRequest } from '../types.js';
import type { ControlAnswer } from './control-routes.js';
import type { FeishuApi } from './feishu-api.js';
import { NOT_JSON } from './params.js';
import { newLogId, sendJson } from './respond.js';
import type { Traffic } from './traffic.js';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const SECRET_FIELDS = ['app_secret'];

export interface ServerDeps {
  api: FeishuApi;
  control: (method: string, path: string, body: Record<string, unknown>) => Promise<ControlAnswer>;
  longConnection: LongConnectionServer;
  traffic: Traffic;
  now: () => number;
  logger: Logger;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** The body as the request log keeps it: secrets replaced, non-JSON kept as text. */
function loggable(body: unknown, text: string): unknown {
  if (body === NOT_JSON) return text;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const key of SECRET_FIELDS) if (key in copy) copy[key] = '[redacted]';
  return copy;
}

/** Headers as the request log keeps them: the credential left out. */
function loggableHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'authorization' || value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function queryRecord(query: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const [key, value] of query) (record[key] ??= []).push(value);
  return record;
}

export function createSandboxServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => {
    const logId = newLogId(deps.now());
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    void (async () => {
      const text = await readBody(req);
      const body = parseJson(text);
      if (url.pathname.startsWith('/_sandbox/')) {
        const objectBody = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
        const answer = await deps.control(method, url.pathname, objectBody);
        sendJson(res, answer.status, answer.body, logId);
        return;
      }
      if (url.pathname === DISCOVERY_PATH && method === 'POST') {
        // Feishu answers discovery errors with HTTP 200 too; the SDK reads `code` from the body.
        sendJson(res, 200, deps.longConnection.discover(body), logId);
        return;
      }
      const endpoint = deps.api.endpointOf(method, url.pathname);
      if (endpoint) deps.traffic.count(endpoint);
      const answer = await deps.api.answer({
        method,
        pathname: url.pathname,
        query: url.searchParams,
        body,
        authorization: req.headers.authorization,
        logId,
      });
      sendJson(res, answer.status, answer.body, logId, answer.headers);
      const entry: SandboxRequest = {
        endpoint: answer.endpoint,
        method,
        path: url.pathname,
        query: queryRecord(url.searchParams),
        body: loggable(body, text),
        headers: loggableHeaders(req),
        status: answer.status,
        code: answer.body.code,
        at: deps.now(),
      };
      deps.traffic.record(entry);
    })().catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'sandbox: request failed');
      if (!res.headersSent) sendJson(res, 400, { code: 400, msg: 'bad request' }, logId);
      else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head: Buffer) => {
    if (!deps.longConnection.upgrade(req, socket, head))
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  return server;
}

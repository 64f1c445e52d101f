import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookHandler } from '../../../src/events/webhook-handler.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** A real node:http server on 127.0.0.1, any free port, mounting the handler at /webhook/feishu. */
export async function serveWebhook(handler: WebhookHandler): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/webhook/feishu') handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook/feishu`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

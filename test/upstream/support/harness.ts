/** One fake Feishu per test file and a fresh client per test, all closed afterwards. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createFeishuClient, type FeishuClient, type FeishuClientOptions } from '../../../src/upstream/client.js';
import { FakeFeishu } from './fake-feishu.js';

export const APP_ID = 'cli_test_app';
export const APP_SECRET = 'app-secret-do-not-leak-8f3a';

export interface Harness {
  readonly fake: FakeFeishu;
  client(options?: Partial<FeishuClientOptions>): FeishuClient;
}

export function useFakeFeishu(): Harness {
  let fake: FakeFeishu | undefined;
  const clients: FeishuClient[] = [];
  beforeAll(async () => {
    fake = await FakeFeishu.start();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    fake?.reset();
  });
  afterAll(async () => {
    await fake?.close();
  });
  return {
    get fake() {
      if (!fake) throw new Error('fake Feishu not started');
      return fake;
    },
    client(options = {}) {
      const client = createFeishuClient({
        baseUrl: this.fake.url,
        appId: APP_ID,
        appSecret: APP_SECRET,
        retry: { baseDelayMs: 1, maxDelayMs: 5 },
        ...options,
      });
      clients.push(client);
      return client;
    },
  };
}

/** A keep-alive connection pool to one server on loopback, for load generators. */
import { Pool } from 'undici';

export interface Answer {
  status: number;
  text: string;
}

export class LoopbackHttp {
  private readonly pool: Pool;

  constructor(baseUrl: string, connections: number) {
    this.pool = new Pool(baseUrl, { connections });
  }

  async post(path: string, body: string, headers: Record<string, string>): Promise<Answer> {
    const response = await this.pool.request({ path, method: 'POST', headers, body });
    return { status: response.statusCode, text: await response.body.text() };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

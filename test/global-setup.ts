/**
 * Redis-backed tests need a real Redis: REDIS_URL when set, else one on 127.0.0.1:6379 when it
 * answers, else a throwaway `redis-server` started here (and stopped after the run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, redisAnswers } from './helpers/redis.js';

let started: ChildProcess | undefined;

export async function setup(): Promise<void> {
  if (process.env.REDIS_URL) return;
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) {
    process.env.REDIS_URL = local;
    return;
  }
  const port = await freePort();
  started = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!(await redisAnswers(url))) throw new Error('no Redis: set REDIS_URL, run one on 127.0.0.1:6379, or put redis-server on the PATH');
  process.env.REDIS_URL = url;
}

export async function teardown(): Promise<void> {
  started?.kill();
}

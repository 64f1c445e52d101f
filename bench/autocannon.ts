/**
 * Load from a second process: autocannon's CLI in a child Node process, so the load generator does
 * not share an event loop (or a core's timing) with the server it measures. Loopback only; every
 * run is bounded by its duration.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const autocannonCli = join(dirname(createRequire(import.meta.url).resolve('autocannon/package.json')), 'autocannon.js');

export interface CannonOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface CannonResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, plus connection errors and timeouts. */
  failures: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export async function cannon(options: CannonOptions): Promise<CannonResult> {
  if (!/^http:\/\/(127\.0\.0\.1|\[::1\]|localhost)[:/]/.test(options.url))
    throw new Error(`benchmarks target loopback only, not ${options.url}`);
  const headers = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
  const args = [
    autocannonCli,
    '--json',
    '--no-progress',
    '-c',
    String(options.connections),
    '-d',
    String(options.durationSeconds),
    '-m',
    'POST',
    '-b',
    options.body,
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]),
    options.url,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`autocannon exited with ${code}: ${err.trim()}`);
  const json = JSON.parse(out.trim().split('\n').pop() ?? '{}') as AutocannonJson;
  return {
    requestsPerSecond: json.requests.average,
    p50: json.latency.p50,
    p99: json.latency.p99,
    requests: json.requests.total,
    failures: json.non2xx + json.errors + json.timeouts,
  };
}

/**
 * A gateway (or npm) started as a child process, as an operator would run it: its stdout and stderr
 * collected, its JSON log lines parsed, and every process this file started killed after the tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll } from 'vitest';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface RunningProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Every complete output line that is JSON, parsed. */
  logLines(): LogLine[];
  /** Complete output lines that are not JSON. */
  plainLines(): string[];
  /** Waits for a JSON log line that matches, up to `timeoutMs`. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];

/** Kills (SIGKILL) whatever the calling test file started and is still running. */
export function killStartedProcessesAfterAll(): void {
  afterAll(() => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
}

function parse(line: string): LogLine | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as LogLine) : undefined;
  } catch {
    return undefined;
  }
}

export function startProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: Record<string, string> },
): RunningProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const lines = () =>
    output
      .split('\n')
      .slice(0, -1)
      .filter((line) => line.trim() !== '');
  const logLines = () => lines().flatMap((line) => parse(line) ?? []);
  return {
    child,
    output: () => output,
    logLines,
    plainLines: () => lines().filter((line) => parse(line) === undefined),
    async waitForLog(match, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = logLines().find(match);
        if (found) return found;
        if (child.exitCode !== null || child.signalCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no matching log line; output so far:\n${output}`);
    },
    exited,
  };
}

/** The environment a child gets: PATH and HOME only, plus what the test sets (nothing leaks from the runner). */
export function cleanEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env };
}

/** POSTs one GraphQL operation and returns status, headers and parsed body. */
export async function postGraphQL(
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}

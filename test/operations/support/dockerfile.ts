/**
 * Performs a Dockerfile's steps on this machine, without a Docker engine: each stage is a directory,
 * WORKDIR and COPY map the image's paths into it, RUN runs in a shell there. Enough of the format for
 * the gateway's own Dockerfile (FROM ... AS, WORKDIR, ENV, COPY [--from], RUN, USER, EXPOSE,
 * HEALTHCHECK, STOPSIGNAL, CMD); anything else fails loudly rather than being skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltImage {
  /** The final stage's WORKDIR on this machine. */
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd: string[];
  healthcheck?: string[];
  stopSignal?: string;
}

interface Stage {
  name: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string[];
  healthcheck?: string[];
  stopSignal?: string;
}

/** Instructions with their continuation lines joined; comments and blank lines dropped. */
function instructions(text: string): { keyword: string; args: string }[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = ''] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: line.slice(keyword.length).trim() };
    });
}

/** `.dockerignore` patterns as predicates over context-relative paths (plain names, `*` wildcards). */
function ignoreMatcher(text: string): (path: string) => boolean {
  const patterns = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`));
  return (path) => patterns.some((pattern) => pattern.test(path));
}

/** The build context as Docker would send it: the repository's files (not ignored by git) minus `.dockerignore`. */
function contextFiles(repo: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' });
  const ignored = ignoreMatcher(readFileSync(join(repo, '.dockerignore'), 'utf8'));
  return listed.split('\0').filter((path) => path !== '' && !ignored(path));
}

function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) throw new Error(`expected an exec-form array: ${args}`);
  return parsed;
}

function envPairs(args: string): Record<string, string> {
  return Object.fromEntries(args.split(/\s+/).map((pair) => pair.split('=', 2) as [string, string]));
}

/**
 * Builds `repo`'s Dockerfile into `scratch` and returns the final stage. `log` receives each step.
 * RUN steps see this machine's PATH (node and npm as installed here) plus the stage's ENV.
 */
export function performDockerfile(repo: string, scratch: string, log: (line: string) => void = () => undefined): BuiltImage {
  const stages = new Map<string, Stage>();
  let stage: Stage | undefined;
  const inStage = (path: string, of: Stage) => join(of.root, path.startsWith('/') ? path : join(of.workdir, path));
  const current = () => {
    if (!stage) throw new Error('instruction before FROM');
    return stage;
  };
  const files = contextFiles(repo);

  for (const { keyword, args } of instructions(readFileSync(join(repo, 'Dockerfile'), 'utf8'))) {
    log(`${keyword} ${args}`);
    switch (keyword) {
      case 'FROM': {
        const match = /^\S+\s+AS\s+(\S+)$/i.exec(args);
        const name = match?.[1] ?? `stage${stages.size}`;
        stage = { name, root: join(scratch, name), workdir: '/', env: {} };
        mkdirSync(stage.root, { recursive: true });
        stages.set(name, stage);
        break;
      }
      case 'WORKDIR':
        current().workdir = args;
        mkdirSync(inStage(args, current()), { recursive: true });
        break;
      case 'ENV':
        Object.assign(current().env, envPairs(args));
        break;
      case 'COPY': {
        const parts = args.split(/\s+/);
        const from = parts[0]?.startsWith('--from=') ? stages.get(parts.shift()!.slice('--from='.length)) : undefined;
        const destination = inStage(parts.pop()!, current());
        for (const source of parts) {
          if (from) {
            cpSync(inStage(source, from), destination, { recursive: true });
          } else if (source === '.') {
            for (const file of files) cpSync(join(repo, file), join(destination, file), { recursive: true });
          } else {
            mkdirSync(destination, { recursive: true });
            cpSync(join(repo, source), join(destination, source), { recursive: true });
          }
        }
        break;
      }
      case 'RUN': {
        const run = spawnSync('sh', ['-c', args], {
          cwd: inStage(current().workdir, current()),
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...current().env },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        if (run.status !== 0) throw new Error(`RUN ${args} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
        break;
      }
      case 'USER':
        current().user = args;
        break;
      case 'CMD':
        current().cmd = execForm(args);
        break;
      case 'HEALTHCHECK': {
        const cmd = /\bCMD\s+(\[.*\])$/.exec(args);
        if (!cmd?.[1]) throw new Error(`HEALTHCHECK without an exec-form CMD: ${args}`);
        current().healthcheck = execForm(cmd[1]);
        break;
      }
      case 'STOPSIGNAL':
        current().stopSignal = args;
        break;
      case 'EXPOSE':
        break;
      default:
        throw new Error(`Dockerfile instruction not performed by this test: ${keyword}`);
    }
  }
  const last = current();
  if (!last.cmd) throw new Error('the final stage has no CMD');
  return {
    workdir: inStage(last.workdir, last),
    env: last.env,
    user: last.user,
    cmd: last.cmd,
    healthcheck: last.healthcheck,
    stopSignal: last.stopSignal,
  };
}

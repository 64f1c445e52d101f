/**
 * yoga's log calls, into pino (lines written for a request carry its id: see request-scope.ts), and
 * failures split by what they are. yoga logs every error it masks; an upstream
 * failure is expected (Feishu said no, or the budget ran out) and its call was already logged with
 * Feishu's log id, so it goes at debug without a stack; anything else is a bug and keeps its stack.
 */
import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { UpstreamError } from '../upstream/errors.js';

const text = (args: unknown[]) => args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');

export function yogaLogging(logger: Logger): YogaLogger {
  /** yoga logs some masked errors twice (once when masking, once when handling): one line each. */
  const logged = new WeakSet<object>();
  const logFailure = (arg: unknown) => {
    if (!(arg instanceof Error)) return logger.error(text([arg]));
    const original = arg instanceof GraphQLError && arg.originalError ? arg.originalError : arg;
    if (logged.has(original)) return;
    logged.add(original);
    const path = arg instanceof GraphQLError ? arg.path?.join('.') : undefined;
    if (original instanceof UpstreamError) {
      const { kind, endpoint, feishuCode, logId, retryAfter } = original;
      return logger.debug({ path, kind, endpoint, feishuCode, logId, retryAfter }, `field failed: ${original.message}`);
    }
    logger.error({ err: original, path }, 'unexpected error while resolving a GraphQL request');
  };
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (...args: unknown[]) => {
      for (const arg of args) logFailure(arg);
    },
  };
}

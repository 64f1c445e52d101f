import { createHash } from 'node:crypto';
import { UpstreamError } from '../upstream/errors.js';
import { ActionError, failureFromUpstream, type ActionFailure } from './action-error.js';
import type { ActionOutcome, IdempotencyStore } from './idempotency-store.js';

export interface ActionRunnerDeps {
  idempotency: IdempotencyStore;
  /** Drops every cached copy of the process (this replica and, through the bus, the others). */
  invalidateProcess(processId: string): void | Promise<void>;
}

export interface ActionRequest {
  /** The mutation's name: part of the fingerprint, so one key cannot be replayed against another action. */
  action: string;
  processId: string;
  /** The validated command, fingerprinted so the same key with another input is refused. */
  command: unknown;
  idempotencyKey?: string;
  /** Sends the one PUT. */
  send(): Promise<void>;
}

/** Failures that prove Feishu never acted, so a retry under the same key must be allowed to run. */
function nothingReachedFeishu(failure: ActionFailure): boolean {
  return failure.code === 'RATE_LIMITED' || (failure.code === 'INVALID_INPUT' && failure.feishuCode === undefined);
}

function fingerprintOf(action: string, command: unknown): string {
  return createHash('sha256').update(action).update('\0').update(JSON.stringify(command)).digest('hex');
}

async function execute(deps: ActionRunnerDeps, request: ActionRequest): Promise<ActionOutcome> {
  try {
    await request.send();
    await deps.invalidateProcess(request.processId);
    return { ok: true, processId: request.processId };
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    const failure = failureFromUpstream(error);
    // Feishu refused because our picture was stale (already processed, status changed...): drop it.
    if (!nothingReachedFeishu(failure)) await deps.invalidateProcess(request.processId);
    return { ok: false, failure };
  }
}

/**
 * Runs one write action: at most one PUT per idempotency key, the first outcome replayed to retries,
 * caches invalidated after Feishu acted. Returns the process id on success, throws ActionError otherwise.
 */
export async function runAction(deps: ActionRunnerDeps, request: ActionRequest): Promise<string> {
  const key = request.idempotencyKey;
  let outcome: ActionOutcome;
  if (key === undefined) {
    outcome = await execute(deps, request);
  } else {
    const fingerprint = fingerprintOf(request.action, request.command);
    const claim = await deps.idempotency.claim(key, fingerprint);
    if (claim === 'claimed') {
      try {
        outcome = await execute(deps, request);
      } catch (error) {
        await deps.idempotency.settle(key, { fingerprint, outcome: { ok: false, failure: { code: 'UPSTREAM_UNAVAILABLE', message: 'unexpected failure' } } }, false);
        throw error;
      }
      await deps.idempotency.settle(key, { fingerprint, outcome }, outcome.ok || !nothingReachedFeishu(outcome.failure));
    } else if (claim.fingerprint !== fingerprint) {
      throw new ActionError({
        code: 'IDEMPOTENCY_KEY_REUSED',
        message: 'this idempotency key was already used for a different action or input',
        field: 'idempotencyKey',
      });
    } else {
      outcome = claim.outcome;
    }
  }
  if (!outcome.ok) throw new ActionError(outcome.failure);
  return outcome.processId;
}

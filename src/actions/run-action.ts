import { createHash } from 'node:crypto';
import { UpstreamError } from '../upstream/errors.js';
import { ActionError, failureFromUpstream, nothingReachedFeishu } from './action-error.js';
import type { ActionOutcome, IdempotencyStore } from './idempotency-store.js';

export interface ActionRunnerDeps {
  idempotency: IdempotencyStore;
  /** Drops every cached copy of the process (this replica and, through the bus, the others). */
  invalidateProcess(processId: string): void | Promise<void>;
  /** Told when invalidation failed after Feishu may have acted; the action's outcome stands. */
  onInvalidationFailed?: (processId: string, error: unknown) => void;
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

function fingerprintOf(action: string, command: unknown): string {
  return createHash('sha256').update(action).update('\0').update(JSON.stringify(command)).digest('hex');
}

interface Executed {
  outcome: ActionOutcome;
  /** Feishu cannot have acted: a retry under the same key must run again, not replay this. */
  repeatable: boolean;
}

/** Once Feishu may have acted, a failing invalidation must not turn the action into a failure (and a second PUT). */
async function invalidate(deps: ActionRunnerDeps, processId: string): Promise<void> {
  try {
    await deps.invalidateProcess(processId);
  } catch (error) {
    deps.onInvalidationFailed?.(processId, error);
  }
}

async function execute(deps: ActionRunnerDeps, request: ActionRequest): Promise<Executed> {
  try {
    await request.send();
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    const repeatable = nothingReachedFeishu(error);
    // Feishu refused because our picture was stale (already processed, status changed...): drop it.
    if (!repeatable) await invalidate(deps, request.processId);
    return { outcome: { ok: false, failure: failureFromUpstream(error) }, repeatable };
  }
  await invalidate(deps, request.processId);
  return { outcome: { ok: true, processId: request.processId }, repeatable: false };
}

/**
 * Runs one write action: at most one PUT per idempotency key, the first outcome replayed to retries,
 * caches invalidated after Feishu acted. Returns the process id on success, throws ActionError otherwise.
 */
export async function runAction(deps: ActionRunnerDeps, request: ActionRequest): Promise<string> {
  const key = request.idempotencyKey;
  let outcome: ActionOutcome;
  if (key === undefined) {
    outcome = (await execute(deps, request)).outcome;
  } else {
    const fingerprint = fingerprintOf(request.action, request.command);
    const claim = await deps.idempotency.claim(key, fingerprint);
    if (claim === 'claimed') {
      let executed: Executed;
      try {
        executed = await execute(deps, request);
      } catch (error) {
        // A bug, not an answer from Feishu: release the key rather than replay it.
        await deps.idempotency.settle(
          key,
          { fingerprint, outcome: { ok: false, failure: { code: 'UPSTREAM_UNAVAILABLE', message: 'unexpected failure' } } },
          false,
        );
        throw error;
      }
      outcome = executed.outcome;
      await deps.idempotency.settle(key, { fingerprint, outcome }, !executed.repeatable);
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

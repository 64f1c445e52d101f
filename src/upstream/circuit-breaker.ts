/**
 * A circuit breaker per endpoint. When Feishu keeps failing one endpoint (5xx, transient codes,
 * timeouts, connections refused), retrying only spends the budget everyone shares and makes callers
 * wait out their deadlines: after `failures` failures in a row the breaker opens and calls to that
 * endpoint fail at once (UPSTREAM_UNAVAILABLE, nothing sent, no budget spent). After `cooldownMs` one
 * call goes through as a probe; its success closes the breaker, its failure opens it again.
 *
 * Per endpoint rather than per upstream: Feishu serves process details, flow data, lists and actions
 * from different backends, and one of them failing must not stop the others; a whole-Feishu outage
 * opens every breaker after a few calls each.
 */
import type { Endpoint } from './api.js';
import { UpstreamError } from './errors.js';
import { outcomeOf } from './observer.js';

export type BreakerState = 'closed' | 'open' | 'half_open';
export const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half_open'];

export interface CircuitBreakerOptions {
  /** Failures in a row that open the breaker. @default 5 */
  failures?: number;
  /** How long it stays open before a probe call is let through. @default 5000 */
  cooldownMs?: number;
  now?: () => number;
  /** Told of every change of state (metrics, logs). */
  onStateChange?: (endpoint: Endpoint, state: BreakerState) => void;
  /** Told of every call answered at once because the breaker was open. */
  onRefused?: (endpoint: Endpoint) => void;
}

/** A call let through: settle it with how it ended, or abandon it if it was never sent. */
export interface BreakerTicket {
  settle(error: unknown): void;
  abandon(): void;
}

export class CircuitOpenError extends UpstreamError {
  constructor(endpoint: Endpoint, retryAfterMs: number) {
    super({
      kind: 'UNAVAILABLE',
      endpoint,
      message: `${endpoint}: Feishu keeps failing; calls are paused (nothing was sent) until a probe call succeeds`,
      // Nothing reached Feishu: repeating it later is safe, even for a write.
      retryable: true,
      retryAfter: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    });
    this.name = 'CircuitOpenError';
  }
}

/** Failures that say Feishu (or the way to it) is unwell, not that the call was wrong. */
export function isOutage(error: unknown): boolean {
  if (!(error instanceof UpstreamError)) return false;
  const outcome = outcomeOf(error);
  return outcome === 'unavailable' || outcome === 'timeout' || outcome === 'feishu_transient';
}

interface Circuit {
  state: BreakerState;
  failures: number;
  openedAt: number;
  probing: boolean;
}

export class CircuitBreaker {
  private readonly circuits = new Map<Endpoint, Circuit>();
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions = {}) {
    this.threshold = options.failures ?? 5;
    this.cooldownMs = options.cooldownMs ?? 5_000;
    this.now = options.now ?? Date.now;
    if (!Number.isInteger(this.threshold) || this.threshold < 1) throw new RangeError('breaker failures must be a whole number >= 1');
  }

  state(endpoint: Endpoint): BreakerState {
    return this.circuits.get(endpoint)?.state ?? 'closed';
  }

  /** Lets a call through, or throws CircuitOpenError while the breaker is open (or its probe is out). */
  admit(endpoint: Endpoint): BreakerTicket {
    const circuit = this.circuitOf(endpoint);
    if (circuit.state === 'open' && this.now() - circuit.openedAt >= this.cooldownMs) this.move(endpoint, circuit, 'half_open');
    if (circuit.state === 'closed') return this.ticket(endpoint, circuit, false);
    if (circuit.state === 'half_open' && !circuit.probing) {
      circuit.probing = true;
      return this.ticket(endpoint, circuit, true);
    }
    this.options.onRefused?.(endpoint);
    throw new CircuitOpenError(endpoint, Math.max(0, circuit.openedAt + this.cooldownMs - this.now()));
  }

  private ticket(endpoint: Endpoint, circuit: Circuit, probe: boolean): BreakerTicket {
    let done = false;
    return {
      settle: (error) => {
        if (done) return;
        done = true;
        if (probe) circuit.probing = false;
        if (!isOutage(error)) {
          circuit.failures = 0;
          if (circuit.state !== 'closed') this.move(endpoint, circuit, 'closed');
          return;
        }
        circuit.failures += 1;
        if (probe || (circuit.state === 'closed' && circuit.failures >= this.threshold)) {
          circuit.openedAt = this.now();
          this.move(endpoint, circuit, 'open');
        }
      },
      // The probe never left (no budget, deadline): the next call may probe instead.
      abandon: () => {
        if (done) return;
        done = true;
        if (probe) circuit.probing = false;
      },
    };
  }

  private circuitOf(endpoint: Endpoint): Circuit {
    let circuit = this.circuits.get(endpoint);
    if (!circuit) this.circuits.set(endpoint, (circuit = { state: 'closed', failures: 0, openedAt: 0, probing: false }));
    return circuit;
  }

  private move(endpoint: Endpoint, circuit: Circuit, state: BreakerState): void {
    if (circuit.state === state) return;
    circuit.state = state;
    this.options.onStateChange?.(endpoint, state);
  }
}

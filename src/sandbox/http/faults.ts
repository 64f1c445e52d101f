/** Injected failures, consumed in the order they were added, per endpoint. */
import { CODES, httpStatusOf } from '../errors.js';
import type { SandboxEndpoint, SandboxFault } from '../types.js';

export interface ActiveFault {
  latencyMs: number;
  /** Absent: a latency-only fault, after which the request proceeds. */
  answer?: { status: number; code: number; msg?: string };
}

export class FaultInjector {
  private faults: (SandboxFault & { remaining: number })[] = [];

  add(fault: SandboxFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? Infinity });
  }

  clear(): void {
    this.faults = [];
  }

  /** The next fault for this endpoint, counted as used. */
  take(endpoint: SandboxEndpoint): ActiveFault | undefined {
    const fault = this.faults.find((f) => f.endpoint === endpoint && f.remaining > 0);
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    const latencyMs = fault.latencyMs ?? 0;
    if (fault.status === undefined && fault.code === undefined) return { latencyMs };
    const code = fault.code ?? codeForStatus(fault.status!);
    return { latencyMs, answer: { status: fault.status ?? httpStatusOf(code), code, msg: fault.msg } };
  }
}

function codeForStatus(status: number): number {
  if (status === 429) return CODES.rateLimited;
  return status >= 500 ? CODES.systemError : CODES.invalidParam;
}

/** What the simulated Feishu received: per-endpoint counts and a bounded request log. */
import { ENDPOINTS } from '../../upstream/api.js';
import type { SandboxEndpoint, SandboxRequest } from '../types.js';

const MAX_LOGGED = 10_000;

function zeroCounts(): Record<SandboxEndpoint, number> {
  return Object.fromEntries([...ENDPOINTS, 'token'].map((e) => [e, 0])) as Record<SandboxEndpoint, number>;
}

export class Traffic {
  private counts = zeroCounts();
  private log: SandboxRequest[] = [];

  count(endpoint: SandboxEndpoint): void {
    this.counts[endpoint]++;
  }

  callCounts(): Record<SandboxEndpoint, number> {
    return { ...this.counts };
  }

  resetCounts(): void {
    this.counts = zeroCounts();
  }

  record(request: SandboxRequest): void {
    this.log.push(request);
    if (this.log.length > MAX_LOGGED) this.log.splice(0, this.log.length - MAX_LOGGED);
  }

  requests(): SandboxRequest[] {
    return [...this.log];
  }

  reset(): void {
    this.resetCounts();
    this.log = [];
  }
}

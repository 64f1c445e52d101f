import { ENDPOINTS, type Endpoint } from '../../src/upstream/api.js';
import type { Budget } from '../../src/upstream/budgets.js';

/**
 * Call budgets no test or benchmark reaches unless it means to: with them a test counts the gateway's
 * upstream calls and a benchmark measures the gateway and the simulator, never the limiter's waits.
 */
export const GENEROUS: Record<Endpoint, Budget> = Object.fromEntries(
  ENDPOINTS.map((endpoint) => [endpoint, { limit: 1_000_000, windowMs: 1_000 }]),
) as Record<Endpoint, Budget>;

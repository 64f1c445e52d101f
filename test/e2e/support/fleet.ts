import type { App } from '../../../src/app.js';
import type { Sandbox } from '../../../src/sandbox/types.js';
import { connect, deletePrefix } from '../../helpers/redis.js';

/**
 * Ends a fleet after its tests: each replica (in order, any that started), then the simulator they
 * called, then everything the replicas left in Redis under their shared key prefix.
 */
export async function closeFleet(replicas: Iterable<App | undefined>, sandbox: Sandbox | undefined, prefix: string): Promise<void> {
  for (const replica of replicas) await replica?.close();
  await sandbox?.close();
  const redis = connect();
  await deletePrefix(redis, prefix);
  await redis.quit();
}

/** `SandboxControl`: the test and benchmark handle on the simulator's state and behaviour. */
import type { SandboxCore } from './core.js';
import type { EventChannels } from './events/event-channels.js';
import type { FaultInjector } from './http/faults.js';
import type { SandboxRateLimiter } from './http/rate-limiter.js';
import type { TokenIssuer } from './http/tokens.js';
import type { Traffic } from './http/traffic.js';
import { compareIds } from './ids.js';
import type { LongConnectionServer } from './long-connection/server.js';
import { approverListStatusCodes } from '../upstream/codes.js';
import { approverEntries, approverPage, renderProcess } from './render.js';
import type { SandboxControl } from './types.js';
import type { WorkTracker } from './work-tracker.js';

export interface ControlDeps {
  core: SandboxCore;
  traffic: Traffic;
  faults: FaultInjector;
  tokens: TokenIssuer;
  limiter: SandboxRateLimiter;
  channels: EventChannels;
  longConnection: LongConnectionServer;
  tracker: WorkTracker;
}

export function createControl({ core, traffic, faults, tokens, limiter, channels, longConnection, tracker }: ControlDeps): SandboxControl {
  const user = (openId: string) => core.tenant.directory.findUser(openId);
  return {
    callCounts: () => traffic.callCounts(),
    resetCounts: () => traffic.resetCounts(),
    requests: () => traffic.requests(),
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    expireTokens: () => tokens.expireAll(),
    dropEvents: (count) => channels.dropNext(count),
    delayEvents: (ms) => channels.delay(ms),
    flushEvents: () => tracker.idle(),
    pushedEvents: () => channels.pushed(),
    reset: () => {
      traffic.reset();
      faults.clear();
      limiter.reset();
      channels.reset();
      longConnection.reset();
      core.regenerate();
    },
    createProcess: (spec) => core.createProcess(spec),
    processIds: () => [...core.tenant.processes.keys()].sort(compareIds),
    getProcessWire: (processId) => {
      const process = core.tenant.processes.get(processId);
      return process && renderProcess(process, 'open_id', core.tenant);
    },
    tasksOf: (openId) => {
      const found = user(openId);
      return found ? approverEntries(found, core.tenant) : [];
    },
    pendingTaskOf: (openId) => {
      const found = user(openId);
      const [task] = found ? approverPage(found, core.tenant, approverListStatusCodes.codeOf('IN_PROGRESS'), 0, 1).entries : [];
      return task && { processId: task.process_id, approverId: task.approver_id };
    },
    users: () =>
      core.tenant.directory.users.map((u) => ({
        openId: u.openId,
        unionId: u.unionId,
        userId: u.userId,
        peopleCorehrId: u.peopleCorehrId,
        name: { ...u.name },
        role: u.role,
      })),
    addComment: (processId, commentor, message) => {
      const author = user(commentor);
      if (!author) throw new Error(`no user with open_id ${commentor}`);
      return core.machine.comment(processId, author, message).id;
    },
    repeatEvent: (eventId) => channels.repeat(eventId),
    dropLongConnections: () => longConnection.dropConnections(),
    refuseDiscovery: (code, times) => longConnection.refuseDiscovery(code, times),
    halfOpenLongConnections: () => longConnection.halfOpenConnections(),
    splitNextMessage: (parts) => longConnection.splitNextMessage(parts),
    longConnectionStats: () => longConnection.stats(),
  };
}

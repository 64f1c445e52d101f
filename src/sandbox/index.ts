export { startSandbox } from './start.js';
export type {
  NodeSpec,
  ProcessSpec,
  RateBudget,
  Sandbox,
  SandboxClientConfig,
  SandboxControl,
  SandboxEndpoint,
  SandboxEventChannel,
  SandboxEventDelivery,
  SandboxFault,
  SandboxLongConnectionStats,
  SandboxOptions,
  SandboxPushedEvent,
  SandboxRequest,
  SandboxUser,
} from './types.js';

export { startSandbox } from './start.js';
export type {
  NodeSpec,
  ProcessSpec,
  RateBudget,
  Sandbox,
  SandboxControl,
  SandboxEndpoint,
  SandboxFault,
  SandboxOptions,
  SandboxPushedEvent,
  SandboxRequest,
  SandboxUser,
} from './types.js';

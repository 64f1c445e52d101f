import type { Sandbox } from '../../src/sandbox/types.js';

/** The environment that points a gateway at the simulator as at Feishu itself (real mode, not sandbox mode). */
export function feishuEnvOf(sandbox: Sandbox): Record<string, string> {
  return {
    FEISHU_APP_ID: sandbox.appId,
    FEISHU_APP_SECRET: sandbox.appSecret,
    FEISHU_BASE_URL: sandbox.url,
    FEISHU_VERIFICATION_TOKEN: sandbox.verificationToken,
    FEISHU_ENCRYPT_KEY: sandbox.encryptKey,
  };
}

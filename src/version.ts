/** The gateway's name and version, as package.json states them (one level up from src/ and from dist/ alike). */
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const GATEWAY_NAME: string = manifest.name;
export const GATEWAY_VERSION: string = manifest.version;
/** Sent to Feishu on every call, so Feishu's side can tell the gateway's traffic apart. */
export const USER_AGENT = `${GATEWAY_NAME}/${GATEWAY_VERSION} node/${process.versions.node}`;

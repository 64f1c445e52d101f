/**
 * Sandbox mode with GATEWAY_AUTH=on: callers minted at start-up so the whole model can be tried in
 * GraphiQL at once: a reader API key (process:read) and a JWT for one sample user (task:act, so it
 * sees and acts on that user's own processes only). Never used with Feishu credentials.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { sha256Hex, type ApiKeyDefinition, type JwtSettings } from '../config-callers.js';

export interface SandboxCallers {
  /** The reader's API key, to print. */
  readerKey: string;
  readerDefinition: ApiKeyDefinition;
  /** A JWT naming `userId`; absent when JWTs are verified through a JWKS (the gateway holds no signing key). */
  userJwt?: string;
  userId: string;
  /** The JWT settings to verify with: the configured ones, or an HS256 secret minted with the token. */
  jwt?: JwtSettings;
}

const TOKEN_LIFETIME = '12h';

export async function mintSandboxCallers(userId: string, configured: JwtSettings | undefined): Promise<SandboxCallers> {
  const readerKey = `sbx_${randomBytes(24).toString('base64url')}`;
  const readerDefinition: ApiKeyDefinition = { name: 'sandbox-reader', keySha256: sha256Hex(readerKey), scopes: ['process:read'] };
  if (configured?.jwksUrl) return { readerKey, readerDefinition, userId, jwt: configured };
  const jwt: JwtSettings = configured ?? { secret: randomBytes(48).toString('base64url'), userClaim: 'feishu_open_id' };
  let token = new SignJWT({ [jwt.userClaim]: userId, scope: 'task:act' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`sandbox-user-${userId}`)
    .setIssuedAt()
    .setExpirationTime(TOKEN_LIFETIME);
  if (jwt.issuer) token = token.setIssuer(jwt.issuer);
  if (jwt.audience) token = token.setAudience(jwt.audience);
  const userJwt = await token.sign(new TextEncoder().encode(jwt.secret));
  return { readerKey, readerDefinition, userJwt, userId, jwt };
}

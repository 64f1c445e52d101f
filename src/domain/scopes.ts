/** What a caller may be granted (the contract's "Scopes"); config and authentication both speak them. */
export const SCOPES = ['process:read', 'task:act', 'process:admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return (SCOPES as readonly unknown[]).includes(value);
}

/** A request, stream or socket that names no acceptable caller. The message is safe to show and log: it never quotes a credential. */
export class AuthenticationError extends Error {
  /** Set when the check could not be made (the JWKS endpoint unreachable): the caller is refused all the same. */
  readonly unavailable: boolean;

  constructor(message: string, options: { unavailable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AuthenticationError';
    this.unavailable = options.unavailable ?? false;
  }
}

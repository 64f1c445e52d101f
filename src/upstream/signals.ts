/** Deadlines as abort signals, so every wait (queue, budget, socket) stops at the same instant. */

/** A signal that aborts at `deadline` (epoch ms by `now`) or when `caller` aborts, whichever comes first. */
export function deadlineSignal(deadline: number, now: () => number, caller?: AbortSignal): AbortSignal {
  const timeout = AbortSignal.timeout(Math.max(0, deadline - now()));
  return caller ? AbortSignal.any([timeout, caller]) : timeout;
}

/** Settles like `promise`, or rejects with the signal's reason once it aborts; `promise` itself runs on. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

// Which failures a batch may simply try again, and how long to wait before it does.

// lock_not_available (lock_timeout), deadlock, serialization failure, statement timeout, server
// shutting down or restarting, and connection failures of every kind.
const RETRIABLE_CODES = new Set(['55P03', '40P01', '40001', '57014', '57P01', '57P02', '57P03', '53300']);
const CONNECTION_ERRORS =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection is closed|Client has encountered a connection error|not queryable|the database system is (starting up|shutting down|in recovery)/i;

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** True for a failure that says nothing about the batch itself: waiting and trying again may succeed. */
export function isRetriable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code && (RETRIABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return CONNECTION_ERRORS.test(String((error as Error)?.message ?? error));
}

/** True when the connection itself is gone (it has to be opened again, and its session locks are lost). */
export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')) return true;
  return CONNECTION_ERRORS.test(String((error as Error)?.message ?? error));
}

/** Exponential backoff with jitter: base·2^attempt, at most maxDelayMs, then ±25 %. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const plain = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(plain * (0.75 + random() * 0.5));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

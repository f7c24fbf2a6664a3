import type { Services } from '../../electron/services';

/** The small tools every benchmark step uses: percentiles, a timer and a call that throws on an API error. */

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

export async function call<T>(services: Services, name: string, input: unknown): Promise<T> {
  const result = await services.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

import { contract, type HandlerMap } from '../../../shared/api';
import { findMethod, splitMethodName } from '../../../shared/contract';
import { ApiError, fieldErrorsFromIssues, type ApiResult } from '../../../shared/errors';

export type Logger = (message: string, error?: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(`[peer-desk] ${message}`, error ?? '');

/**
 * Runs one API call from any transport (IPC or the harness): finds the method, parses the
 * input with its zod schema, calls the handler, and always resolves to an envelope. A
 * handler bug becomes an INTERNAL error with a plain message; it never crashes the app.
 */
export async function dispatch<Ctx>(
  // Partial: the protection host and the data folder's services each answer their own areas.
  handlers: Partial<HandlerMap<Ctx>>,
  ctx: Ctx,
  name: string,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<ApiResult<unknown>> {
  const spec = findMethod(contract, name);
  const parts = splitMethodName(name);
  if (!spec || !parts) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Peer Desk does not know the action "${String(name).slice(0, 80)}".` } };
  }
  // No input at all means "all defaults"; null and other junk still fail validation.
  const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) {
    const fields = fieldErrorsFromIssues(parsed.error.issues);
    const count = Object.keys(fields).length;
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: count === 1 ? 'Check the highlighted field.' : `Check the ${count} highlighted fields.`,
        fields,
      },
    };
  }
  const [area, m] = parts;
  // The contract lookup above guarantees both keys exist on the handler map's type.
  const areaHandlers = (handlers as unknown as Record<string, Record<string, (input: unknown, ctx: Ctx) => Promise<unknown>>>)[area];
  const handler = areaHandlers?.[m];
  if (!handler) {
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `The action "${name}" is not available.` } };
  }
  try {
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() };
    log(`${name} failed`, error);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong and the action was not completed. Your saved data is safe. If it happens again, restart Peer Desk.',
      },
    };
  }
}

import type { z } from 'zod';

/**
 * One API method: its zod input schema (checked at run time on every call, whether it came
 * over IPC or HTTP) and its output type (checked by the compiler only).
 */
export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the output type, never set. */
  readonly output?: O;
}

/** `method(schema).returns<Output>()` — curried so the input type is inferred. */
export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): MethodSpec<I, O> {
      return { input };
    },
  };
}

type AnySpec = MethodSpec<z.ZodType, unknown>;
export type ContractShape = Record<string, Record<string, AnySpec>>;

/** What a caller passes (before zod defaults and transforms). */
export type CallInput<M> = M extends MethodSpec<infer I, unknown> ? z.input<I> : never;
/** What a handler receives (after parsing). */
export type ParsedInput<M> = M extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type Output<M> = M extends MethodSpec<z.ZodType, infer O> ? O : never;

/** Method names as they cross the wire: "volunteers.list". */
export type MethodName<C extends ContractShape> = {
  [A in keyof C & string]: `${A}.${keyof C[A] & string}`;
}[keyof C & string];

export function splitMethodName(name: string): [string, string] | null {
  const dot = name.indexOf('.');
  if (dot <= 0 || dot === name.length - 1 || name.indexOf('.', dot + 1) !== -1) return null;
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/** Looks a method up by wire name without touching prototype properties ("__proto__.x"). */
export function findMethod(contract: ContractShape, name: string): AnySpec | null {
  const parts = splitMethodName(name);
  if (!parts) return null;
  const [area, m] = parts;
  if (!Object.hasOwn(contract, area)) return null;
  const methods = contract[area]!;
  return Object.hasOwn(methods, m) ? methods[m]! : null;
}

// A contract method is data: the zod schema of its input and of its output.
// Types for handlers and the typed client are inferred from it.
import type { z } from 'zod';

export interface Method<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Method<I, O> {
  return { input, output };
}

export type Domain = Record<string, Method>;
export type Contract = Record<string, Domain>;

/** What a caller passes (defaults may be omitted). */
export type InputOf<M extends Method> = z.input<M['input']>;
/** What a handler receives (defaults applied). */
export type ParsedInputOf<M extends Method> = z.output<M['input']>;
export type OutputOf<M extends Method> = z.output<M['output']>;

export type DomainHandlers<D extends Domain> = {
  [K in keyof D]: (input: ParsedInputOf<D[K]>) => OutputOf<D[K]> | Promise<OutputOf<D[K]>>;
};
export type ContractHandlers<C extends Contract> = { [K in keyof C]: DomainHandlers<C[K]> };

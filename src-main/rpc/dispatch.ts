// The one place that looks up a method, validates its input and shapes errors.
// Every transport (IPC, loopback HTTP, in-process) hands requests here unchanged.
import { z } from 'zod';
import type { Contract, ContractHandlers, Method } from '../../src-shared/contract/method';
import type { RpcError, RpcRequest, RpcResponse } from '../../src-shared/rpc/envelope';
import { AppError } from './app-error';

export type Dispatch = (request: RpcRequest) => Promise<RpcResponse>;

export function createDispatch<C extends Contract>(
  contract: C,
  handlers: () => ContractHandlers<C>,
  onInternalError: (error: unknown, method: string) => void = (error) => console.error(error),
): Dispatch {
  return async (request) => {
    const id = typeof request?.id === 'number' ? request.id : 0;
    const fail = (error: RpcError): RpcResponse => ({ id, ok: false, error });
    const name = typeof request?.method === 'string' ? request.method : '';
    const [domain, operation] = name.split('.');
    const spec: Method | undefined = domain && operation ? contract[domain]?.[operation] : undefined;
    if (!spec || !Object.hasOwn(contract[domain!]!, operation!)) {
      return fail({ code: 'unknown_method', message: `Unknown method "${name}"` });
    }
    const parsed = spec.input.safeParse(request.input ?? {});
    if (!parsed.success) return fail(invalidInput(parsed.error));
    try {
      const domainHandlers = handlers()[domain!] as Record<string, (input: unknown) => unknown>;
      const value = await domainHandlers[operation!]!(parsed.data);
      // Output is validated too: a response never carries more (or other) than the contract says.
      return { id, ok: true, value: spec.output.parse(value) };
    } catch (error) {
      if (error instanceof AppError) return fail({ code: error.code, message: error.message });
      if (error instanceof z.ZodError) return fail(invalidInput(error));
      onInternalError(error, name);
      return fail({ code: 'internal', message: 'Something went wrong inside Sampark. Nothing was changed.' });
    }
  };
}

function invalidInput(error: z.ZodError): RpcError {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'Invalid input';
  return { code: 'invalid_input', message, issues };
}

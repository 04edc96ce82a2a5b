// Typed client generated from the contract: api.contacts.search({ text }) → one RpcRequest.
import type { Contract, InputOf, OutputOf } from '../contract/method';
import type { ErrorCode, RpcError, Transport } from './envelope';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: RpcError['issues'];
  constructor(error: RpcError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

export type ApiClient<C extends Contract> = {
  [D in keyof C]: { [M in keyof C[D]]: (input: InputOf<C[D][M]>) => Promise<OutputOf<C[D][M]>> };
};

export function createApiClient<C extends Contract>(contract: C, transport: Transport): ApiClient<C> {
  let nextId = 1;
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domain, methods] of Object.entries(contract)) {
    const calls: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const name of Object.keys(methods)) {
      calls[name] = async (input) => {
        const response = await transport.call({ id: nextId++, method: `${domain}.${name}`, input: input ?? {} });
        if (!response.ok) throw new ApiError(response.error);
        return response.value;
      };
    }
    client[domain] = calls;
  }
  return client as ApiClient<C>;
}

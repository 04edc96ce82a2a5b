// The only shapes any transport moves: a request in, a response out. Errors travel as data.
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'unknown_method',
  'conflict',
  'unauthorized',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RpcError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for invalid_input: path → message. */
  issues?: { path: string; message: string }[];
}

export interface RpcRequest {
  id: number;
  method: string; // "domain.operation"
  input: unknown;
}

export type RpcResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: RpcError };

/** Moves one request to the core and brings its response back. */
export interface Transport {
  call(request: RpcRequest): Promise<RpcResponse>;
  /** Subscribes to core events; returns an unsubscribe function. */
  subscribe?(listener: (event: unknown) => void): () => void;
}

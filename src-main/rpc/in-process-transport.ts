import type { RpcResponse, Transport } from '../../src-shared/rpc/envelope';
import type { Dispatch } from './dispatch';

/**
 * The in-process transport (CLI, tests): the same dispatch, with input and output copied as the
 * other transports serialize them, so no caller shares objects with the core.
 */
export function inProcessTransport(dispatch: Dispatch): Transport {
  return {
    call: async (request) => structuredClone(await dispatch(structuredClone(request))) as RpcResponse,
  };
}

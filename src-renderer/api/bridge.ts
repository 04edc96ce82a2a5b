import type { RpcRequest, RpcResponse } from '../../src-shared/rpc/envelope';

/** What the Electron preload exposes as `window.sampark`; absent in browser mode. */
export interface SamparkBridge {
  call(request: RpcRequest): Promise<RpcResponse>;
  subscribe(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    sampark?: SamparkBridge;
  }
}

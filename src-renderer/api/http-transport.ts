import type { RpcRequest, RpcResponse } from '../../src-shared/rpc/envelope';
import type { Transport } from '../../src-shared/rpc/envelope';
import { takeSessionToken } from './session-token';

/** Browser mode: RPC over `POST /rpc`, events over Server-Sent Events, both on the loopback server. */
export function httpTransport(location: Location): Transport {
  const token = takeSessionToken(location);
  const rpcUrl = new URL('rpc', location.href).href;
  const eventsUrl = new URL(`events?token=${encodeURIComponent(token)}`, location.href).href;
  return {
    async call(request: RpcRequest): Promise<RpcResponse> {
      let response: Response;
      try {
        response = await fetch(rpcUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        });
      } catch {
        return fail(request, 'unavailable', 'Sampark is not reachable. Is `sampark serve` still running?');
      }
      if (response.status === 401) return fail(request, 'unauthorized', 'This page needs the link printed by `sampark serve`.');
      try {
        return (await response.json()) as RpcResponse;
      } catch {
        return fail(request, 'unavailable', `Sampark answered with HTTP ${response.status}.`);
      }
    },
    subscribe(listener) {
      const source = new EventSource(eventsUrl);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          listener(JSON.parse(message.data));
        } catch {
          // A malformed event is dropped; the next refetch brings the UI up to date anyway.
        }
      };
      return () => source.close();
    },
  };
}

function fail(request: RpcRequest, code: 'unavailable' | 'unauthorized', message: string): RpcResponse {
  return { id: request.id, ok: false, error: { code, message } };
}

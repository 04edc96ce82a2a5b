// Browser mode: the loopback HTTP transport. Bound to 127.0.0.1 only; every RPC and event stream
// needs the per-run random token; a foreign Host (DNS rebinding) or Origin is refused; no CORS.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../boot';
import { serveStatic } from './static-files';

/** Large enough for an imported contacts file (64 MB, base64 in JSON). */
const MAX_BODY_BYTES = 96 * 1024 * 1024;

export interface LoopbackServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startLoopbackServer(options: {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<LoopbackServer> {
  const token = options.token ?? newToken();
  const expected = Buffer.from(token);
  let port = 0;
  const isTokenOk = (given: string | null | undefined) => {
    const buffer = Buffer.from(given ?? '');
    return buffer.length === expected.length && timingSafeEqual(buffer, expected);
  };
  const isLocalHost = (value: string | undefined) => value === `127.0.0.1:${port}` || value === `localhost:${port}`;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const origin = req.headers.origin;
    if (!isLocalHost(req.headers.host) || (origin !== undefined && !isLocalHost(origin.replace(/^http:\/\//, '')))) {
      return void res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden host or origin');
    }
    if (url.pathname === '/rpc') return void handleRpc(req, res);
    if (url.pathname === '/events') return void handleEvents(url, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    serveStatic(options.rendererDir, url.pathname, res);
  });

  async function handleRpc(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !isTokenOk(auth.slice(7))) {
      return void json(res, 401, { id: 0, ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return void json(res, 415, { id: 0, ok: false, error: { code: 'invalid_input', message: 'Send application/json' } });
    }
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        return void json(res, 413, { id: 0, ok: false, error: { code: 'invalid_input', message: 'Request too large' } });
      }
      chunks.push(chunk as Buffer);
    }
    let request: unknown;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return void json(res, 400, { id: 0, ok: false, error: { code: 'invalid_input', message: 'Body is not JSON' } });
    }
    json(res, 200, await options.core.dispatch(request as Parameters<Core['dispatch']>[0]));
  }

  function handleEvents(url: URL, res: ServerResponse) {
    // EventSource cannot send headers, so the stream takes the token as a query parameter.
    if (!isTokenOk(url.searchParams.get('token'))) return void res.writeHead(401).end();
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = options.core.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

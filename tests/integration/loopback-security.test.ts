import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../src-main/http/server';
import { tempCore, tempDataDir } from './support/temp-core';

let server: LoopbackServer;
let cleanup: () => void;

beforeAll(async () => {
  const core = await tempCore();
  const rendererDir = tempDataDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sampark</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startLoopbackServer({ core, rendererDir });
  cleanup = () => core.cleanup();
});
afterAll(async () => {
  await server.close();
  cleanup();
});

/** Raw request so Host and Origin can be set to anything a hostile page could send. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpcBody = JSON.stringify({ id: 1, method: 'contacts.count', input: {} });
const auth = () => ({ Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' });

describe('loopback HTTP transport', () => {
  it('listens on 127.0.0.1 and answers with the right token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const res = await send({ path: '/rpc', method: 'POST', headers: auth(), body: rpcBody });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ id: 1, ok: true, value: { active: 0, archived: 0 } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a missing or wrong token', async () => {
    expect((await send({ path: '/rpc', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: rpcBody })).status).toBe(401);
    const wrong = { ...auth(), Authorization: `Bearer ${server.token.slice(1)}x` };
    expect((await send({ path: '/rpc', method: 'POST', headers: wrong, body: rpcBody })).status).toBe(401);
    expect((await send({ path: '/events?token=nope' })).status).toBe(401);
  });

  it('refuses foreign Host (DNS rebinding) and foreign Origin even with the token', async () => {
    const host = await send({ path: '/rpc', method: 'POST', headers: { ...auth(), Host: 'evil.example' }, body: rpcBody });
    expect(host.status).toBe(403);
    const origin = await send({ path: '/rpc', method: 'POST', headers: { ...auth(), Origin: 'https://evil.example' }, body: rpcBody });
    expect(origin.status).toBe(403);
    const same = await send({ path: '/rpc', method: 'POST', headers: { ...auth(), Origin: `http://127.0.0.1:${server.port}` }, body: rpcBody });
    expect(same.status).toBe(200);
  });

  it('answers malformed bodies with a clear error', async () => {
    const res = await send({ path: '/rpc', method: 'POST', headers: auth(), body: '{not json' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('invalid_input');
  });

  it('serves the UI with a CSP and never outside its folder', async () => {
    const index = await send({ path: '/' });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await send({ path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
    const traversal = await send({ path: '/..%2f..%2f..%2fetc%2fpasswd' });
    expect(traversal.body).not.toContain('root:');
  });

  it('streams core events to an authorized EventSource client', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: `/events?token=${server.token}` }, (res) => {
        res.on('data', (chunk: Buffer) => {
          const text = chunk.toString();
          if (text.includes('data:')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((r) => setTimeout(r, 100));
    await send({ path: '/rpc', method: 'POST', headers: auth(), body: JSON.stringify({ id: 2, method: 'contacts.create', input: { givenName: 'Asha' } }) });
    expect(await received).toContain('"type":"changed"');
  });
});

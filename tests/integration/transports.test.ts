// Conformance: the same calls over in-process, loopback HTTP and the IPC handler must give identical
// responses and error codes. Ids and timestamps differ per run and are replaced by placeholders.
import { afterAll, describe, expect, it } from 'vitest';
import type { RpcRequest, RpcResponse, Transport } from '../../src-shared/rpc/envelope';
import { startLoopbackServer } from '../../src-main/http/server';
import { inProcessTransport } from '../../src-main/rpc/in-process-transport';
import { APP_ORIGIN, handleIpcRequest } from '../../src-main/rpc/ipc-handler';
import { tempCore, tempDataDir } from './support/temp-core';

type Step = (previous: RpcResponse[]) => RpcRequest;
const valueOf = (r: RpcResponse | undefined) => (r?.ok ? (r.value as Record<string, unknown>) : {});

const steps: Step[] = [
  () => ({ id: 1, method: 'companies.create', input: { name: 'शर्मा टेक्सटाइल्स', city: 'Jaipur' } }),
  (p) => ({
    id: 2,
    method: 'contacts.create',
    input: { givenName: 'प्रिया', familyName: 'शर्मा', companyId: valueOf(p[0]).id, emails: [{ value: 'priya@example.in' }] },
  }),
  () => ({ id: 3, method: 'contacts.create', input: { givenName: 'Karthik', phones: [{ label: 'mobile', value: '098400 12345' }] } }),
  () => ({ id: 4, method: 'contacts.search', input: { text: 'प्र' } }),
  () => ({ id: 5, method: 'contacts.search', input: { text: 'priya@example' } }),
  () => ({ id: 6, method: 'contacts.list', input: { limit: 1 } }),
  (p) => ({ id: 7, method: 'contacts.list', input: { limit: 1, after: valueOf(p[5]).nextCursor } }),
  (p) => ({ id: 8, method: 'contacts.update', input: { id: valueOf(p[2]).id, fields: { givenName: 'Karthik', familyName: 'Raja', jobTitle: 'Owner' } } }),
  (p) => ({ id: 9, method: 'contacts.archive', input: { id: valueOf(p[1]).id } }),
  () => ({ id: 10, method: 'contacts.count', input: {} }),
  (p) => ({ id: 11, method: 'contacts.unarchive', input: { id: valueOf(p[1]).id } }),
  (p) => ({ id: 12, method: 'companies.get', input: { id: valueOf(p[0]).id } }),
  () => ({ id: 13, method: 'companies.list', input: { text: 'शर्मा' } }),
  () => ({ id: 14, method: 'contacts.create', input: { givenName: '' } }),
  () => ({ id: 15, method: 'contacts.create', input: { givenName: 'A', emails: [{ value: 'not an email' }] } }),
  () => ({ id: 16, method: 'contacts.get', input: { id: '01920000-0000-7000-8000-000000000000' } }),
  () => ({ id: 17, method: 'contacts.get', input: { id: 'x' } }),
  () => ({ id: 18, method: 'contacts.drop', input: {} }),
  () => ({ id: 19, method: 'system.updateSettings', input: { language: 'ta' } }),
  () => ({ id: 20, method: 'system.getSettings', input: {} }),
  () => ({ id: 21, method: 'contacts.search', input: { text: '" AND * NEAR(' } }),
];

function normalize(responses: RpcResponse[]): unknown {
  const ids = new Map<string, string>();
  const text = JSON.stringify(responses, (key, value: unknown) => {
    if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/.test(value)) {
      if (!ids.has(value)) ids.set(value, `<id${ids.size}>`);
      return ids.get(value);
    }
    if (/AtMs$/.test(key) && typeof value === 'number') return '<time>';
    if (key === 'dataDir' || key === 'databaseFile' || key === 'backupsDir') return '<path>';
    return value;
  });
  return JSON.parse(text);
}

async function runSteps(transport: Transport): Promise<RpcResponse[]> {
  const responses: RpcResponse[] = [];
  for (const step of steps) responses.push(await transport.call(step(responses)));
  return responses;
}

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('transport conformance', () => {
  it('gives identical responses in-process, over loopback HTTP and over the IPC handler', async () => {
    const inProcessCore = await tempCore();
    cleanups.push(() => inProcessCore.cleanup());
    const inProcess = await runSteps(inProcessTransport(inProcessCore.dispatch));

    const httpCore = await tempCore();
    cleanups.push(() => httpCore.cleanup());
    const server = await startLoopbackServer({ core: httpCore, rendererDir: tempDataDir() });
    cleanups.push(() => server.close());
    const http = await runSteps({
      call: async (request) => {
        const res = await fetch(`http://127.0.0.1:${server.port}/rpc`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify(request),
        });
        return (await res.json()) as RpcResponse;
      },
    });

    const ipcCore = await tempCore();
    cleanups.push(() => ipcCore.cleanup());
    // Electron IPC moves values by structured clone, as here.
    const ipc = await runSteps({
      call: async (request) => structuredClone(await handleIpcRequest(ipcCore.dispatch, `${APP_ORIGIN}/index.html`, structuredClone(request))),
    });

    expect(inProcess.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'invalid_input',
      'invalid_input',
      'not_found',
      'invalid_input',
      'unknown_method',
    ]);
    expect(valueOf(inProcess[3]).items).toHaveLength(1);
    expect(normalize(http)).toEqual(normalize(inProcess));
    expect(normalize(ipc)).toEqual(normalize(inProcess));
  });

  it('refuses IPC calls from frames that are not the app', async () => {
    const core = await tempCore();
    cleanups.push(() => core.cleanup());
    for (const url of ['https://evil.example/', 'file:///etc/passwd', undefined, 'app://other/']) {
      const response = await handleIpcRequest(core.dispatch, url, { id: 1, method: 'contacts.count', input: {} });
      expect(response).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });
});

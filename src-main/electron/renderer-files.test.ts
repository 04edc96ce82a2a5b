import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveRendererFile, serveRendererFiles } from './renderer-files';

const HOST = 'sampark';
let base: string;
let rendererDir: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'sampark-renderer-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sampark</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'noto.woff2'), 'font');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveRendererFiles(rendererDir, HOST)(new Request(url, { method }));

describe('resolveRendererFile', () => {
  it('maps the root to index.html and assets to their files', () => {
    expect(resolveRendererFile(rendererDir, 'app://sampark/', HOST)).toBe(join(rendererDir, 'index.html'));
    expect(resolveRendererFile(rendererDir, 'app://sampark/assets/app.js?v=1#x', HOST)).toBe(join(rendererDir, 'assets', 'app.js'));
  });

  it.each([
    'app://sampark/assets/..%2f..%2fsecret.txt',
    'app://sampark/assets/%00.js',
    'app://sampark/%E0%A4%A',
    'app://other/index.html',
    'not a url',
  ])('refuses %s', (url) => expect(resolveRendererFile(rendererDir, url, HOST)).toBeUndefined());

  // The URL parser already folds plain and percent-encoded dot segments at the root, and a
  // backslash is an ordinary filename character on POSIX: these may resolve, but only inside.
  it.each(['app://sampark/../secret.txt', 'app://sampark/%2e%2e/secret.txt', 'app://sampark/..%5csecret.txt'])(
    'keeps %s inside the folder',
    (url) => expect(resolveRendererFile(rendererDir, url, HOST)?.startsWith(join(rendererDir, '/')) ?? true).toBe(true),
  );
});

describe('contentTypeFor', () => {
  it('names the types the renderer ships', () => {
    expect(contentTypeFor('a.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('serveRendererFiles', () => {
  it('serves HTML with the content security policy', async () => {
    const response = await get('app://sampark/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Sampark</title>');
  });

  it('serves scripts with a JavaScript type and no policy header', async () => {
    const response = await get('app://sampark/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with the app shell but missing assets with 404', async () => {
    const route = await get('app://sampark/contacts/0190a1b2');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://sampark/assets/missing.js')).status).toBe(404);
  });

  it('refuses traversal, foreign hosts and writes', async () => {
    const escaped = await get('app://sampark/assets/..%2f..%2fsecret.txt');
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('outside');
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://sampark/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://sampark/assets/noto.woff2', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/woff2');
    expect(await response.text()).toBe('');
  });
});

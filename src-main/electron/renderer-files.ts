// Serves the built renderer (dist/renderer) for the app:// protocol. Kept free of Electron so the
// path guard and headers are unit-tested; app-protocol.ts only hands it to protocol.handle.
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { RENDERER_CSP } from '../http/csp';

/** The same policy browser mode sends (MUI's emotion injects <style> tags, hence inline styles only). */
export const CONTENT_SECURITY_POLICY = RENDERER_CSP;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request URL to a file inside rendererDir, or undefined when the URL is for another host
 * or would escape the folder (encoded "..", backslashes, absolute paths, NUL bytes).
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string, host: string): string | undefined {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (url.host !== host || pathname.includes('\0')) return undefined;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** A protocol handler for `app://<host>/…` that answers from rendererDir. */
export function serveRendererFiles(rendererDir: string, host: string): (request: Request) => Promise<Response> {
  const indexFile = join(resolve(rendererDir), 'index.html');
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    let file = resolveRendererFile(rendererDir, request.url, host);
    if (!file) return textResponse(404, 'Not found');
    if (!(await isFile(file))) {
      // Client-side routes (no file extension) load the app shell; missing assets are a real 404.
      if (extname(file) !== '' || !(await isFile(indexFile))) return textResponse(404, 'Not found');
      file = indexFile;
    }
    const contentType = contentTypeFor(file);
    const headers: Record<string, string> = { 'content-type': contentType, 'x-content-type-options': 'nosniff' };
    if (contentType.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers });
  };
}

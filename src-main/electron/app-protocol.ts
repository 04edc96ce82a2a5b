// The renderer is served from app://sampark/, never file://: a real origin gives the page a
// content security policy, same-origin rules, and lets the IPC handler recognise its own frames.
import { protocol } from 'electron';
import { APP_ORIGIN } from '../rpc/ipc-handler';
import { serveRendererFiles } from './renderer-files';

const { protocol: schemeWithColon, host: APP_HOST } = new URL(APP_ORIGIN);
const APP_SCHEME = schemeWithColon.slice(0, -1);

/** Must run before the app is ready. No corsEnabled: other origins may not read app:// responses. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, serveRendererFiles(rendererDir, APP_HOST));
}

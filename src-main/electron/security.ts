// Defence in depth for every web page the app creates: the renderer may only ever show the app's
// own origin; links leave for the OS browser or mail client, and only through the allowlist.
import { app, session, shell, type WebContents } from 'electron';
import { isAppFrameUrl } from '../rpc/ipc-handler';
import { isAllowedExternalUrl } from './external-url';

function openOutside(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url).catch(() => undefined);
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppFrameUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppFrameUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Before ready: covers every webContents, including ones created later. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** After ready: a contact manager needs no camera, location, notifications-from-page, etc. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

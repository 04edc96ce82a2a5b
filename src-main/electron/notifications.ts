// Desktop notifications for reminders that come due while the app runs (the core's
// `reminders.due` events); clicking one brings the window forward on the contact (or Today).
import { BrowserWindow, Notification } from 'electron';
import type { Core } from '../boot';
import { APP_ORIGIN } from '../rpc/ipc-handler';
import { noticeRoute } from './notice-route';

/** Returns a function that stops notifying. */
export function showReminderNotifications(core: Core, mainWindow: () => BrowserWindow | undefined): () => void {
  // Kept referenced until clicked or closed: a collected Notification loses its click handler.
  const shown = new Set<Notification>();
  return core.events.subscribe((event) => {
    if (event.type !== 'reminders.due' || !Notification.isSupported()) return;
    const notification = new Notification({ title: event.title, body: event.body, silent: false });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      const window = mainWindow();
      if (!window || window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      // Same document, new hash: the renderer's router follows it without a reload.
      void window.loadURL(`${APP_ORIGIN}/${noticeRoute(event)}`);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  });
}

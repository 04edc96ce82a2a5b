import { chromium, type Browser } from 'playwright-core';

// The system Chromium; the background-networking flags stop it reaching for hosts this network refuses.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.SAMPARK_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

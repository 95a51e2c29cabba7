// Debian chromium driven by playwright-core (which never downloads a browser).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.POLICY_REVIEW_CHROMIUM ?? '/usr/bin/chromium';

/** Playwright gives each launch a fresh, empty profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

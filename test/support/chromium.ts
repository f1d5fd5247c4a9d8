// Headless Debian Chromium driven by playwright-core (no browser download: .ci/run installs the
// `chromium` package). Flags keep it off the network, which this machine doesn't have anyway.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium (.ci/run does) or set CHROMIUM_PATH`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pc-chromium-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1040, height: 1400 },
  });
}

// End-to-end tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3)
// driven by Debian chromium through playwright-core. Screenshots go to
// out/e2e/artifacts/ (look at them when a test fails).
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoPath, REPO_ROOT } from '../../support/paths';
import { launchBrowser } from '../browser';
import { CODE_SERVER, installExtension, newHome, type RunningCodeServer, startCodeServer } from '../codeServer';

const ARTIFACTS = repoPath('out', 'e2e', 'artifacts');
const VSIX = repoPath('policy-review.vsix');

function workspaceIn(home: string): string {
  const folder = join(home, 'workspace');
  mkdirSync(folder, { recursive: true });
  cpSync(repoPath('examples', 'sino-russian-relations.txt'), join(folder, 'sino-russian-relations.txt'));
  return folder;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

describe('end to end in VS Code 1.100 (code-server)', function () {
  this.timeout(240_000);
  let browser: Browser;

  before(async () => {
    assert.ok(existsSync(CODE_SERVER), `code-server is not installed; run bash test/e2e/install.sh`);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('passes the extension-host suite (the real vscode API)', async () => {
    const home = newHome();
    const folder = workspaceIn(home);
    const resultsFile = join(home, 'results.json');
    const server = await startCodeServer(home, folder, undefined, { POLICY_REVIEW_E2E_RESULTS: resultsFile });
    const page = await browser.newPage();
    try {
      let exit: (code: number) => void = () => undefined;
      const exited = new Promise<number>((resolve) => (exit = resolve));
      await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
      const remote = (path: string) => `vscode-remote://${server.host}${path}`;
      const payload = [
        ['extensionDevelopmentPath', remote(REPO_ROOT)],
        ['extensionTestsPath', remote(repoPath('out', 'e2e', 'suite', 'index.js'))],
      ];
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      const code = await Promise.race([
        exited,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`the suite did not finish:\n${server.log()}`)), 180_000)),
      ]);
      await shot(page, 'extension-host-suite');
      const results: { title: string; state: string; error?: string }[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
      for (const r of results) console.log(`      [vscode] ${r.state === 'passed' ? '✔' : '✘'} ${r.title}${r.error ? `\n${r.error}` : ''}`);
      assert.ok(results.length >= 5, `expected the suite's results, got ${results.length}:\n${server.log()}`);
      assert.deepEqual(results.filter((r) => r.state !== 'passed').map((r) => r.title), []);
      assert.equal(code, 0);
    } finally {
      await page.close();
      server.stop();
    }
  });

  describe('the packaged extension, as a user sees it', () => {
    let server: RunningCodeServer;
    let page: Page;

    before(async () => {
      assert.ok(existsSync(VSIX), 'package the extension first: npm run package');
      const home = newHome();
      const folder = workspaceIn(home);
      const dirs = installExtension(home, VSIX);
      server = await startCodeServer(home, folder, dirs);
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      // Open the essay from the Explorer, as a user would.
      const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sino-russian-relations.txt' });
      await file.first().waitFor({ timeout: 60_000 });
      await file.first().click();
      await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
      await shot(page, 'opened');
    });
    after(async () => {
      await page?.close();
      server?.stop();
    });

    it('shows the uncited claim in the Problems view', async () => {
      await page.keyboard.press('Control+Shift+M');
      // The language server starts with the essay; its findings arrive within seconds.
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'over 4,300 kilometers' });
      await row.first().waitFor({ timeout: 60_000 });
      const text = await row.first().innerText();
      assert.match(text, /Uncited statistic \(measure\)/);
      await shot(page, 'problems');
    });

    it('underlines “over 4,300 kilometers” and explains it on hover', async () => {
      // Clicking the Problems row reveals line 58; then hover its squiggle.
      // Click the message, not the rule link in the middle of the row (that opens the rule's docs).
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'over 4,300 kilometers' }).first().click({ position: { x: 120, y: 10 } });
      await page.waitForSelector('.monaco-editor .view-line:has-text("kilometers")', { timeout: 30_000 }); // VS Code draws spaces as no-break spaces
      await shot(page, 'revealed');
      const squiggle = page.locator('.monaco-editor .squiggly-warning').filter({ visible: true }).first();
      await squiggle.waitFor({ timeout: 30_000 });
      const box = await squiggle.boundingBox();
      assert.ok(box, 'the squiggle is on screen');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Uncited statistic' });
      await hover.first().waitFor({ timeout: 20_000 });
      assert.match(await hover.first().innerText(), /over 4,300 kilometers/);
      await shot(page, 'hover-uncited-claim');
    });
  });
});

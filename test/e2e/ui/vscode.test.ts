// End-to-end tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3)
// driven by Debian chromium through playwright-core. Screenshots go to
// out/e2e/artifacts/ (look at them when a test fails).
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoPath, REPO_ROOT } from '../../support/paths';
import { launchBrowser } from '../browser';
import { CODE_SERVER, installExtension, newHome, type RunningCodeServer, startCodeServer } from '../codeServer';

const ARTIFACTS = repoPath('out', 'e2e', 'artifacts');
const VSIX = repoPath('policy-review.vsix');

/** Each code-server run gets a temporary home (a few MB); keep it with POLICY_REVIEW_E2E_KEEP=1 to look inside. */
function removeHome(home: string | undefined): void {
  if (home && !process.env.POLICY_REVIEW_E2E_KEEP) rmSync(home, { recursive: true, force: true, maxRetries: 3 });
}

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

/** Rejects after `ms` unless `promise` settles first; the timer is cleared either way, so it never keeps mocha alive. */
async function within<T>(promise: Promise<T>, ms: number, failure: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure())), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A view pane of the Policy Review container, by its title. */
const pane = (page: Page, title: string) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });

async function rowTexts(page: Page, title: string): Promise<string[]> {
  return (await pane(page, title).locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
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
      const code = await within(exited, 180_000, () => `the suite did not finish:\n${server.log()}`);
      await shot(page, 'extension-host-suite');
      const results: { title: string; state: string; error?: string }[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
      for (const r of results) console.log(`      [vscode] ${r.state === 'passed' ? '✔' : '✘'} ${r.title}${r.error ? `\n${r.error}` : ''}`);
      assert.ok(results.length >= 5, `expected the suite's results, got ${results.length}:\n${server.log()}`);
      assert.deepEqual(results.filter((r) => r.state !== 'passed').map((r) => r.title), []);
      assert.equal(code, 0);
    } finally {
      await page.close();
      server.stop();
      removeHome(home);
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
      // Essays are prose: wrap long paragraphs, as their writers do (and keep screenshots small: no minimap).
      mkdirSync(join(dirs.userDataDir, 'User'), { recursive: true });
      writeFileSync(join(dirs.userDataDir, 'User', 'settings.json'), JSON.stringify({ 'editor.wordWrap': 'on', 'editor.minimap.enabled': false }));
      server = await startCodeServer(home, folder, dirs);
      page = await browser.newPage({ viewport: { width: 1120, height: 720 } });
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    });
    after(async () => {
      await page?.close();
      server?.stop();
      removeHome(server?.home);
    });

    it('says how to start in the Policy Review view while no essay is open', async () => {
      await page.locator('.activitybar .action-item [aria-label^="Policy Review"]').first().click();
      const welcome = pane(page, 'Sections').locator('.welcome-view-content');
      await welcome.waitFor({ timeout: 30_000 });
      assert.match(await welcome.innerText(), /Open an essay/);
      await shot(page, 'welcome');
    });

    it('counts the uncited claim in the status bar, which opens it in the Problems view', async () => {
      // Open the essay from the Explorer, as a user would.
      await page.keyboard.press('Control+Shift+E');
      const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sino-russian-relations.txt' });
      await file.first().waitFor({ timeout: 60_000 });
      await file.first().click();
      await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
      await shot(page, 'opened');
      // The language server starts with the essay; its findings arrive within seconds.
      const status = page.locator('.statusbar-item', { hasText: '1 uncited · 20 notes' });
      await status.first().waitFor({ timeout: 60_000 });
      await status.first().click();
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
      await page.mouse.move(5, 400); // away, so the hover closes
    });

    it('shows the Sections and References views with their rows', async () => {
      await page.locator('.activitybar .action-item [aria-label^="Policy Review"]').first().click();
      // Widen the side bar so the rows' counts show, as a user would by dragging its edge.
      const sidebar = await page.locator('.part.sidebar').boundingBox();
      if (sidebar) {
        await page.mouse.move(sidebar.x + sidebar.width - 1, sidebar.y + sidebar.height / 2);
        await page.mouse.down();
        await page.mouse.move(sidebar.x + sidebar.width + 200, sidebar.y + sidebar.height / 2, { steps: 5 });
        await page.mouse.up();
      }
      const sections = pane(page, 'Sections');
      await sections.locator('.monaco-list-row', { hasText: 'Endogenous Power' }).first().waitFor({ timeout: 30_000 });
      const sectionRows = await rowTexts(page, 'Sections');
      assert.equal(sectionRows.length, 11, sectionRows.join('\n'));
      assert.ok(sectionRows.some((row) => /^The Endogenous Power and Independent Value\s*\d+ claims? · 1 uncited$/.test(row)), sectionRows.join('\n'));
      const references = pane(page, 'References');
      await references.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
      const [first] = await rowTexts(page, 'References');
      assert.match(first, /^\[1\] Andrea Shalal and Marek Strzelecki — Russia's G20 Membership.*\s*cited once$/);
      await shot(page, 'views');
    });

    it('moves the cursor to a section when its row is clicked', async () => {
      await pane(page, 'Sections').locator('.monaco-list-row', { hasText: 'A Complex of Opportunities and Risks' }).first().click();
      const cursor = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
      await page.waitForFunction((element) => element?.textContent?.includes('Ln 18, Col 1'), await cursor.elementHandle(), { timeout: 20_000 });
      await page.waitForSelector('.monaco-editor .view-line:has-text("Opportunities")', { timeout: 10_000 });
      await shot(page, 'section-clicked');
    });

    it('colours the marker [9] and previews its source on hover', async () => {
      await page.keyboard.press('Control+J'); // close the Problems panel: more of the essay shows
      await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 });
      // Expand note 9 in References and click its citing sentence: the editor selects the marker.
      const references = pane(page, 'References');
      await references.locator('.monaco-list-row', { hasText: '[9]' }).first().locator('.monaco-tl-twistie').click(); // clicking the label would go to the note
      await references.locator('.monaco-list-row', { hasText: 'In 2021, the ASEAN' }).first().click();
      // The injection grammar makes the label its own token, coloured unlike the text around it.
      const label = page.locator('.monaco-editor .view-line span > span', { hasText: /^9$/ }).filter({ visible: true }).first();
      await label.waitFor({ timeout: 20_000 });
      const [labelClass, textClass] = await label.evaluate((el) => [el.className, el.previousElementSibling?.className ?? '']);
      assert.notEqual(labelClass, textClass, 'the marker is highlighted');
      const box = await label.boundingBox();
      assert.ok(box, 'the marker is on screen');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover').filter({ hasText: 'SCIO Briefing' });
      await hover.first().waitFor({ timeout: 20_000 });
      assert.match(await hover.first().innerText(), /SCIO Briefing on China's Import and Export of 2021/);
      await shot(page, 'hover-marker');
    });
  });
});

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../support/paths';

/** Runs headless Neovim with a Lua script; fails clearly when nvim is not installed. */
function runNeovim(script: string, file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), 'policy-review-nvim-'));
  // Every piece of Neovim state (logs, shada, swap) stays in a throwaway folder.
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_STATE_HOME: join(home, 'state'),
    POLICY_REVIEW_SERVER: repoPath('server', 'out', 'server.js'),
    POLICY_REVIEW_NODE: process.execPath,
  };
  return new Promise((resolve, reject) => {
    const nvim = spawn('nvim', ['--headless', '--clean', '-u', 'NONE', '-n', '-c', `luafile ${script}`, file], { env, cwd: repoPath(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    nvim.stdout.on('data', (chunk) => (stdout += String(chunk)));
    nvim.stderr.on('data', (chunk) => (stderr += String(chunk)));
    nvim.on('error', (error: NodeJS.ErrnoException) => {
      rmSync(home, { recursive: true, force: true });
      reject(error.code === 'ENOENT' ? new Error('Neovim (nvim) is not installed; the second-editor test needs it: apt-get install -y neovim') : error);
    });
    nvim.on('close', (code) => {
      rmSync(home, { recursive: true, force: true });
      resolve({ code, stdout, stderr });
    });
  });
}

describe('a second editor: headless Neovim', () => {
  it('starts the server over stdio, shows the sample’s diagnostics and the hover on [9]', async function () {
    this.timeout(40_000);
    const { code, stdout, stderr } = await runNeovim(repoPath('test', 'protocol', 'neovim', 'hoverAndDiagnostics.lua'), 'examples/sino-russian-relations.txt');
    assert.equal(code, 0, `nvim exited with ${code}\n${stdout}\n${stderr}`);
    const lines = stdout.split('\n');
    assert.ok(lines.includes('DONE'), stdout);
    const uncited = lines.filter((line) => line.startsWith('DIAGNOSTIC') && line.includes(' uncited-claim '));
    // Neovim counts bytes: the ’ in “other’s” earlier on the line takes three, so column 89 in UTF-16 is 91 here.
    assert.deepEqual(uncited, ['DIAGNOSTIC 58:91 uncited-claim |over 4,300 kilometers| Uncited statistic (measure): “over 4,300 kilometers”']);
    const hover = lines.find((line) => line.startsWith('HOVER '));
    assert.match(hover ?? '', /SCIO Briefing on China's Import and Export of 2021/);
  });
});

// `policy-review check` over a folder of essays with one worker thread and
// with two: essays per second, wall clock, the bundled CLI as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoPath } from '../../test/support/paths';

export function essaysPerSecond(essays: string[]): Record<string, number> {
  const folder = mkdtempSync(join(tmpdir(), 'policy-review-bench-'));
  try {
    const paths = essays.map((text, i) => {
      const path = join(folder, `essay-${i}.txt`);
      writeFileSync(path, text);
      return path;
    });
    const figures: Record<string, number> = {};
    for (const jobs of [1, 2]) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [repoPath('server', 'out', 'cli.js'), 'check', '--jobs', String(jobs), ...paths], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (run.status === 2) throw new Error(`policy-review check failed: ${run.stderr}`);
      figures[`jobs${jobs}EssaysPerSecond`] = Math.round((essays.length / ((performance.now() - started) / 1000)) * 10) / 10;
    }
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

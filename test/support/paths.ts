import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: tests run from bundles in out/, so walk up to our package.json. */
function findRepoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'policy-review') return dir;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error('cannot find the policy-review repository root');
}

export const REPO_ROOT = findRepoRoot();
export const repoPath = (...parts: string[]) => join(REPO_ROOT, ...parts);

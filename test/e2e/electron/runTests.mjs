// `npm run test:vscode`: the same extension-host suite as in code-server, in a
// desktop VS Code downloaded by @vscode/test-electron (needs internet; CI here
// runs the suite through code-server instead, see test/e2e/ui/vscode.test.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// The oldest VS Code the manifest accepts, unless asked for another (e.g. VSCODE_VERSION=stable).
const engine = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.vscode.replace(/^\^/, '');
const home = mkdtempSync(join(tmpdir(), 'policy-review-vscode-'));
const workspace = join(home, 'workspace');
mkdirSync(workspace);
cpSync(join(root, 'examples', 'sino-russian-relations.txt'), join(workspace, 'sino-russian-relations.txt'));
const results = join(home, 'results.json');

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? engine,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(home, 'user-data')],
    extensionTestsEnv: { POLICY_REVIEW_E2E_RESULTS: results },
  });
  console.log(readFileSync(results, 'utf8'));
} catch (error) {
  console.error(`policy-review: the extension-host suite failed in VS Code: ${error?.message ?? error}`);
  process.exit(1);
}

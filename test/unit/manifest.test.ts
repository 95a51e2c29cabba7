import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE_MB } from '../../server/src/core/options';
import { repoPath } from '../support/paths';

const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Reading files from disk (not through the editor) would break virtual and untrusted workspaces. */
const FILE_ACCESS = /\b(?:readFileSync|readFile|createReadStream|openSync|readdirSync|readdir|workspace\.fs|findFiles)\b/;

describe('the extension manifest', () => {
  it('declares virtual workspaces supported, and untrusted ones with the size limit kept', () => {
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.match(untrusted.description, /runs no code from the workspace/);
    assert.deepEqual(untrusted.restrictedConfigurations, ['policyReview.maxFileSizeMB']);
    for (const key of untrusted.restrictedConfigurations) assert.ok(manifest.contributes.configuration.properties[key], `${key} is contributed`);
  });

  it('says the truth: the extension and the server read documents only through the editor', () => {
    // The CLI reads files (it is not part of the extension); the server's own worker bundle is checked with existsSync only.
    const extensionSources = [...sourcesUnder(repoPath('server', 'src')), ...sourcesUnder(repoPath('client', 'src'))].filter(
      (file) => !relative(repoPath('server', 'src'), file).startsWith('cli'),
    );
    const reading = extensionSources.filter((file) => FILE_ACCESS.test(readFileSync(file, 'utf8'))).map((file) => relative(repoPath(), file));
    assert.deepEqual(reading, []);
  });

  it('contributes policyReview.maxFileSizeMB with the core default', () => {
    const setting = manifest.contributes.configuration.properties['policyReview.maxFileSizeMB'];
    assert.equal(setting.type, 'number');
    assert.equal(setting.default, DEFAULT_MAX_FILE_SIZE_MB);
  });
});

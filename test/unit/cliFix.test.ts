import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPolicyReview, scratchFolder } from '../support/cliRun';

const run = runPolicyReview;
const { folder: scratch, file } = scratchFolder('policy-review-fix-');

const UNTIDY = 'A Title\n\nIt grew.[3] It fell.[1]\n\n[1] First source.\n\n[2] Nobody cites this.\n\n[3] Third source.\n';
const TIDY = 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] Third source.\n\n[2] First source.\n';

describe('policy-review fix', () => {
  it('removes unused notes and renumbers in place, and a second run changes nothing', async () => {
    const path = file('untidy.txt', UNTIDY);
    const first = await run('fix', path);
    assert.equal(first.code, 0);
    assert.equal(first.stdout, `${path}: removed 1 unused note; renumbered 2 notes in order of first citation`);
    assert.equal(readFileSync(path, 'utf8'), TIDY);
    const second = await run('fix', path);
    assert.deepEqual([second.code, second.stdout], [0, `${path}: nothing to fix`]);
    assert.equal(readFileSync(path, 'utf8'), TIDY);
  });

  it('--dry-run prints a unified diff, exits 1 and changes nothing', async () => {
    const path = file('dry.txt', UNTIDY);
    const { code, stdout } = await run('fix', '--dry-run', path);
    assert.equal(code, 1);
    assert.equal(readFileSync(path, 'utf8'), UNTIDY);
    assert.match(stdout, new RegExp(`^--- ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    assert.match(stdout, /^-It grew\.\[3\] It fell\.\[1\]$/m);
    assert.match(stdout, /^\+It grew\.\[1\] It fell\.\[2\]$/m);
  });

  it('keeps a BOM and CRLF line ends', async () => {
    const path = file('bom-crlf.txt', '\uFEFF' + UNTIDY.replace(/\n/g, '\r\n'));
    assert.equal((await run('fix', path)).code, 0);
    assert.equal(readFileSync(path, 'utf8'), '\uFEFF' + TIDY.replace(/\n/g, '\r\n'));
  });

  it('fixes Markdown footnotes by extension', async () => {
    const path = file('essay.md', 'It grew.[^2] It fell.[^1]\n\n[^1]: One.\n\n[^2]: Two.\n');
    assert.equal((await run('fix', path)).code, 0);
    assert.equal(readFileSync(path, 'utf8'), 'It grew.[^1] It fell.[^2]\n\n[^1]: Two.\n\n[^2]: One.\n');
  });

  it('says why it does not renumber word labels, and still removes unused notes', async () => {
    const path = file('words.md', 'It grew.[^smith]\n\n[^smith]: Smith.\n\n[^old]: Unused.\n');
    const { code, stderr } = await run('fix', path);
    assert.equal(code, 0);
    assert.match(stderr, /not renumbered: Only numbered notes can be renumbered/);
    assert.equal(readFileSync(path, 'utf8'), 'It grew.[^smith]\n\n[^smith]: Smith.\n');
  });

  it('reports a missing file with exit 2 and fixes the others', async () => {
    const path = file('other.txt', UNTIDY);
    const { code, stderr } = await run('fix', join(scratch, 'missing.txt'), path);
    assert.equal(code, 2);
    assert.match(stderr, /missing\.txt: no such file/);
    assert.equal(readFileSync(path, 'utf8'), TIDY);
  });

  it('refuses options that belong to check', async () => {
    const { code, stderr } = await run('fix', '--format', 'json', file('x.txt', UNTIDY));
    assert.equal(code, 2);
    assert.match(stderr, /unknown option --format/);
  });
});

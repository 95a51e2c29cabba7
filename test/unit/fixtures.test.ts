// One runner for every fixture: `name.txt` beside `name.expected.txt`, which
// holds the findings exactly as `policy-review check` prints them (path left out).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../support/paths';
import { analyseEssay } from '../../server/src/core/analyse';
import { formatTextFindings } from '../../server/src/cli/formatText';

const FIXTURES = repoPath('test', 'fixtures', 'plain');

describe('plain-text fixtures', () => {
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))) {
    it(name, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const expected = readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.expected.txt')), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      const { model, findings } = analyseEssay(text);
      const printed = formatTextFindings('', model, findings).map((line) => line.slice(1));
      assert.deepEqual(printed, expected);
    });
  }
});

import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { EssayAnalyser } from '../../server/src/analysis/essayAnalyser';
import { defaultOptions } from '../../server/src/core/options';
import { readOptions } from '../../server/src/core/readOptions';

describe('the size limit: large files pause the checks', () => {
  const analyser = new EssayAnalyser({ workerPath: join(__dirname, 'markdownWorker.js') });
  after(() => analyser.dispose());
  const options = { ...defaultOptions(), maxFileSizeMB: 0.001 }; // 1,049 bytes
  const essay = (sentences: number) => 'Trade grew by 5 percent.[9] '.repeat(sentences);

  it('reads a file up to the limit in full', async () => {
    const { findings } = await analyser.analyse(essay(30), 'plain', options); // 840 bytes
    assert.ok(findings.some((f) => f.rule === 'undefined-footnote'));
  });

  for (const format of ['plain', 'markdown'] as const) {
    it(`pauses above it with one information notice (${format}), measuring UTF-8 bytes`, async () => {
      // Fewer characters than the limit, but Cyrillic takes two bytes each: 720 characters, 1,240 bytes.
      const cyrillic = 'Торговля выросла на 5 процентов.[9] '.repeat(20);
      for (const text of [essay(40), cyrillic]) {
        const { model, findings } = await analyser.analyse(text, format, options);
        assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['large-file', 'information']]);
        assert.match(findings[0].message, /more than the 0\.001 MB set in policyReview\.maxFileSizeMB/);
        assert.equal(model.text, text);
        assert.equal(model.markers.length + model.claims.length + model.notes.length, 0);
      }
    });
  }

  it('takes the limit from settings and config files, and refuses what is not a positive number', () => {
    assert.equal(readOptions({ maxFileSizeMB: 12.5 }).options.maxFileSizeMB, 12.5);
    assert.equal(readOptions({}).options.maxFileSizeMB, 5);
    for (const bad of [0, -1, '10', Number.POSITIVE_INFINITY]) {
      const { options: read, problems } = readOptions({ maxFileSizeMB: bad });
      assert.equal(read.maxFileSizeMB, 5);
      assert.deepEqual(problems, ['maxFileSizeMB must be a positive number of megabytes']);
    }
  });
});

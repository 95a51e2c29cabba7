import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { type Analysis, analyseEssay } from '../../server/src/core/analyse';
import { reanalyse } from '../../server/src/core/incremental';
import { defaultOptions, type ReviewOptions } from '../../server/src/core/options';
import { MarkdownOutliner } from '../../server/src/core/parse/chunkedOutline';
import { generateEssay, type Random, seededRandom } from '../support/essayGenerator';
import { repoPath } from '../support/paths';

const EDITS_PER_RUN = Math.round(Number(process.env.POLICY_REVIEW_PROPERTY_RUNS ?? 2000) / 3);

/** Everything a user can see of an analysis, with positions instead of offsets where it helps reading failures. */
function visible(analysis: Analysis): unknown {
  const { model, findings } = analysis;
  const { lines: _lines, text: _text, ...rest } = model;
  return { rest, findings, lineCount: model.lines.lineCount, lastLine: model.lines.positionAt(model.text.length) };
}

/** A small edit a user might make: type a character, a word, a number or a marker, or delete a few. */
function randomEdit(random: Random, text: string): string {
  const at = Math.floor(random() * text.length);
  const inserts = ['x', ' ', '3', '.', ' 38 percent', '[2]', '[1]', ',', 'US$ 4 billion', '. The', '\n', '\n\n', '[', ']'];
  if (random() < 0.35) {
    const length = 1 + Math.floor(random() * 4);
    return text.slice(0, at) + text.slice(at + length);
  }
  const insert = inserts[Math.floor(random() * inserts.length)];
  return text.slice(0, at) + insert + text.slice(at);
}

describe('incremental re-reading after an edit', function () {
  // Thousands of documents take 10–15 s here; on a machine busy with other work, several times that.
  // The limit is there to catch a hang, not to time anything.
  this.timeout(120_000);
  it('reads one paragraph again and gets what a full reading gets', () => {
    const text = readFileSync(repoPath('examples', 'sino-russian-relations.txt'), 'utf8');
    const previous = analyseEssay(text);
    const edited = text.replace('share a common border', 'share a common land border');
    const result = reanalyse(previous, edited, defaultOptions());
    assert.equal(result.incremental, true);
    assert.deepEqual(visible(result.analysis), visible(analyseEssay(edited)));
  });

  it('reads everything again when a line break changes the blocks', () => {
    const text = 'A Title\n\nFirst paragraph here.\n\nSecond one, with 38 percent.\n';
    const result = reanalyse(analyseEssay(text), text.replace('First paragraph', 'First\n\nparagraph'), defaultOptions());
    assert.equal(result.incremental, false);
  });

  it(`agrees with a full reading after ${EDITS_PER_RUN} random edits on generated and corpus essays`, () => {
    agreesAfterRandomEdits(31337, EDITS_PER_RUN, defaultOptions());
  });

  it(`agrees with a full reading after ${Math.round(EDITS_PER_RUN / 2)} random edits under other settings`, () => {
    const options = defaultOptions();
    options.citationScope = 'paragraph';
    options.claims.kinds = options.claims.kinds.filter((kind) => kind !== 'count');
    options.claims.ignorePhrases = ['percent'];
    options.claims.ignoredClaims = ['9.5 percent'];
    options.rules['footnote-order'] = 'off';
    options.rules['unused-footnote'] = 'error';
    agreesAfterRandomEdits(2718, Math.round(EDITS_PER_RUN / 2), options);
  });

  it('leaves the analysis it builds on as it was', () => {
    const random = seededRandom(99);
    for (let run = 0; run < 100; run++) {
      const essay = generateEssay(random).text;
      const previous = analyseEssay(essay);
      const before = JSON.stringify(visible(previous));
      for (let step = 0; step < 3; step++) reanalyse(previous, randomEdit(random, essay), defaultOptions());
      assert.equal(JSON.stringify(visible(previous)), before, `run ${run} of:\n${essay}`);
    }
  });

  it(`agrees with a full reading after ${EDITS_PER_RUN} random edits on Markdown essays`, () => {
    const random = seededRandom(4242);
    const sample = readFileSync(repoPath('test', 'fixtures', 'markdown', 'sino-russian-relations.md'), 'utf8');
    const options = defaultOptions();
    let incremental = 0;
    for (let run = 0; run < EDITS_PER_RUN; run++) {
      let essay = run % 4 === 0 ? sample : generateEssay(random).text;
      while (run % 4 !== 0 && !essay.startsWith('# ')) essay = generateEssay(random).text;
      const outliner = new MarkdownOutliner();
      let previous = analyseEssay(essay, { format: 'markdown', options, outline: outliner.outline(essay) });
      let text = essay;
      for (let step = 0; step < 3; step++) {
        text = randomEdit(random, text);
        const result = reanalyse(previous, text, options, outliner.outline(text));
        if (result.incremental) incremental++;
        const full = analyseEssay(text, { format: 'markdown', options });
        assert.deepEqual(visible(result.analysis), visible(full), `edit ${run}.${step} (incremental: ${result.incremental}) of:\n${text}`);
        previous = result.analysis;
      }
    }
    assert.ok(incremental > EDITS_PER_RUN, `only ${incremental} edits took the incremental path`);
  });
});

/** Three random edits in a row on each of `runs` essays: each incremental result equals a full reading. */
function agreesAfterRandomEdits(seed: number, runs: number, options: ReviewOptions): void {
  const random = seededRandom(seed);
  const corpus = readdirSync(repoPath('test', 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(repoPath('test', 'corpus', f), 'utf8'));
  let incremental = 0;
  for (let run = 0; run < runs; run++) {
    const essay = run % 4 === 0 ? corpus[run % corpus.length] : generateEssay(random).text;
    let previous = analyseEssay(essay, { options });
    let text = essay;
    for (let step = 0; step < 3; step++) {
      text = randomEdit(random, text);
      const result = reanalyse(previous, text, options);
      if (result.incremental) incremental++;
      const full = analyseEssay(text, { options });
      assert.deepEqual(visible(result.analysis), visible(full), `edit ${run}.${step} (incremental: ${result.incremental}) of:\n${text}`);
      previous = result.analysis;
    }
  }
  assert.ok(incremental > runs, `only ${incremental} edits took the incremental path`);
}

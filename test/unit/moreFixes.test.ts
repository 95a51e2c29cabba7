import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/fixes/applyEdits';
import { markerInsertionOffset, markerStyleOf } from '../../server/src/core/fixes/citationPlace';
import { markCitationNeeded } from '../../server/src/core/fixes/citationNeeded';
import { toMarkdownFootnotes, toPlainNotes } from '../../server/src/core/fixes/convertNoteStyle';
import { mergeDuplicateNote } from '../../server/src/core/fixes/mergeDuplicateNotes';
import { defaultOptions } from '../../server/src/core/options';
import { generateEssay, seededRandom } from '../support/essayGenerator';

const plain = (text: string) => analyseEssay(text).model;
const uncited = (text: string, format: 'plain' | 'markdown' = 'plain', options = defaultOptions()) =>
  analyseEssay(text, { format, options }).findings.filter((f) => f.rule === 'uncited-claim').map((f) => f.message);

describe('fixes: where a new marker goes', () => {
  it('follows the essay: after the full stop in `trade.[9]` essays, before it in `trade[9].` essays', () => {
    const after = plain('A Title\n\nIt grew.[1] Exports rose 38 percent.\n\n[1] A.\n');
    assert.equal(markerStyleOf(after), 'after-punctuation');
    const sentence = after.sentences[1];
    assert.equal(after.text.slice(0, markerInsertionOffset(after, sentence)).slice(-8), 'percent.');

    const before = plain('A Title\n\nIt grew[1]. It fell[2]. Exports rose 38 percent.”\n\n[1] A.\n[2] B.\n');
    assert.equal(markerStyleOf(before), 'before-punctuation');
    const last = before.sentences[2];
    assert.equal(before.text.slice(markerInsertionOffset(before, last), last.span.end), '.”');
  });
});

describe('fixes: [citation needed]', () => {
  it('marks the claim’s sentence and the claim is no longer reported', () => {
    const text = 'A Title\n\nIt grew.[1] Exports rose 38 percent.\n\n[1] A.\n';
    const model = plain(text);
    const fixed = applyEdits(text, markCitationNeeded(model, model.claims[0].span.start));
    assert.equal(fixed, 'A Title\n\nIt grew.[1] Exports rose 38 percent.[citation needed]\n\n[1] A.\n');
    assert.deepEqual(uncited(fixed), []);
    assert.deepEqual(markCitationNeeded(plain(fixed), plain(fixed).claims[0].span.start), []);
  });
});

describe('fixes: ignoring a claim', () => {
  it('honours <!-- policy-review-ignore --> before a sentence in Markdown', () => {
    const text = 'Exports rose 38 percent. <!-- policy-review-ignore --> Imports fell 12 percent.\n\n<!-- policy-review-ignore -->\nTariffs rose 5 percent.\n';
    assert.deepEqual(uncited(text, 'markdown'), ['Uncited statistic (change): “38 percent”']);
  });

  it('honours a per-document ignore list of claim texts', () => {
    const options = defaultOptions();
    options.claims.ignoredClaims = ['over 4,300 kilometers'];
    const text = 'A Title\n\nThe border runs over 4,300 kilometers. Trade rose 38 percent.\n';
    assert.deepEqual(uncited(text, 'plain', options), ['Uncited statistic (change): “38 percent”']);
  });
});

describe('fixes: merging duplicate notes', () => {
  it('points the later note’s markers at the earlier note and removes the later note', () => {
    const text = 'A Title\n\nIt grew.[1] It fell.[2] It rose.[3]\n\n[1] Doe, "Trade Review," 2022.\n[2] Doe, "Trade Review," 2022.\n[3] Other.\n';
    const model = plain(text);
    const fixed = applyEdits(text, mergeDuplicateNote(model, model.notes[0].span.start, model.notes[1].span.start));
    assert.equal(fixed, 'A Title\n\nIt grew.[1] It fell.[1] It rose.[3]\n\n[1] Doe, "Trade Review," 2022.\n[3] Other.\n');
  });
});

describe('fixes: converting note styles', () => {
  it('turns [N] notes into Markdown footnotes and back', () => {
    const text = 'A Title\n\nIt grew.[1] It fell [2, 3].\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n';
    const converted = toMarkdownFootnotes(plain(text));
    assert.ok(converted.ok);
    const markdown = applyEdits(text, converted.edits);
    assert.equal(markdown, 'A Title\n\nIt grew.[^1] It fell [^2][^3].\n\nNotes\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n');
    const back = toPlainNotes(analyseEssay(markdown, { format: 'markdown' }).model);
    assert.ok(back.ok);
    assert.equal(applyEdits(markdown, back.edits), 'A Title\n\nIt grew.[1] It fell [2][3].\n\nNotes\n\n[1] One.\n[2] Two.\n[3] Three.\n');
  });

  it('numbers word labels in order of first citation when going to plain text', () => {
    const markdown = 'It grew.[^smith] It fell.[^1]\n\n[^1]: One.\n\n[^smith]: Smith.\n';
    const back = toPlainNotes(analyseEssay(markdown, { format: 'markdown' }).model);
    assert.ok(back.ok);
    assert.equal(applyEdits(markdown, back.edits), 'It grew.[2] It fell.[1]\n\n[1] One.\n\n[2] Smith.\n');
  });

  it('keeps every note and every citation over generated plain essays', () => {
    const random = seededRandom(99);
    let converted = 0;
    for (let run = 0; run < 1500; run++) {
      const essay = generateEssay(random);
      if (essay.format !== 'plain') continue;
      const before = analyseEssay(essay.text).model;
      const result = toMarkdownFootnotes(before);
      assert.ok(result.ok, essay.text);
      const markdown = applyEdits(essay.text, result.edits);
      const after = analyseEssay(markdown, { format: 'markdown' }).model;
      const cites = (m: typeof before) => m.markers.map((k) => (k.note >= 0 ? m.notes[k.note].text : '?')).sort();
      assert.deepEqual(after.notes.map((n) => n.text).sort(), before.notes.map((n) => n.text).sort(), `${essay.text}\n---\n${markdown}`);
      assert.deepEqual(cites(after), cites(before), `${essay.text}\n---\n${markdown}`);
      converted++;
    }
    assert.ok(converted > 500);
  });
});
